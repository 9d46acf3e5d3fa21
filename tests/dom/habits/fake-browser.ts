/**
 * A small in-memory fake of the WebExtension storage/runtime API, injected through the seams of
 * the habits service, the popup and the options page (no global monkeypatching). Values are
 * JSON round-tripped like real storage, and every call yields to the event loop, so races show.
 * With a `quota`, a write that would take the area past it is refused whole, like Chrome's
 * QUOTA_BYTES (key + JSON length per item); the hub counts the bytes storage.onChanged ships.
 */
import type { RuntimeMessage } from '../../../src/shared/messages';
export type ChangeListener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

export class FakeArea {
  data = new Map<string, string>();
  writes = 0;
  constructor(
    readonly name: 'local' | 'sync',
    private readonly hub: FakeHub,
    /** Max random delay (ms) per call, to shuffle concurrent operations. */
    private readonly jitter = 0,
    /** Bytes the area may hold (Infinity: no limit). */
    public quota = Infinity,
  ) {}

  private async tick(): Promise<void> {
    const ms = this.jitter ? Math.random() * this.jitter : 0;
    await new Promise((r) => setTimeout(r, ms));
  }

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    await this.tick();
    const out: Record<string, unknown> = {};
    const list = keys == null ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
    for (const k of list) if (this.data.has(k)) out[k] = JSON.parse(this.data.get(k)!);
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    await this.tick();
    if (this.quota !== Infinity) {
      let after = this.bytes();
      for (const [k, v] of Object.entries(items)) {
        if (v === undefined) continue;
        const old = this.data.get(k);
        after += JSON.stringify(v).length - (old === undefined ? -k.length : old.length);
      }
      if (after > this.quota) throw new Error('Resource::kQuotaBytes quota exceeded');
    }
    const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
    for (const [k, v] of Object.entries(items)) {
      const old = this.data.get(k);
      if (v === undefined) continue;
      this.data.set(k, JSON.stringify(v));
      changes[k] = { oldValue: old === undefined ? undefined : JSON.parse(old), newValue: JSON.parse(JSON.stringify(v)) };
    }
    this.writes++;
    this.hub.emit(changes, this.name);
  }

  async remove(keys: string | string[]): Promise<void> {
    await this.tick();
    const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
    for (const k of typeof keys === 'string' ? [keys] : keys) {
      const old = this.data.get(k);
      if (old === undefined) continue;
      this.data.delete(k);
      changes[k] = { oldValue: JSON.parse(old) };
    }
    this.hub.emit(changes, this.name);
  }

  /** Test helper: puts a raw value without notifications. */
  put(key: string, value: unknown): void {
    this.data.set(key, JSON.stringify(value));
  }

  peek<T = unknown>(key: string): T | undefined {
    const v = this.data.get(key);
    return v === undefined ? undefined : (JSON.parse(v) as T);
  }

  bytes(): number {
    let n = 0;
    for (const [k, v] of this.data) n += k.length + v.length;
    return n;
  }
}

export class FakeHub {
  listeners = new Set<ChangeListener>();
  /** Bytes of every change event so far (JSON of old and new values), what each listener receives. */
  broadcastBytes = 0;
  emit(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string): void {
    if (Object.keys(changes).length === 0) return;
    this.broadcastBytes += JSON.stringify(changes).length;
    for (const l of [...this.listeners]) queueMicrotask(() => l(changes, area));
  }
}

export interface FakeBrowser {
  local: FakeArea;
  sync: FakeArea;
  onChanged: {
    addListener(fn: ChangeListener): void;
    removeListener(fn: ChangeListener): void;
  };
  hub: FakeHub;
}

export function createFakeBrowser(opts: { jitter?: number; quota?: number } = {}): FakeBrowser {
  const hub = new FakeHub();
  return {
    hub,
    local: new FakeArea('local', hub, opts.jitter, opts.quota),
    sync: new FakeArea('sync', hub, opts.jitter),
    onChanged: {
      addListener: (fn) => void hub.listeners.add(fn),
      removeListener: (fn) => void hub.listeners.delete(fn),
    },
  };
}

/**
 * The storage and messaging seams the extension pages (popup, options) share, over a fake browser
 * and a background service in the same process. Pages add their own (openOptions, download).
 */
export function pageDepsOf(
  fake: FakeBrowser,
  service: { handle(m: RuntimeMessage): Promise<unknown> | undefined },
  now: () => Date,
  browserLang = 'en-US',
) {
  return {
    local: fake.local,
    sync: fake.sync,
    onChanged: (fn: ChangeListener) => {
      fake.onChanged.addListener(fn);
      return () => fake.onChanged.removeListener(fn);
    },
    send: (m: RuntimeMessage) => service.handle(m) ?? Promise.resolve(undefined),
    now,
    browserLang,
  };
}
