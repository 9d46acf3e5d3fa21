// npm run bench: Rapport's cost, measured side by side in headless Chromium, printed as ONE JSON
// object on stdout (progress goes to stderr). Budgets (issue 7) are checked here and reported in
// `budgets`; timed assertions stay out of the test suite.
//   feed:   main-thread task time on a heavy LinkedIn-like feed, with vs without Rapport (alternating, median)
//   typing: added main-thread time per keystroke typing 250 characters into the composer and the invitation note
//   size:   the content script (bytes, gzip)
//   engine: scripts/bench-engine.ts ; popup: scripts/bench-popup.mjs
//   record: what recording one interaction costs, and the bytes storage.onChanged broadcasts for it,
//           with 100 and 100,000 events stored: in the worker's code (scripts/bench-record.ts) and,
//           end to end, in Chromium (a message to the real worker, real storage.local)
// Options: BENCH_RUNS (default 5), BENCH_SKIP=engine,popup,feed,typing,record
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { findChromium, chromiumArgs, HOW_TO_GET_CHROMIUM } from './browsers.mjs';
import { servePractice, ORIGIN } from './practice-server.mjs';

// BENCH_QUICK=1: one short run of everything, for the CI test that the bench works (not for figures).
const QUICK = process.env.BENCH_QUICK === '1';
const RUNS = QUICK ? 1 : Number(process.env.BENCH_RUNS ?? 5);
const SKIP = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const log = (...a) => console.error('[bench]', ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const round = (x, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

const executablePath = findChromium();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}

log('building');
const env = { ...process.env };
delete env.VITEST;
const b = spawnSync(process.execPath, ['scripts/build.mjs', 'chrome'], { stdio: ['ignore', 'ignore', 'inherit'], env });
if (b.status !== 0) process.exit(1);

const result = { quick: QUICK, machine: { cpus: (await import('node:os')).cpus().length, node: process.version, chromium: '' }, runs: RUNS };

// ---------- content script size
{
  const m = JSON.parse(readFileSync('dist/chrome/manifest.json', 'utf8'));
  const code = readFileSync(resolve('dist/chrome', m.content_scripts[0].js[0]));
  const engine = readFileSync(resolve('dist/chrome', 'src/content/engine.js'));
  const gz = (b) => gzipSync(b, { level: 9 }).length;
  result.contentScript = {
    // what every LinkedIn page and frame loads
    bytes: code.length,
    gzipBytes: gz(code),
    // the text engine, injected only into frames that show something to coach
    engineOnDemandBytes: engine.length,
    engineOnDemandGzipBytes: gz(engine),
    whileCoachingGzipBytes: gz(code) + gz(engine),
  };
}

// ---------- helpers' benches (engine, popup): each prints one JSON object
function sub(name, cmd, args) {
  if (SKIP.has(name)) return undefined;
  log(name);
  const r = spawnSync(cmd, args, { encoding: 'utf8', env, maxBuffer: 64 << 20 });
  if (r.status !== 0) return { error: (r.stderr || '').trim().split('\n').slice(-3).join(' ') };
  try {
    return JSON.parse(r.stdout.trim().split('\n').filter(Boolean).pop() ?? '');
  } catch {
    try {
      return JSON.parse(r.stdout);
    } catch {
      return { error: 'no JSON output' };
    }
  }
}
if (existsSync('scripts/bench-engine.ts')) result.engine = sub('engine', 'npx', ['tsx', 'scripts/bench-engine.ts']);
if (existsSync('scripts/bench-popup.mjs')) result.popup = sub('popup', process.execPath, ['scripts/bench-popup.mjs']);
if (existsSync('scripts/bench-record.ts')) result.record = sub('record', 'npx', ['tsx', 'scripts/bench-record.ts']);

// ---------- page costs, with vs without the extension
const launchOpts = (withExt) => ({
  executablePath,
  headless: true,
  pipe: true,
  ...(withExt ? { enableExtensions: [resolve('dist/chrome')] } : {}),
  args: chromiumArgs(['--disable-gpu', '--window-size=1280,900']),
  defaultViewport: { width: 1280, height: 900 },
});

const HEAVY = readFileSync('tests/fixtures/bench/heavy-feed.html', 'utf8');

async function openPage(browser, path, extra = {}) {
  const page = await browser.newPage();
  await servePractice(page, { offline: true, extra });
  await page.goto(ORIGIN + path, { waitUntil: 'load' });
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  const taskTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;
  return { page, cdp, taskTime };
}

/**
 * What the content script itself ran, from a Chromium trace: its FunctionCall time (callbacks,
 * listeners, timers whose script is our content script) and the main-thread tasks that contained
 * such calls. This attributes cost to Rapport directly, so it does not drown in the noise of a
 * busy 2-core machine the way a with/without difference does (both are reported).
 */
function attribute(traceBuf) {
  const { traceEvents } = JSON.parse(Buffer.from(traceBuf).toString('utf8'));
  const ours = traceEvents.filter((e) => e.name === 'FunctionCall' && e.ph === 'X' && /^chrome-extension:\/\/[^/]+\/src\/content\//.test(e.args?.data?.url ?? ''));
  const extMs = ours.reduce((a, e) => a + (e.dur ?? 0) / 1000, 0);
  const threads = new Set(ours.map((e) => `${e.pid}:${e.tid}`));
  const tasks = traceEvents.filter((e) => e.name === 'RunTask' && e.ph === 'X' && threads.has(`${e.pid}:${e.tid}`));
  // A long task is Rapport's when it would not have been long without our calls in it.
  let maxOursInTask = 0;
  let tasksOver16ms = 0;
  for (const t of tasks) {
    const inside = ours.filter((c) => c.pid === t.pid && c.tid === t.tid && c.ts >= t.ts && c.ts <= t.ts + t.dur);
    if (!inside.length) continue;
    const oursMs = inside.reduce((a, c) => a + c.dur / 1000, 0);
    maxOursInTask = Math.max(maxOursInTask, oursMs);
    if (t.dur / 1000 > 16 && t.dur / 1000 - oursMs <= 16) tasksOver16ms++;
  }
  return { extMs, maxTaskMs: maxOursInTask, tasksOver16ms };
}

/**
 * Rapport's main-thread time from V8's sampling profiler (50 µs): every sample whose stack holds a
 * frame of our content scripts counts for us, callees included (DOM calls made by our code). Unlike
 * trace events, sampling adds no per-call overhead, so small listeners are not overstated.
 */
async function profileStart(page) {
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const memo = new Map();
    const ours = (id) => {
      if (memo.has(id)) return memo.get(id);
      const n = byId.get(id);
      const hit = /^chrome-extension:\/\/[^/]+\/src\/content\//.test(n.callFrame.url) || (parent.has(id) && ours(parent.get(id)));
      memo.set(id, hit);
      return hit;
    };
    let ms = 0;
    profile.samples.forEach((id, i) => {
      if (ours(id)) ms += (profile.timeDeltas[i] ?? 0) / 1000;
    });
    return ms;
  };
}

/** Main-thread task ms per second of a churning 1,500-post feed, and what Rapport ran in it. */
async function feedRun(browser, traced) {
  const { page, taskTime } = await openPage(browser, '/feed/', { '/feed/': HEAVY });
  await sleep(QUICK ? 800 : 1500); // warm-up: initial layout, content-script start
  const stopProfile = traced ? await profileStart(page) : null;
  const t0 = await taskTime();
  const w0 = performance.now();
  await sleep(QUICK ? 1500 : 4000);
  const t1 = await taskTime();
  const secs = (performance.now() - w0) / 1000;
  const ours = stopProfile ? await stopProfile() : 0;
  await page.close();
  return { msPerSec: (t1 - t0) / secs, extMsPerSec: ours / secs };
}

const TEXT_EN =
  'Last week our team moved the nightly data export to an event stream. The lesson: measure before you optimise, ' +
  'and write down what you expect to see. Two things surprised us, and one thing went wrong. What would you have checked first?';
const TEXT250 = QUICK ? TEXT_EN.slice(0, 40) : TEXT_EN.slice(0, 250).padEnd(250, '.');

/** In-page: the deepest match of a selector in the document or the interop shadow root. */
const deep = (sel) => `(() => { const sr = document.getElementById('interop-outlet')?.shadowRoot;
  return (sr && sr.querySelector(${JSON.stringify(sel)})) || document.querySelector(${JSON.stringify(sel)}); })()`;

async function typingRun(browser, surface, mode = 'profile') {
  const path = surface === 'post' ? '/rapport-practice/?lang=en&stack=sdui&account=premium' : '/rapport-practice/?lang=en&stack=sdui&account=premium';
  const { page, taskTime } = await openPage(browser, path);
  if (surface === 'post') {
    await page.evaluate(`document.querySelector('a[href$="/preload/sharebox/"]').click()`);
    await page.waitForFunction(`!!${deep('.ql-editor')}`);
    await page.evaluate(`${deep('.ql-editor')}.focus()`);
  } else {
    await page.evaluate(`history.pushState({}, '', '/in/anna-mueller/'); dispatchEvent(new PopStateEvent('popstate'))`);
    await page.waitForFunction(`!!document.querySelector('a[href*="/preload/custom-invite/"]')`);
    await page.evaluate(`document.querySelector('a[href*="/preload/custom-invite/"]').click()`);
    await page.waitForFunction(`!!${deep('button[aria-label="Add a note"]')}`);
    await page.evaluate(`${deep('button[aria-label="Add a note"]')}.click()`);
    await page.waitForFunction(`!!${deep('textarea#custom-message')}`);
    await page.evaluate(`${deep('textarea#custom-message')}.focus()`);
  }
  await sleep(500);
  const stopProfile = mode === 'profile' ? await profileStart(page) : null;
  if (mode === 'trace') await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  const t0 = await taskTime();
  for (const ch of TEXT250) {
    await page.keyboard.type(ch);
    await sleep(100); // about 10 characters a second: a fast typist
  }
  await sleep(400); // let debounced work finish
  const t1 = await taskTime();
  const extMs = stopProfile ? await stopProfile() : 0;
  const attr = mode === 'trace' ? attribute(await page.tracing.stop()) : null;
  await page.close();
  return { taskMs: t1 - t0, extMs, maxTaskMs: attr?.maxTaskMs ?? 0, tasksOver16ms: attr?.tasksOver16ms ?? 0 };
}

if (!SKIP.has('feed') || !SKIP.has('typing')) {
  const withExt = await puppeteer.launch(launchOpts(true));
  const without = await puppeteer.launch(launchOpts(false));
  result.machine.chromium = await withExt.version();
  await withExt.waitForTarget((t) => t.type() === 'service_worker', { timeout: 15000 });

  if (!SKIP.has('feed')) {
    const a = [];
    const b = [];
    for (let i = 0; i < RUNS; i++) {
      // alternate, so drift in the machine's load hits both sides alike
      const runWith = () => feedRun(withExt, true).then((r) => a.push(r));
      const runWithout = () => feedRun(without, false).then((r) => b.push(r));
      if (i % 2 === 0) await runWith().then(runWithout);
      else await runWithout().then(runWith);
      log(`feed run ${i + 1}/${RUNS}: with ${a.at(-1).msPerSec.toFixed(1)} ms/s (Rapport ${a.at(-1).extMsPerSec.toFixed(2)}), without ${b.at(-1).msPerSec.toFixed(1)} ms/s`);
    }
    const mw = median(a.map((r) => r.msPerSec));
    const mo = median(b.map((r) => r.msPerSec));
    const ext = median(a.map((r) => r.extMsPerSec));
    result.feed = {
      posts: 1500,
      pageMsPerSecWithout: round(mo, 2),
      rapportMsPerSec: round(ext, 3),
      overheadPct: round((ext / mo) * 100, 3),
      abWithMsPerSec: round(mw, 2),
      abDifferencePct: round(((mw - mo) / mo) * 100, 2),
    };
  }

  if (!SKIP.has('typing')) {
    result.typing = {};
    const typingRuns = Math.max(1, Math.min(RUNS, 3));
    for (const surface of ['post', 'invite']) {
      const a = [];
      const b = [];
      for (let i = 0; i < typingRuns; i++) {
        a.push(await typingRun(withExt, surface));
        b.push(await typingRun(without, surface, 'none'));
        log(`typing ${surface} run ${i + 1}/${typingRuns}: Rapport ${a.at(-1).extMs.toFixed(1)} ms; page with ${a.at(-1).taskMs.toFixed(0)} ms, without ${b.at(-1).taskMs.toFixed(0)} ms`);
      }
      // one traced run for long tasks (tracing inflates small calls, so its times are not used above)
      const traced = await typingRun(withExt, surface, 'trace');
      result.typing[surface] = {
        keystrokes: TEXT250.length,
        rapportMsPerKeystroke: round(median(a.map((x) => x.extMs)) / TEXT250.length, 4),
        abDifferenceMsPerKeystroke: round((median(a.map((x) => x.taskMs)) - median(b.map((x) => x.taskMs))) / TEXT250.length, 4),
        maxRapportMsInOneTask: round(traced.maxTaskMs, 2),
        rapportTasksOver16ms: traced.tasksOver16ms,
      };
    }
  }
  await withExt.close();
  await without.close();
}

// ---------- recording in Chromium: the real worker and storage.local, at 100 and 100,000 events
/**
 * From the options page (an extension page: its records are not rate-limited like a content
 * script's), imports a history, then sends records one after another and times each answer;
 * storage.onChanged in the same page counts the bytes every listener receives per record. The
 * worker's own time per record comes from V8's sampling profiler in the worker (busy samples).
 */
async function recordRun(page, worker, events, records) {
  const imported = await page.evaluate(async (events) => {
    const span = 730 * 86_400_000;
    const start = Date.now() - 3_600_000;
    const types = ['post', 'comment', 'reaction', 'invite', 'message'];
    const file = { format: 'rapport-export', version: 1, exportedAt: new Date().toISOString(), settings: {}, events: [] };
    for (let i = 0; i < events; i++) {
      const type = types[i % 5];
      const at = new Date(start - span + Math.floor((i * span) / events)).toISOString();
      file.events.push(type === 'invite' ? { id: `b${events}-${i}`, type, at, note: i % 2 === 0 } : { id: `b${events}-${i}`, type, at });
    }
    const r = await chrome.runtime.sendMessage({ kind: 'import', file: JSON.stringify(file) });
    const types2 = types;
    globalThis.benchSend = (i) =>
      chrome.runtime.sendMessage({ kind: 'record', type: types2[i % 5], key: `bench-${events}-${i}`, ...(i % 5 === 3 ? { note: true, fingerprint: [i, i + 7, i + 11, i + 19] } : {}) });
    for (let i = 0; i < 10; i++) await globalThis.benchSend(-1 - i); // warm-up
    return r?.added;
  }, events);
  await sleep(300);
  const cdp = await worker.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const r = await page.evaluate(async (records) => {
    let bytes = 0;
    const onChanged = (changes, area) => {
      if (area === 'local') bytes += JSON.stringify(changes).length;
    };
    chrome.storage.onChanged.addListener(onChanged);
    const ms = [];
    for (let i = 0; i < records; i++) {
      const t0 = performance.now();
      const r = await globalThis.benchSend(i);
      ms.push(performance.now() - t0);
      if (!r?.ok) return { error: JSON.stringify(r) };
    }
    await new Promise((r) => setTimeout(r, 300)); // the last changes' events
    chrome.storage.onChanged.removeListener(onChanged);
    ms.sort((a, b) => a - b);
    const q = (p) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))];
    return { roundTripMs: { p50: q(0.5), p95: q(0.95), max: ms.at(-1) }, bytesBroadcastPerRecord: Math.round(bytes / records) };
  }, records);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach().catch(() => {});
  if (r.error) return r;
  const idle = new Set(profile.nodes.filter((n) => ['(idle)', '(program)'].includes(n.callFrame.functionName)).map((n) => n.id));
  let busy = 0;
  profile.samples.forEach((id, i) => {
    if (!idle.has(id)) busy += (profile.timeDeltas[i] ?? 0) / 1000;
  });
  return {
    imported,
    records,
    workerMsPerRecord: round(busy / records),
    roundTripMs: Object.fromEntries(Object.entries(r.roundTripMs).map(([k, v]) => [k, round(v)])),
    bytesBroadcastPerRecord: r.bytesBroadcastPerRecord,
  };
}

if (!SKIP.has('record')) {
  const b = await puppeteer.launch(launchOpts(true));
  try {
    const sw = await b.waitForTarget((t) => t.type() === 'service_worker', { timeout: 15000 });
    const id = new URL(sw.url()).host;
    const inBrowser = {};
    // One profile: 100 events first, then 100,000 more (extensions do not run in extra browser contexts).
    const page = await b.newPage();
    await page.goto(`chrome-extension://${id}/src/options/index.html`, { waitUntil: 'load' });
    for (const n of [100, 100_000]) {
      log(`record in Chromium at ${n} events`);
      inBrowser[n === 100 ? 'at100' : 'at100k'] = await recordRun(page, sw, n, QUICK ? 30 : 200);
    }
    await page.close();
    result.record = { ...(result.record ?? {}), chromium: inBrowser };
  } finally {
    await b.close();
  }
}

// ---------- budgets
const budgets = {};
const check = (name, value, limit) => {
  if (value === undefined || Number.isNaN(value)) return;
  budgets[name] = { value, limit, ok: value <= limit };
};
check('contentScriptGzipKB', round(result.contentScript.gzipBytes / 1024, 2), 30);
if (result.feed) check('feedOverheadPct', result.feed.overheadPct, 2);
for (const s of ['post', 'invite']) {
  const t = result.typing?.[s];
  if (!t) continue;
  check(`typing.${s}.rapportMsPerKeystroke`, t.rapportMsPerKeystroke, 0.1);
  check(`typing.${s}.rapportTasksOver16ms`, t.rapportTasksOver16ms, 0);
}
const e = result.engine;
if (e && !e.error) {
  const pick = (...keys) => keys.reduce((o, k) => (o == null ? o : o[k]), e);
  check('engine.noteP95Ms', pick('note', 'p95') ?? pick('note300', 'p95'), 0.3);
  check('engine.postP95Ms', pick('post', 'p95') ?? pick('post3000', 'p95'), 1.5);
  check('engine.hundredKMs', pick('huge', 'ms') ?? pick('chars100k', 'ms') ?? pick('hundredK', 'ms'), 30);
  const gz = pick('size', 'gzipBytes') ?? pick('bundle', 'gzipBytes');
  if (gz !== undefined) check('engine.gzipKB', round(gz / 1024, 2), 40); // issue #12: the 20 KB target withdrawn, 40 KB
}
const rec = result.record;
if (rec && !rec.error) {
  // Recording costs the same at 100 and at 100,000 events (issue 13): the worker's own time per record, and what it broadcasts.
  check('record.workerP95MsAt100k', rec.at100k?.msPerRecord?.p95, 5);
  check('record.broadcastKBAt100k', rec.at100k && round(rec.at100k.bytesBroadcastPerRecord / 1024, 2), 10);
  if (rec.chromium?.at100k && !rec.chromium.at100k.error) {
    check('record.chromiumWorkerMsAt100k', rec.chromium.at100k.workerMsPerRecord, 5);
    check('record.chromiumBroadcastKBAt100k', round(rec.chromium.at100k.bytesBroadcastPerRecord / 1024, 2), 10);
  }
}
const p = result.popup?.popupFirstFiguresMs;
if (p) check('popup.firstFiguresMedianMs', p.median, 100);
result.budgets = budgets;
result.allBudgetsMet = Object.values(budgets).every((x) => x.ok);
console.log(JSON.stringify(result, null, 2));
