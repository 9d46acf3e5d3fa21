/**
 * The content script's side of trust (issue 13, rows 10, 11, 13): every request to the worker is
 * sent again when the channel closes, no one answers yet (the worker is starting), or no answer
 * comes in time; a record carries its key, so a request that did arrive twice counts once; the
 * health reports go to the worker only, and a page's synthetic focus reports nothing; the
 * duplicate finding says nothing about how alike the notes are.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANSWER_TIMEOUT_MS, RETRY_DELAYS, send } from '../../../src/content/browser';
import { recognised, watchUnrecognisedEditors } from '../../../src/content/health';
import { createHabitsService } from '../../../src/background/service';
import { readFullStore } from '../../../src/habits/store';
import { analyze } from '../../../src/engine';
import { fingerprint } from '../../../src/engine/fingerprint';
import { t } from '../../../src/shared/i18n';
import { formatFinding } from '../../../src/shared/i18n-core';
import { createFakeBrowser } from './fake-browser';

type G = { browser?: unknown };
let calls: unknown[];

/** A native API whose sendMessage answers with `answer(n)` for the n-th call (0-based). */
function installApi(answer: (n: number, msg: unknown) => Promise<unknown>): void {
  calls = [];
  (globalThis as G).browser = {
    runtime: {
      id: 'rapport-test',
      sendMessage: (msg: unknown) => {
        calls.push(msg);
        return answer(calls.length - 1, msg);
      },
    },
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  delete (globalThis as G).browser;
});

describe('requests to the worker are retried (row 10)', () => {
  it('a closed channel and a missing receiver (worker stopped, then starting) are sent again until answered', async () => {
    installApi((n) =>
      n === 0
        ? Promise.reject(new Error('The message port closed before a response was received.'))
        : n === 1
          ? Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))
          : Promise.resolve({ ok: true, id: 'e1' }),
    );
    const p = send({ kind: 'record', type: 'comment', key: 'comment-1' });
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS[0]! + RETRY_DELAYS[1]! + 10);
    expect(await p).toEqual({ ok: true, id: 'e1' });
    expect(calls).toHaveLength(3);
    expect(new Set(calls.map((c) => JSON.stringify(c))).size).toBe(1); // the same request, the same key
  });

  it('no answer in time: the request is sent again', async () => {
    installApi((n) => (n === 0 ? new Promise(() => undefined) : Promise.resolve({ ok: true })));
    const p = send({ kind: 'load-engine' });
    await vi.advanceTimersByTimeAsync(ANSWER_TIMEOUT_MS + RETRY_DELAYS[0]! + 10);
    expect(await p).toEqual({ ok: true });
    expect(calls).toHaveLength(2);
  });

  it('an unreachable worker: a few attempts, then undefined, never a throw', async () => {
    installApi(() => Promise.reject(new Error('Could not establish connection.')));
    const p = send({ kind: 'ping' });
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS.reduce((a, b) => a + b, 0) + 10);
    expect(await p).toBeUndefined();
    expect(calls).toHaveLength(RETRY_DELAYS.length + 1);
  });

  it('a record that arrived but whose answer was lost counts once when sent again', async () => {
    vi.useRealTimers();
    const fake = createFakeBrowser();
    const service = createHabitsService({ local: fake.local, sync: fake.sync });
    installApi(async (n, msg) => {
      const reply = await service.handle(msg, 'content');
      if (n === 0) throw new Error('The message port closed before a response was received.'); // written, answer lost
      return reply;
    });
    expect(await send({ kind: 'record', type: 'message', key: 'message-abc' }, [1])).toMatchObject({ ok: true, duplicate: true });
    expect((await readFullStore(fake.local)).store.events).toHaveLength(1);
  });
});

describe('the health record from the content side (row 13)', () => {
  it('a coach recognising its field reports to the worker; a page-made focus on an editor reports nothing', async () => {
    installApi(() => Promise.resolve({ ok: true }));
    const field = document.createElement('textarea');
    document.body.append(field);
    recognised('comment', field);
    expect(calls).toEqual([{ kind: 'health', surface: 'comment' }]);
    const ac = new AbortController();
    watchUnrecognisedEditors(document, ac.signal);
    const other = document.createElement('div');
    other.setAttribute('contenteditable', 'true');
    document.body.append(other);
    other.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true })); // isTrusted: false
    await vi.advanceTimersByTimeAsync(3000);
    expect(calls).toHaveLength(1);
    ac.abort();
    // Nothing of it in the page.
    expect([...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n.startsWith('data-rapport'))).toEqual([]);
  });
});

describe('the duplicate finding (row 11)', () => {
  // The engine still measures the likeness (its CLI reports it); what the page can read, the panel's text, does not.
  it('says the note is almost the same, never how alike (no percentage), in both languages', () => {
    const note = 'Hi Ines, I enjoyed your talk on warehouse robots at the Basel meetup and would like to stay in touch about the pilot.';
    const r = analyze({ text: note.replace('Ines', 'Sven'), surface: 'invite', recipient: { name: 'Sven Larsen' }, history: [{ fingerprint: fingerprint(note, { recipientName: 'Ines Kuster' }) }] });
    const dup = r.findings.find((f) => f.rule === 'invite.duplicate')!;
    expect(dup).toBeDefined();
    for (const lang of ['en', 'de'] as const) expect(formatFinding(t, lang, dup.messageId, dup.params)).not.toMatch(/\d|%/);
  });
});
