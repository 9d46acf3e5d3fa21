/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build as viteBuild, defineConfig, type Plugin, type PluginOption, type Rollup } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox';

/** The one manifest.json, adapted per browser. Chrome: service worker. Firefox: event page + gecko settings. */
export function manifestFor(target: Target): ManifestV3Export {
  const m: Record<string, unknown> = structuredClone(baseManifest);
  m.version = pkg.version;
  if (target === 'firefox') {
    const bg = baseManifest.background;
    m.background = { scripts: [bg.service_worker], type: bg.type };
    delete m.minimum_chrome_version;
    m.browser_specific_settings = {
      gecko: {
        id: 'rapport@rapport-coach.org',
        // data_collection_permissions needs Firefox 140 (ESR 140); lower values make web-ext lint warn.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // data_collection_permissions needs Firefox for Android 142.
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return m as unknown as ManifestV3Export;
}

const CONTENT = 'src/content/main.ts';

/** _locales keys the content script needs (by prefix); everything else stays out of LinkedIn's page. */
export const CONTENT_STRING_PREFIXES = ['invite_', 'panel_', 'rule_', 'composer_', 'comment_', 'highlight_', 'content_', 'finding_'];

/**
 * The content script's subset of _locales (both languages), handed to it as the compile-time
 * constant __RAPPORT_CONTENT_CATALOG__ (crxjs builds the content script without our plugins,
 * but with our `define`s).
 */
function contentCatalog(): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const lang of ['en', 'de']) {
    const file = fileURLToPath(new URL(`./_locales/${lang}/messages.json`, import.meta.url));
    const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    out[lang] = Object.fromEntries(Object.entries(all).filter(([k]) => CONTENT_STRING_PREFIXES.some((p) => k.startsWith(p))));
  }
  return out;
}

/**
 * Emits the text engine as its own IIFE file (src/content/engine.js). The background injects it on
 * demand into frames that show something to coach, so the content script LinkedIn loads on every
 * page and frame stays small.
 */
function engineScript(): Plugin {
  return {
    name: 'rapport-engine-script',
    apply: 'build',
    async generateBundle() {
      const out = (await viteBuild({
        configFile: false,
        logLevel: 'warn',
        build: {
          write: false,
          lib: { entry: fileURLToPath(new URL('./src/content/engine-entry.ts', import.meta.url)), formats: ['iife'], name: 'rapportEngine', fileName: () => 'engine.js' },
          minify: true,
          target: 'es2022',
          emptyOutDir: false,
        },
      })) as Rollup.RollupOutput | Rollup.RollupOutput[];
      const chunk = (Array.isArray(out) ? out[0]! : out).output[0];
      this.emitFile({ type: 'asset', fileName: 'src/content/engine.js', source: chunk.code });
    },
  };
}

/**
 * Builds the content script (src/content/main.ts) as one self-contained IIFE file,
 * src/content/main.js, and declares it in the written manifest (crxjs gets the manifest without
 * content_scripts). Done here rather than with crxjs's `standaloneFiles`, whose IIFE build sets
 * Rollup's `inlineDynamicImports`, which Vite 8 (Rolldown) ignores with a warning on every build.
 */
function contentScript(contentScripts: NonNullable<chrome.runtime.ManifestV3['content_scripts']>, define: Record<string, string>): Plugin {
  const out = CONTENT.replace(/\.ts$/, '.js');
  return {
    name: 'rapport-content-script',
    apply: 'build',
    async generateBundle() {
      const res = (await viteBuild({
        configFile: false,
        logLevel: 'warn',
        define,
        build: {
          write: false,
          lib: { entry: fileURLToPath(new URL(`./${CONTENT}`, import.meta.url)), formats: ['iife'], name: 'rapportContent', fileName: () => 'main.js' },
          minify: true,
          target: 'es2022',
          sourcemap: false,
          emptyOutDir: false,
        },
      })) as Rollup.RollupOutput | Rollup.RollupOutput[];
      const chunk = (Array.isArray(res) ? res[0]! : res).output[0];
      this.emitFile({ type: 'asset', fileName: out, source: chunk.code });
    },
    // crxjs writes manifest.json last; the content script is declared once it is on disk.
    writeBundle(options) {
      const file = join(options.dir!, 'manifest.json');
      const m = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      m.content_scripts = contentScripts.map((c) => ({ ...c, js: c.js?.map((j) => (j === CONTENT ? out : j)) }));
      writeFileSync(file, JSON.stringify(m, null, 2) + '\n');
    },
  };
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  const plugins: PluginOption[] = [];
  const define = { __RAPPORT_CONTENT_CATALOG__: JSON.stringify(contentCatalog()) };
  if (!process.env.VITEST) {
    const { content_scripts: contentScripts = [], ...manifest } = manifestFor(target) as chrome.runtime.ManifestV3;
    plugins.push(engineScript(), crx({ manifest: manifest as ManifestV3Export, browser: target }), contentScript(contentScripts, define));
  }
  return {
    plugins,
    define,
    // Production JSX even though the build mode is 'chrome'/'firefox' (no dev source paths in the package).
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact', development: false } },
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      // Preload links for the pages' chunks, but no module-preload polyfill (it would ship fetch()).
      modulePreload: { polyfill: false },
      target: 'es2022',
      sourcemap: false,
      minify: true,
      reportCompressedSize: false,
    },
    test: {
      // Unit and DOM tests get an in-memory `browser` (the real polyfill refuses to load outside an extension).
      alias: { 'webextension-polyfill': fileURLToPath(new URL('./tests/support/fake-browser.ts', import.meta.url)) },
      setupFiles: [fileURLToPath(new URL('./tests/support/setup.ts', import.meta.url))],
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'dom',
            environment: 'happy-dom',
            include: ['tests/dom/**/*.test.{ts,tsx}'],
            environmentOptions: { happyDOM: { url: 'https://www.linkedin.com/feed/' } },
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['tests/e2e/**/*.test.ts'],
            testTimeout: 60_000,
            hookTimeout: 120_000,
            fileParallelism: false,
            retry: 1,
          },
        },
      ],
    },
  };
});
