// npm run package: builds and zips both extensions for the stores (artifacts/rapport-<browser>-<version>.zip).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, existsSync } from 'node:fs';
import pkg from '../package.json' with { type: 'json' };

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
mkdirSync('artifacts', { recursive: true });
for (const target of ['chrome', 'firefox']) {
  const name = `rapport-${target}-${pkg.version}.zip`;
  const tmp = `artifacts/.tmp-${target}`;
  rmSync(tmp, { recursive: true, force: true });
  execFileSync('npx', ['web-ext', 'build', '--source-dir', `dist/${target}`, '--artifacts-dir', tmp, '--filename', name, '--overwrite-dest', '--no-config-discovery'], { stdio: 'inherit' });
  rmSync(`artifacts/${name}`, { force: true });
  execFileSync('mv', [`${tmp}/${name}`, `artifacts/${name}`]);
  rmSync(tmp, { recursive: true, force: true });
  if (!existsSync(`artifacts/${name}`)) throw new Error(`missing artifacts/${name}`);
  console.log(`packaged artifacts/${name}`);
}
