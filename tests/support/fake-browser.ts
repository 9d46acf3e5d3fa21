/**
 * An in-memory stand-in for webextension-polyfill's `browser`, used by the unit and DOM test
 * projects (vite.config.ts aliases 'webextension-polyfill' to this file there). Storage areas
 * behave like the real ones (copies in and out, onChanged with old/new values); runtime messages
 * go to the listeners registered with runtime.onMessage (or to `fakeBrowser.handler`).
 * Tests reset it with `resetFakeBrowser()` and read `fakeBrowser.sent`.
 */
type Listener = (...args: any[]) => any;

function event() {
  const ls = new Set<Listener>();
  return {
    addListener: (fn: Listener) => void ls.add(fn),
    removeListener: (fn: Listener) => void ls.delete(fn),
    hasListener: (fn: Listener) => ls.has(fn),
    emit: (...args: unknown[]) => [...ls].map((fn) => fn(...args)),
    clear: () => ls.clear(),
  };
}

const onChanged = event();

function area(name: 'local' | 'sync' | 'session') {
  let data: Record<string, unknown> = {};
  const copy = <T>(v: T): T => (v === undefined ? v : structuredClone(v));
  return {
    async get(keys?: string | string[] | Record<string, unknown> | null) {
      if (keys === null || keys === undefined) return copy(data);
      const out: Record<string, unknown> = {};
      if (typeof keys === 'string') keys = [keys];
      if (Array.isArray(keys)) for (const k of keys) { if (k in data) out[k] = copy(data[k]); }
      else for (const [k, d] of Object.entries(keys)) out[k] = k in data ? copy(data[k]) : d;
      return out;
    },
    async set(items: Record<string, unknown>) {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: copy(data[k]), newValue: copy(v) };
        data[k] = copy(v);
      }
      onChanged.emit(changes, name);
    },
    async remove(keys: string | string[]) {
      const changes: Record<string, { oldValue?: unknown }> = {};
      for (const k of typeof keys === 'string' ? [keys] : keys) {
        if (k in data) changes[k] = { oldValue: data[k] };
        delete data[k];
      }
      onChanged.emit(changes, name);
    },
    async clear() {
      const changes = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, { oldValue: v }]));
      data = {};
      onChanged.emit(changes, name);
    },
    /** Test helper: the raw contents. */
    _dump: () => data,
  };
}

const onMessage = event();

export const fakeBrowser = {
  storage: { local: area('local'), sync: area('sync'), session: area('session'), onChanged },
  runtime: {
    id: 'rapport-test',
    onMessage,
    /** Every message sent, in order. */
    sent: [] as unknown[],
    async sendMessage(msg: unknown) {
      fakeBrowser.runtime.sent.push(structuredClone(msg));
      if (fakeBrowser.handler) return fakeBrowser.handler(msg);
      const replies = onMessage.emit(msg, { id: 'rapport-test' }).filter((r) => r !== undefined);
      return replies.length ? await replies[0] : undefined;
    },
    getURL: (p: string) => `chrome-extension://rapport-test/${p.replace(/^\//, '')}`,
    openOptionsPage: async () => undefined,
    onInstalled: event(),
    onStartup: event(),
  },
  i18n: { getUILanguage: () => 'en-US', getMessage: (k: string) => k },
  action: {
    badge: { text: '', color: '' as unknown },
    async setBadgeText({ text }: { text: string }) { fakeBrowser.action.badge.text = text; },
    async setBadgeBackgroundColor({ color }: { color: unknown }) { fakeBrowser.action.badge.color = color; },
    async setTitle() {},
  },
  tabs: { create: async () => ({}) },
  /** Optional: answer runtime.sendMessage directly (e.g. a fake background). */
  handler: undefined as undefined | ((msg: unknown) => unknown),
  get sent() {
    return fakeBrowser.runtime.sent;
  },
};

export function resetFakeBrowser(): void {
  for (const a of ['local', 'sync', 'session'] as const) {
    const d = fakeBrowser.storage[a]._dump();
    for (const k of Object.keys(d)) delete d[k];
  }
  onChanged.clear();
  onMessage.clear();
  fakeBrowser.runtime.sent.length = 0;
  fakeBrowser.handler = undefined;
  fakeBrowser.action.badge = { text: '', color: '' };
}

// Content-script code checks chrome.runtime.id to know whether its extension context is alive.
(globalThis as any).chrome ??= { runtime: { id: 'rapport-test' } };

export default fakeBrowser;
