// Unit and DOM tests: the in-memory browser stands in for both the polyfill (aliased in
// vite.config.ts) and the native `browser` global the content script uses; the text engine is
// installed where the background's on-demand injection puts it (src/content/engine-entry.ts).
import { fakeBrowser } from './fake-browser';
import '../../src/content/engine-entry';

(globalThis as unknown as { browser: unknown }).browser = fakeBrowser;
