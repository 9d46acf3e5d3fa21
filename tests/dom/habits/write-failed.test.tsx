/**
 * A full disk is never silent (issue 13, row 2): when the background's write is refused by the
 * quota, the popup says so (and the badge shows '!', tests/unit/habits/scale.test.ts); once a write
 * succeeds again, the notice goes.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { PopupApp, type PopupDeps } from '../../../src/popup/App';
import { readSnapshot } from '../../../src/popup/data';
import { createHabitsService } from '../../../src/background/service';
import { createFakeBrowser, pageDepsOf } from './fake-browser';

const clock = new Date(2026, 10, 26, 10);
const root = document.createElement('div');
afterEach(() => render(null, root));

async function popup(fake: ReturnType<typeof createFakeBrowser>, service: ReturnType<typeof createHabitsService>): Promise<void> {
  const d: PopupDeps = { ...pageDepsOf(fake, service, () => clock), openOptions: () => undefined };
  render(null, root);
  render(<PopupApp deps={d} initial={await readSnapshot(d.local, d.sync)} />, root);
  await vi.waitFor(() => expect(root.querySelector('[data-rapport-stat]')).not.toBeNull());
}

describe('a failed write in the popup', () => {
  it('shows a notice while writes fail, and none once they work again', async () => {
    document.body.replaceChildren(root);
    const fake = createFakeBrowser({ quota: 60_000 });
    const service = createHabitsService({ local: fake.local, sync: fake.sync, now: () => clock });
    await service.handle({ kind: 'record', type: 'post', key: 'a' });
    fake.local.put('someone.else', 'x'.repeat(60_000 - fake.local.bytes()));
    await expect(service.handle({ kind: 'record', type: 'comment', key: 'b' })).rejects.toThrow(/quota/i);
    await popup(fake, service);
    await vi.waitFor(() => expect(root.querySelector('[data-rapport-write-failed]')).not.toBeNull(), { timeout: 2000 });
    expect(root.querySelector('[data-rapport-write-failed]')!.textContent).toContain('could not save your latest interactions');
    expect(root.querySelector('[data-rapport-write-failed]')!.getAttribute('role')).toBe('alert');

    fake.local.data.delete('someone.else');
    expect(await service.handle({ kind: 'record', type: 'comment', key: 'c' })).toMatchObject({ ok: true });
    await popup(fake, service);
    await new Promise((r) => setTimeout(r, 300));
    expect(root.querySelector('[data-rapport-write-failed]')).toBeNull();
  });
});
