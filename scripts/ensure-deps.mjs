// Makes `npm start` and `npm test` work on a fresh clone: installs the locked dependencies first
// when node_modules is missing or older than package-lock.json. Node built-ins only.
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export function ensureDeps() {
  const lock = 'package-lock.json';
  const marker = 'node_modules/.package-lock.json';
  const fresh = existsSync(marker) && (!existsSync(lock) || statSync(marker).mtimeMs >= statSync(lock).mtimeMs);
  if (fresh) return;
  console.log('Installing dependencies (npm ci)…');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    console.error('npm ci failed: see above.');
    process.exit(r.status ?? 1);
  }
}
