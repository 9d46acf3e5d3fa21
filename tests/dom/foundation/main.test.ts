/**
 * The content script entry: starts once per document without marking LinkedIn's elements, a newer
 * instance (after an extension update) takes over cleanly through the content scripts' own world,
 * and nothing the page dispatches can switch Rapport off.
 */
import { describe, it, expect, vi } from 'vitest';
import { resetFakeBrowser } from '../../support/fake-browser';

const INSTANCE = Symbol.for('rapport.instance');
const current = () => (globalThis as Record<symbol, unknown>)[INSTANCE];
const marks = () => [...document.documentElement.attributes, ...document.body.attributes].filter((a) => a.name.includes('rapport')).map((a) => a.name);

describe('content script entry', () => {
  it('starts without a trace on the page, ignores page events, and hands over to a newer instance without duplicate UI', async () => {
    resetFakeBrowser();
    vi.resetModules();
    await import('../../../src/content/main');
    const first = current();
    expect(typeof first).toBe('function');
    expect(marks()).toEqual([]);
    // The page tries the old switch-off event: nothing happens.
    document.dispatchEvent(new CustomEvent('rapport:takeover'));
    expect(current()).toBe(first);
    // something the first instance drew
    const stale = document.createElement('div');
    stale.setAttribute('data-rapport-surface', 'invite');
    document.body.append(stale);

    vi.resetModules();
    await import('../../../src/content/main');
    const second = current();
    expect(typeof second).toBe('function');
    expect(second).not.toBe(first);
    expect(document.querySelectorAll('[data-rapport-surface]')).toHaveLength(0);
    expect(marks()).toEqual([]);
  });
});
