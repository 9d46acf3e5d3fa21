/** The content script entry: starts once per document, and a newer instance (after an extension update) takes over cleanly. */
import { describe, it, expect, vi } from 'vitest';
import { resetFakeBrowser } from '../../support/fake-browser';

describe('content script entry', () => {
  it('starts, marks the document, and hands over to a newer instance without duplicate UI', async () => {
    resetFakeBrowser();
    vi.resetModules();
    await import('../../../src/content/main');
    const first = document.documentElement.getAttribute('data-rapport-instance');
    expect(first).toBeTruthy();
    // something the first instance drew
    const stale = document.createElement('div');
    stale.setAttribute('data-rapport-surface', 'invite');
    document.body.append(stale);

    vi.resetModules();
    await import('../../../src/content/main');
    const second = document.documentElement.getAttribute('data-rapport-instance');
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    expect(document.querySelectorAll('[data-rapport-surface]')).toHaveLength(0);
  });
});
