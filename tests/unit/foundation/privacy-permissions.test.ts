/**
 * PRIVACY.md lists each permission with its every use (issue 13, row 14): every permission and
 * host permission of the manifest is named in its permissions section, and every place in src/
 * that uses a permission's API is one of the uses it describes (a new use fails here until the
 * policy says so).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { permissions: string[]; host_permissions: string[] };
const policy = readFileSync(join(ROOT, 'PRIVACY.md'), 'utf8');
const section = policy.slice(policy.indexOf('## Permissions'), policy.indexOf('\n## ', policy.indexOf('## Permissions') + 5));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}
const src = files(join(ROOT, 'src')).map((p) => ({ path: p.slice(ROOT.length + 1), text: readFileSync(p, 'utf8') }));
const using = (re: RegExp) => src.filter((f) => re.test(f.text)).map((f) => f.path).sort();

describe('PRIVACY.md permissions', () => {
  it('names every permission and host permission of the manifest', () => {
    expect(section.length).toBeGreaterThan(200);
    for (const p of [...manifest.permissions, ...manifest.host_permissions]) expect(section, p).toContain(`\`${p}\``);
    expect(manifest.permissions.sort()).toEqual(['scripting', 'storage']);
  });

  it('describes every use: scripting injects the engine and re-injects the coach; storage.local and storage.sync', () => {
    expect(using(/scripting\s*\.\s*executeScript|scripting\?\.\s*executeScript/)).toEqual(['src/background/engine-loader.ts', 'src/background/reinject.ts']);
    expect(section).toMatch(/text engine/);
    expect(section).toMatch(/installed or updated/);
    expect(section).toContain('`storage.local`');
    expect(section).toContain('`storage.sync`');
    // The coach in LinkedIn's tabs touches storage.sync only (storage.local is the background's and the extension pages').
    expect(using(/\.storage\??\.local\b/).filter((p) => p.startsWith('src/content/'))).toEqual([]);
    expect(using(/\.storage\??\.sync\b/).filter((p) => p.startsWith('src/content/'))).toEqual(['src/content/main.ts', 'src/content/ui/actions.ts']);
    expect(section).toMatch(/switch a rule off from a finding's menu/);
  });
});
