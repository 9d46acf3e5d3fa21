/**
 * The text engine bundled alone, the way its size is measured (issue #3): src/engine/index.ts through
 * vite in library mode, minified, ES module. `use` gets the bundle's path while it exists (for a cold
 * start run); the temporary folder is removed afterwards. Used by bench-engine.ts.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export type BundleSize = { bytes: number; gzipBytes: number } | { error: string };

export async function bundleEngine(use?: (file: string) => void): Promise<BundleSize> {
  const out = mkdtempSync(join(tmpdir(), 'rapport-engine-'));
  try {
    const { build } = await import('vite');
    await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        lib: { entry: resolve('src/engine/index.ts'), formats: ['es'], fileName: 'engine' },
        outDir: out,
        emptyOutDir: true,
        minify: true,
        target: 'es2022',
        reportCompressedSize: false,
        write: true,
        // library mode keeps whitespace in ES output unless the bundler's own output minifier runs
        rolldownOptions: { output: { minify: true } },
      },
    } as Parameters<typeof build>[0]);
    const file = readdirSync(out).find((f) => f.endsWith('.js'));
    if (!file) return { error: 'no bundle' };
    const code = readFileSync(join(out, file));
    use?.(join(out, file));
    return { bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
  } catch (e) {
    return { error: (e as Error).message };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
