// Finds a Chromium or Firefox binary that can load an unpacked extension (branded Chrome 137+ cannot).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

function which(cmd) {
  try {
    return execFileSync(process.platform === 'win32' ? 'where' : 'which', [cmd], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split(/\r?\n/)[0].trim() || null;
  } catch {
    return null;
  }
}

export function findChromium() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : null;
  const candidates = [
    which('chromium'), which('chromium-browser'), which('google-chrome-for-testing'),
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
    process.env.LOCALAPPDATA && `${process.env.LOCALAPPDATA}\\Chromium\\Application\\chrome.exe`,
    'C:\\Program Files\\Chromium\\Application\\chrome.exe',
  ];
  return candidates.find((c) => c && existsSync(c)) ?? null;
}

export function findFirefox() {
  if (process.env.FIREFOX_PATH) return existsSync(process.env.FIREFOX_PATH) ? process.env.FIREFOX_PATH : null;
  return [which('firefox-esr'), which('firefox'), '/Applications/Firefox.app/Contents/MacOS/firefox'].find((c) => c && existsSync(c)) ?? null;
}

export const HOW_TO_GET_CHROMIUM = `No Chromium found. Rapport needs Chromium (branded Google Chrome no longer loads unpacked extensions from the command line).
  Debian/Ubuntu:  sudo apt-get install chromium
  macOS:          brew install --cask chromium   (or install "Chrome for Testing")
  Windows:        install Chromium or Chrome for Testing
Or point CHROME_PATH at a Chromium / Chrome for Testing binary:  CHROME_PATH=/path/to/chromium npm start`;

export const HOW_TO_GET_FIREFOX = `No Firefox found. Debian/Ubuntu: sudo apt-get install firefox-esr; or set FIREFOX_PATH.`;

/** Flags for a quiet, offline-friendly Chromium (root needs --no-sandbox). */
export function chromiumArgs(extra = []) {
  const args = ['--no-first-run', '--no-default-browser-check', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', ...extra];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}
