// npm start: installs dependencies if needed, builds Rapport and opens Chromium on the practice page.
import { ensureDeps } from './ensure-deps.mjs';

ensureDeps();
await import('./launch.mjs');
