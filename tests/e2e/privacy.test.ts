/**
 * Privacy, proven: during a full tour of the practice page no request leaves any extension context
 * (service worker, popup, options, content script), watched with the browser's own network events
 * on every target; and what Rapport stores holds no raw note text, only fingerprints and counts.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { launch, BROWSERS, type Session } from './harness';
import { tour, TOUR_NOTE } from './tour';

describe.each(BROWSERS)('privacy in %s', (name) => {
  let s: Session;
  beforeAll(async () => {
    s = await launch(name);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('sends nothing anywhere during a full tour', async () => {
    await tour(s);
    if (name === 'chromium') {
      const popup = await s.extensionPage('src/popup/index.html');
      await popup.waitForSelector('[data-rapport-stat="streak-current"]', { timeout: 5000 });
      const options = await s.extensionPage('src/options/index.html');
      await options.waitForSelector('body *', { timeout: 5000 });
      await new Promise((r) => setTimeout(r, 500));
      await popup.close();
      await options.close();
      expect(s.extensionRequests).toEqual([]);
    }
    // Page-level: every request was the practice page's own; anything else would have been refused and logged.
    expect(s.offPractice).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  it.runIf(name === 'chromium')('stores no raw note text: only fingerprints and counts', async () => {
    const local = JSON.stringify(await s.storage('local'));
    const sync = JSON.stringify(await s.storage('sync'));
    for (const word of ['quokka-lantern', 'debrief', 'Anna', 'Müller', 'timeline-first', 'Coffee']) {
      expect(local).not.toContain(word);
      expect(sync).not.toContain(word);
    }
    expect(local.length).toBeGreaterThan(2); // something was recorded
    expect(TOUR_NOTE).toContain('quokka-lantern');
  });
});
