// npm start: checks its options (and that there is a display), installs dependencies if needed,
// builds Rapport and opens Chromium on the practice page. All of it is in ./launch.mjs.
await import('./launch.mjs');
