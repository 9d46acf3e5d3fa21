// Unit and DOM tests: the in-memory browser stands in for both the polyfill (aliased in
// vite.config.ts) and the native `browser` global the content script uses.
import { fakeBrowser } from './fake-browser';

(globalThis as unknown as { browser: unknown }).browser = fakeBrowser;
