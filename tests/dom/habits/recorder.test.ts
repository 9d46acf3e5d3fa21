import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startRecorder, type RecordMessage } from '../../../src/content/features/habits/recorder';
import { ownerKey, reactedState } from '../../../src/content/features/habits/state';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function build(html: string): void {
  // Test fixture markup (our own, trusted): built through a template element.
  const tpl = document.createElement('template');
  tpl.innerHTML = html; // eslint-disable-line -- test-only fixture
  document.body.replaceChildren(tpl.content);
}

/** LinkedIn's own behaviour, imitated: the Like toggles after a short delay (as React re-renders). */
function wireLinkedIn(delay = 5): void {
  document.querySelectorAll<HTMLButtonElement>('button.react-button__trigger').forEach((b) => {
    b.addEventListener('click', () =>
      setTimeout(() => {
        const on = b.getAttribute('aria-pressed') !== 'true';
        b.setAttribute('aria-pressed', String(on));
        b.classList.toggle('react-button--active', on);
      }, delay),
    );
  });
  document.querySelectorAll<HTMLButtonElement>('button[aria-label^="Reaction button state"]').forEach((b) => {
    b.addEventListener('click', () =>
      setTimeout(() => {
        const on = /no reaction$/.test(b.getAttribute('aria-label')!);
        b.setAttribute('aria-label', on ? 'Reaction button state: like' : 'Reaction button state: no reaction');
      }, delay),
    );
  });
  document.querySelectorAll('form.msg-form').forEach((f) => {
    f.addEventListener('submit', (e) => {
      e.preventDefault();
      const ed = f.querySelector('.msg-form__contenteditable')!;
      if (!ed.textContent!.trim()) return;
      setTimeout(() => ed.replaceChildren(Object.assign(document.createElement('p'), { innerHTML: '<br>' })), delay);
    });
  });
}

const FEED = `
  <div role="listitem" componentkey="urn:li:activity:111FeedType_MAIN_FEED_RELEVANCE">
    <div class="social-bar"><button type="button" aria-label="Reaction button state: no reaction">Like</button></div>
  </div>
  <div role="listitem" componentkey="expandedurn:li:activity:111FeedType_MAIN_FEED_RELEVANCE">
    <div class="social-bar"><button type="button" aria-label="Reaction button state: no reaction">Like</button></div>
  </div>
  <div class="feed-shared-update-v2" role="article" data-urn="urn:li:activity:222">
    <span class="reactions-react-button"><button type="button" class="react-button__trigger" aria-pressed="false" aria-label="React Like">Like</button></span>
    <article class="comments-comment-entity" data-id="urn:li:comment:(activity:222,9)">
      <button type="button" class="react-button__trigger" aria-pressed="true" aria-label="Unreact Like to Anna's comment">Like</button>
    </article>
  </div>
  <form class="msg-form">
    <div class="msg-form__contenteditable" contenteditable="true" role="textbox"><p><br></p></div>
    <button type="submit" class="msg-form__send-button">Send</button>
  </form>`;

describe('habits recorder (content script)', () => {
  let sent: RecordMessage[];
  let ac: AbortController;
  let clock = 1_000_000;
  let rec: { scan(): void };
  beforeEach(() => {
    build(FEED);
    wireLinkedIn();
    sent = [];
    ac = new AbortController();
    rec = startRecorder({
      doc: document,
      send: (m) => void sent.push(m),
      signal: ac.signal,
      now: () => clock,
      acceptUntrusted: true,
      reactionChecks: [20, 60],
      messageChecks: [20, 60, 120],
    });
  });
  afterEach(() => ac.abort());

  it('reads reaction state on both stacks and finds the owner URN', () => {
    const [react1, react2, ember, comment] = document.querySelectorAll('button');
    expect(reactedState(react1!)).toBe(false);
    expect(reactedState(ember!)).toBe(false);
    expect(reactedState(comment!)).toBe(true);
    expect(reactedState(Object.assign(document.createElement('button'), { ariaLabel: 'x' }))).toBeNull();
    expect(ownerKey(react1!)).toBe('urn:li:activity:111');
    expect(ownerKey(react2!)).toBe('urn:li:activity:111');
    expect(ownerKey(ember!)).toBe('urn:li:activity:222');
    expect(ownerKey(comment!)).toBe('urn:li:comment:(activity:222,9)');
  });

  it('a Like going from no reaction to a reaction records once; taking it back unrecords', async () => {
    const like = document.querySelector<HTMLButtonElement>('[data-urn] .react-button__trigger')!;
    like.click();
    await sleep(100);
    expect(sent).toEqual([{ kind: 'record', type: 'reaction', key: 'urn:li:activity:222' }]);
    like.click();
    await sleep(100);
    expect(sent.at(-1)).toEqual({ kind: 'unrecord', type: 'reaction', key: 'urn:li:activity:222' });
    expect(sent).toHaveLength(2);
  });

  it('the React feed: one record per post even when the post is rendered twice', async () => {
    const like = document.querySelector<HTMLButtonElement>('[role=listitem] button')!;
    like.click();
    await sleep(100);
    expect(sent).toEqual([{ kind: 'record', type: 'reaction', key: 'urn:li:activity:111' }]);
  });

  it('an already-reacted control seen for the first time records nothing', async () => {
    document.body.click(); // a click elsewhere: nothing changes
    await sleep(100);
    const comment = document.querySelector<HTMLButtonElement>('article .react-button__trigger')!;
    expect(comment.getAttribute('aria-pressed')).toBe('true');
    expect(sent).toEqual([]);
  });

  it('a state change long after the last gesture (e.g. a re-render or another device) records nothing', async () => {
    const like = document.querySelector<HTMLButtonElement>('[data-urn] .react-button__trigger')!;
    document.body.click(); // learns the states
    await sleep(80);
    clock += 10_000; // the person did nothing for ten seconds
    like.setAttribute('aria-pressed', 'true');
    rec.scan();
    await sleep(80);
    expect(sent).toEqual([]);
    // The same change right after a gesture is the person's doing.
    like.setAttribute('aria-pressed', 'false');
    document.body.click();
    like.setAttribute('aria-pressed', 'true');
    await sleep(80);
    expect(sent).toEqual([{ kind: 'record', type: 'reaction', key: 'urn:li:activity:222' }]);
  });

  it('a message counts when the editor empties after Send, never before', async () => {
    const ed = document.querySelector('.msg-form__contenteditable')!;
    ed.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Thanks Anna, let us talk on Friday.' }));
    document.querySelector<HTMLButtonElement>('.msg-form__send-button')!.click();
    await sleep(200);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ kind: 'record', type: 'message' });
    expect((sent[0] as { key: string }).key).toMatch(/^message-/);
  });

  it('Enter in the focused message editor counts once the editor empties', async () => {
    const ed = document.querySelector<HTMLElement>('.msg-form__contenteditable')!;
    // LinkedIn sends on Enter and empties the editor a moment later.
    ed.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Enter' && !(e as KeyboardEvent).shiftKey) setTimeout(() => ed.replaceChildren(), 5);
    });
    ed.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    ed.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'See you on Friday.' }));
    ed.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await sleep(200);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ kind: 'record', type: 'message' });
  });

  it('keys are listened to only in a focused message editor: Enter after focus moved away counts nothing', async () => {
    const ed = document.querySelector<HTMLElement>('.msg-form__contenteditable')!;
    ed.addEventListener('keydown', (e) => (e as KeyboardEvent).key === 'Enter' && setTimeout(() => ed.replaceChildren(), 5));
    ed.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    document.body.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true })); // focus left it
    ed.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Draft' }));
    ed.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await sleep(200);
    expect(sent).toEqual([]);
  });

  it('Enter that does not send (the editor keeps its text) counts nothing; an empty editor counts nothing', async () => {
    const ed = document.querySelector<HTMLElement>('.msg-form__contenteditable')!;
    document.querySelector<HTMLButtonElement>('.msg-form__send-button')!.click(); // empty editor
    await sleep(150);
    ed.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    ed.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Draft' }));
    ed.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await sleep(200);
    expect(sent).toEqual([]);
    // Shift+Enter is a new line, never a send.
    ed.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true }));
    ed.replaceChildren();
    await sleep(150);
    expect(sent).toEqual([]);
  });

  it('untrusted (synthetic) events are ignored in production mode', async () => {
    ac.abort();
    build(FEED);
    wireLinkedIn();
    sent = [];
    ac = new AbortController();
    startRecorder({ doc: document, send: (m) => void sent.push(m), signal: ac.signal, reactionChecks: [20, 60] });
    document.querySelector<HTMLButtonElement>('[data-urn] .react-button__trigger')!.click();
    await sleep(100);
    expect(sent).toEqual([]);
  });
});
