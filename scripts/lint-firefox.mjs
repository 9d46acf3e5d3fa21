// web-ext lint on the Firefox build: zero errors, and no warning outside the allow-list (scripts/lint-allow.mjs).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { judge } from './lint-allow.mjs';

if (!existsSync('dist/firefox/manifest.json')) {
  console.error('dist/firefox is missing: run npm run build first');
  process.exit(1);
}
let out;
try {
  out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-config-discovery'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
} catch (e) {
  out = e.stdout; // web-ext exits non-zero on errors; the JSON still tells us what
}
const report = JSON.parse(out);
const unexpected = judge(report, undefined, (line) => console.log(line));
if (unexpected.length) {
  console.error(`web-ext lint: ${unexpected.length} unexpected finding(s):\n  ${unexpected.join('\n  ')}`);
  process.exit(1);
}
console.log(`web-ext lint: 0 errors, ${report.summary.warnings} allowed warning(s), ${report.summary.notices} notice(s)`);
