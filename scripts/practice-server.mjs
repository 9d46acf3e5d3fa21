// Serves the practice page at https://www.linkedin.com/... through request interception, so the
// content script matches exactly as on the real site. Used by `npm start`, the end-to-end tests
// and the bench. Only the practice URLs are answered here; everything else goes on as usual
// (or, with `offline: true` as in tests, is refused so that nothing reaches the network).
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, extname, normalize } from 'node:path';

export const PRACTICE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'practice');
export const ORIGIN = 'https://www.linkedin.com';
export const PRACTICE_URL = `${ORIGIN}/rapport-practice/`;
/** The SPA's own in-page routes, answered with the practice shell when loaded directly. */
const SPA_ROUTES = [/^\/feed\/?$/, /^\/in\/anna-mueller\/?$/, /^\/search\/results\/people\/?$/, /^\/mynetwork\/grow\/?$/, /^\/messaging\/thread\/2-practice\/?$/];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json' };

/** Returns {status, contentType, body} for a practice URL, or null when the URL is not ours. */
export function practiceResponse(rawUrl, extra = {}) {
  let url;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.origin !== ORIGIN) return null;
  const p = url.pathname;
  if (extra[p]) return { status: 200, contentType: TYPES['.html'], body: extra[p] };
  let file = null;
  if (p === '/rapport-practice' || p === '/rapport-practice/' || SPA_ROUTES.some((r) => r.test(p))) file = 'index.html';
  else if (p.startsWith('/rapport-practice/assets/')) file = p.slice('/rapport-practice/assets/'.length);
  else if (p === '/rapport-practice/frame.html') file = 'frame.html';
  if (!file) return null;
  const full = normalize(join(PRACTICE_DIR, file));
  if (!full.startsWith(PRACTICE_DIR) || !existsSync(full)) return { status: 404, contentType: 'text/plain', body: 'not found' };
  return { status: 200, contentType: TYPES[extname(full)] ?? 'application/octet-stream', body: readFileSync(full) };
}

/**
 * Turns on interception for a puppeteer page: practice URLs are served from disk; with
 * `offline`, any other request is aborted (tests must never reach the network), else it continues.
 * `extra` maps more paths to HTML bodies (test fixtures).
 */
export async function servePractice(page, { offline = false, extra = {}, onRequest } = {}) {
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    if (req.isInterceptResolutionHandled?.()) return;
    onRequest?.(req);
    const res = practiceResponse(req.url(), extra);
    if (res) return void req.respond({ status: res.status, contentType: res.contentType, body: res.body, headers: { 'cache-control': 'no-store' } }).catch(() => {});
    if (offline) return void req.abort('blockedbyclient').catch(() => {});
    return void req.continue().catch(() => {});
  });
}
