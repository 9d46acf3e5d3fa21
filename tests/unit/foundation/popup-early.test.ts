/** public/popup-early.js (a plain script, outside the module graph) reads the same keys as the popup's entry. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { NOTICE_KEY } from '../../../src/habits/schema';
import { DAYS_KEY, RECENT_DAYS_KEY } from '../../../src/habits/store';
import { SETTINGS_KEY } from '../../../src/shared/settings';

const src = readFileSync(new URL('../../../public/popup-early.js', import.meta.url), 'utf8');
const html = readFileSync(new URL('../../../src/popup/index.html', import.meta.url), 'utf8');

describe('popup early read', () => {
  it('asks storage.local for the day index, the notice and settings kept on this device, storage.sync for the settings', () => {
    expect(src).toContain(`storage.local.get(['${DAYS_KEY}', '${RECENT_DAYS_KEY}', '${NOTICE_KEY}', '${SETTINGS_KEY}'])`);
    expect(src).toContain(`storage.sync.get('${SETTINGS_KEY}')`);
  });
  it('is loaded async (it must not hold up parsing) before the module entry', () => {
    expect(html).toMatch(/<script async src="\/popup-early\.js"><\/script>[\s\S]*<script type="module"/);
  });
  it('uses nothing but storage', () => {
    expect(src).not.toMatch(/fetch|XMLHttpRequest|WebSocket|sendBeacon|eval|Function\(/);
  });
});
