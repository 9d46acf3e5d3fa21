// Record cost at scale (issue 13, row 8), run by `npm run bench` (scripts/bench.mjs): the background
// service (src/background/service.ts) records interactions into a history of 100 and of 100,000
// events over two years. Storage is an in-memory area that does what storage.local does to every
// value (a JSON round trip per write and read) and counts what storage.onChanged would ship to each
// listener (the JSON of every changed key's old and new value). Prints one JSON object:
//   { at100: {...}, at100k: {...} } with ms per record (mean, p50, p95, max) and bytes broadcast per record.
// Options: BENCH_QUICK=1 (fewer records).
import { createHabitsService } from '../src/background/service';
import { isoLocal } from '../src/habits/days';
import type { EventType } from '../src/shared/events';

const QUICK = process.env.BENCH_QUICK === '1';
const RECORDS = QUICK ? 60 : 400;
const TYPES: EventType[] = ['post', 'comment', 'reaction', 'invite', 'message'];

function area() {
  const data = new Map<string, string>();
  const stats = { broadcastBytes: 0, writes: 0 };
  return {
    data,
    stats,
    async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
      const list = keys == null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
      const out: Record<string, unknown> = {};
      for (const k of list) if (data.has(k)) out[k] = JSON.parse(data.get(k)!);
      return out;
    },
    async set(items: Record<string, unknown>): Promise<void> {
      const changes: Record<string, { oldValue?: unknown; newValue: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        const s = JSON.stringify(v);
        const old = data.get(k);
        data.set(k, s);
        changes[k] = { oldValue: old === undefined ? undefined : JSON.parse(old), newValue: JSON.parse(s) };
      }
      stats.writes++;
      stats.broadcastBytes += JSON.stringify(changes).length;
    },
    async remove(keys: string | string[]): Promise<void> {
      const changes: Record<string, { oldValue: unknown }> = {};
      for (const k of typeof keys === 'string' ? [keys] : keys) {
        const old = data.get(k);
        if (old === undefined) continue;
        data.delete(k);
        changes[k] = { oldValue: JSON.parse(old) };
      }
      if (Object.keys(changes).length) stats.broadcastBytes += JSON.stringify(changes).length;
    },
  };
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

async function measure(n: number) {
  const start = Date.UTC(2026, 10, 26, 9);
  let now = start;
  let tick = 0;
  const local = area();
  const sync = area();
  const service = createHabitsService({ local, sync, now: () => new Date(now), clock: () => (tick += 5000) });
  const span = 730 * 86_400_000;
  const events = Array.from({ length: n }, (_, i) => {
    const type = TYPES[i % TYPES.length]!;
    const at = isoLocal(start - span + Math.floor((i * span) / n));
    return type === 'invite' ? { id: `h${i}`, type, at, note: i % 2 === 0 } : { id: `h${i}`, type, at };
  });
  const imported = (await service.handle({ kind: 'import', file: { format: 'rapport-export', version: 1, exportedAt: new Date(start).toISOString(), events, settings: {} } })) as { added?: number };
  if (imported.added !== n) throw new Error(`import: ${JSON.stringify(imported)}`);
  const record = (i: number) => {
    now += 61_000;
    return service.handle(
      { kind: 'record', type: TYPES[i % TYPES.length]!, key: `bench-${n}-${i}`, ...(i % 5 === 3 ? { note: true, fingerprint: [i, i + 7, i + 11, i + 19, i + 23] } : {}) },
      'content',
    ) as Promise<{ ok: boolean }>;
  };
  for (let i = 0; i < 20; i++) await record(-1 - i); // warm-up: caches, JIT
  const ms: number[] = [];
  const b0 = local.stats.broadcastBytes;
  for (let i = 0; i < RECORDS; i++) {
    const t0 = performance.now();
    const r = await record(i);
    ms.push(performance.now() - t0);
    if (!r.ok) throw new Error(`record ${i} refused: ${JSON.stringify(r)}`);
  }
  const bytes = (local.stats.broadcastBytes - b0) / RECORDS;
  const stored = [...local.data].reduce((a, [k, v]) => a + k.length + v.length, 0);
  return {
    events: n,
    records: RECORDS,
    msPerRecord: { mean: round(ms.reduce((a, b) => a + b, 0) / ms.length), p50: round(percentile(ms, 0.5)), p95: round(percentile(ms, 0.95)), max: round(Math.max(...ms)) },
    bytesBroadcastPerRecord: Math.round(bytes),
    storedBytes: stored,
  };
}

const at100 = await measure(100);
const at100k = await measure(100_000);
console.log(JSON.stringify({ at100, at100k }));
