import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { launch, BROWSERS, type Session } from './harness';

describe.each(BROWSERS)('foundation in %s', (name) => {
  let s: Session;
  beforeAll(async () => {
    s = await launch(name);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('starts the content script on a routed LinkedIn page', async () => {
    await s.openPractice('/feed/');
    const url = await s.page.evaluate(() => location.href);
    expect(url).toBe('https://www.linkedin.com/feed/');
    const instance = await s.page.evaluate(() => document.documentElement.getAttribute('data-rapport-instance'));
    expect(instance).toMatch(/^[a-z0-9]+$/);
  });
});
