/**
 * The built packages (dist/chrome, dist/firefox): manifest rules, no network APIs, no eval, no
 * remote code, a self-contained content script within its size budget. Fails if any of that changes.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, resolve, extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureBuilt, ROOT } from './harness';

type Manifest = Record<string, any>;
const dist = (t: string) => resolve(ROOT, 'dist', t);
const manifest = (t: string): Manifest => JSON.parse(readFileSync(join(dist(t), 'manifest.json'), 'utf8'));
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** Permissions the extension may hold, each used by code. */
// storage: events and settings; scripting: put the updated content script into open LinkedIn tabs.
const ALLOWED_PERMISSIONS = new Set(['storage', 'scripting']);
const NETWORK_OR_EVAL = /\bfetch\s*\(|XMLHttpRequest|\bWebSocket\b|\bEventSource\b|sendBeacon|\beval\s*\(|new\s+Function\s*\(|importScripts\s*\(/;
/** The only absolute URLs allowed in built code: XML namespaces (preact's SVG/MathML) and the match pattern. */
const URL_OK = /^(http:\/\/www\.w3\.org\/|https:\/\/www\.linkedin\.com(\/[\w/*-]*)?$)/; // our own links to LinkedIn (Open LinkedIn) open a tab: no request of ours

beforeAll(() => ensureBuilt());

describe.each(['chrome', 'firefox'])('dist/%s', (target) => {
  it('is MV3 with the minimum of permissions and no surfaces LinkedIn probes for', () => {
    const m = manifest(target);
    expect(m.manifest_version).toBe(3);
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
    for (const p of m.permissions ?? []) expect(ALLOWED_PERMISSIONS.has(p), `permission ${p}`).toBe(true);
    expect(m.host_permissions ?? []).toEqual(['https://www.linkedin.com/*']);
    expect(m.optional_permissions ?? []).toEqual([]);
    // The default MV3 CSP is strict; we never loosen it.
    expect(m.content_security_policy).toBeUndefined();
  });

  it('runs one self-contained content script on www.linkedin.com only, in all frames', () => {
    const m = manifest(target);
    expect(m.content_scripts).toHaveLength(1);
    const cs = m.content_scripts[0];
    expect(cs.matches).toEqual(['https://www.linkedin.com/*']);
    expect(cs.all_frames).toBe(true);
    expect(cs.js).toHaveLength(1);
    const code = readFileSync(join(dist(target), cs.js[0]), 'utf8');
    expect(code).not.toMatch(/\bimport\s*\(|^\s*import\s|getURL\(/m); // IIFE: no loader, no chunks
  });

  it('takes name, description and UI strings from _locales (en and de, same keys)', () => {
    const m = manifest(target);
    expect(m.default_locale).toBe('en');
    expect(m.name).toMatch(/^__MSG_\w+__$/);
    expect(m.description).toMatch(/^__MSG_\w+__$/);
    const en = JSON.parse(readFileSync(join(dist(target), '_locales/en/messages.json'), 'utf8'));
    const de = JSON.parse(readFileSync(join(dist(target), '_locales/de/messages.json'), 'utf8'));
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  it('ships no network API, no eval and no remote code', () => {
    const offenders: string[] = [];
    for (const f of files(dist(target))) {
      const ext = extname(f);
      if (!['.js', '.html', '.json', '.css'].includes(ext)) continue;
      const text = readFileSync(f, 'utf8');
      const hit = NETWORK_OR_EVAL.exec(text);
      if (hit) offenders.push(`${f}: ${hit[0]}`);
      for (const u of text.match(/https?:\/\/[^\s"'`)<>]+/g) ?? []) if (!URL_OK.test(u)) offenders.push(`${f}: ${u}`);
      if (ext === '.html' && /<script[^>]+src=["']?(https?:)?\/\//i.test(text)) offenders.push(`${f}: remote script`);
    }
    expect(offenders).toEqual([]);
  });

  it('ships the text engine as a separate file the background injects on demand, not web-accessible', () => {
    const m = manifest(target);
    const engine = join(dist(target), 'src/content/engine.js');
    expect(existsSync(engine)).toBe(true);
    const lexiconProbe = 'beruflichen |professionellen'; // a German phrase pattern of invite.generic
    expect(readFileSync(engine, 'utf8')).toContain(lexiconProbe);
    expect(readFileSync(join(dist(target), m.content_scripts[0].js[0]), 'utf8')).not.toContain(lexiconProbe);
    expect(JSON.stringify(m)).not.toContain('engine.js'); // injected by scripting, never declared or exposed
  });

  it('is a production build: no development JSX, no paths of the machine that built it', () => {
    for (const f of files(dist(target)).filter((f) => /\.(js|html)$/.test(f))) {
      const text = readFileSync(f, 'utf8');
      // development JSX would embed source file names, absolute ones
      expect(text.includes(ROOT), f).toBe(false);
    }
  });

  it('keeps the content script under a hard ceiling of 60 KB gzip (the 30 KB budget is measured by npm run bench)', () => {
    const m = manifest(target);
    const code = readFileSync(join(dist(target), m.content_scripts[0].js[0]));
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(60 * 1024);
  });
});

describe('per-browser manifest keys', () => {
  it('Chrome: a module service worker', () => {
    const m = manifest('chrome');
    expect(m.background.service_worker).toBeTruthy();
    expect(m.background.scripts).toBeUndefined();
  });
  it('Firefox: background scripts, a gecko id, no data collection, a min version that silences the linter', () => {
    const m = manifest('firefox');
    expect(m.background.scripts).toHaveLength(1);
    expect(m.background.service_worker).toBeUndefined();
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(Number.parseFloat(m.browser_specific_settings.gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(existsSync(join(dist('firefox'), m.background.scripts[0]))).toBe(true);
  });
});
