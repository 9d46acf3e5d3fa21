/**
 * The local health record: when each coach last recognised its field (invitation dialog, post
 * composer, comment box), and when a LinkedIn editor was focused that no coach recognised. The
 * options page shows it, so a person can see "coaching has not started on the comment box since
 * …" after LinkedIn changes its markup. It stays in storage.local; nothing leaves the browser.
 */
import { HEALTH_SURFACES, type HealthSurface } from '../shared/messages';

export const HEALTH_KEY = 'habits.health';
/** A surface's time is rewritten at most this often (recognition happens on every dialog). */
export const HEALTH_RESOLUTION_MS = 60_000;

export type HealthRecord = Partial<Record<HealthSurface, string>>;

export function readHealth(raw: unknown): HealthRecord {
  const out: HealthRecord = {};
  if (typeof raw !== 'object' || raw === null) return out;
  for (const s of HEALTH_SURFACES) {
    const v = (raw as Record<string, unknown>)[s];
    if (typeof v === 'string' && v.length <= 40 && Number.isFinite(Date.parse(v))) out[s] = v;
  }
  return out;
}

/** Notes that `surface` was seen now; false when the surface is unknown. */
export async function recordHealth(
  area: { get(k: string): Promise<Record<string, unknown>>; set(i: Record<string, unknown>): Promise<void> },
  surface: unknown,
  now: Date,
): Promise<boolean> {
  if (!(HEALTH_SURFACES as readonly unknown[]).includes(surface)) return false;
  const s = surface as HealthSurface;
  const rec = readHealth((await area.get(HEALTH_KEY))[HEALTH_KEY]);
  const prev = rec[s] ? Date.parse(rec[s]!) : -Infinity;
  if (now.getTime() - prev < HEALTH_RESOLUTION_MS && now.getTime() >= prev) return true;
  await area.set({ [HEALTH_KEY]: { ...rec, [s]: now.toISOString() } });
  return true;
}
