// Builds both extensions: dist/chrome (MV3 service worker) and dist/firefox (MV3 event page, gecko id).
import { build } from 'vite';

const targets = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const t0 = performance.now();
for (const mode of targets.length ? targets : ['chrome', 'firefox']) {
  await build({ mode, logLevel: process.argv.includes('--verbose') ? 'info' : 'warn' });
  console.log(`built dist/${mode}`);
}
console.log(`build took ${((performance.now() - t0) / 1000).toFixed(1)} s`);
