/**
 * The typing follower of the coach lifecycle (src/content/coach/lifecycle.ts): nothing of ours per
 * keystroke, a draw when the text stands still for one look or at the latest after the lag, and
 * the listeners back on once the text stood still long enough.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFollower } from '../../../src/content/coach/lifecycle';

describe('createFollower', () => {
  let text: string;
  let draws: string[];
  let listening: boolean[];
  const make = () =>
    createFollower(
      { peek: () => text, draw: () => draws.push(text), listen: (on) => listening.push(on) },
      200,
      1000,
      3000,
    );
  beforeEach(() => {
    vi.useFakeTimers();
    text = '';
    draws = [];
    listening = [];
  });
  afterEach(() => vi.useRealTimers());

  it('one edit: listeners off, one draw at the first look, listeners back after the idle time', () => {
    const f = make();
    text = 'H';
    f.start();
    expect(listening).toEqual([false]);
    expect(f.busy).toBe(true);
    f.start(); // further text events while followed change nothing
    expect(listening).toEqual([false]);
    vi.advanceTimersByTime(200);
    expect(draws).toEqual(['H']);
    vi.advanceTimersByTime(2600);
    expect(listening).toEqual([false]);
    vi.advanceTimersByTime(400);
    expect(listening).toEqual([false, true]);
    expect(f.busy).toBe(false);
    expect(draws).toEqual(['H']); // nothing drawn twice
  });

  it('steady typing: a draw at the latest every lag, then the last words once the person pauses', () => {
    const f = make();
    text = 'a';
    f.start();
    for (let ms = 100; ms <= 3400; ms += 100) {
      vi.advanceTimersByTime(100);
      text += 'a'; // a keystroke every 100 ms, never a look without a change
    }
    // lag 1000 ms, looked at every 200 ms: the first change after a draw is seen at the next look,
    // so a draw at 1000, 2200 and 3400 ms
    expect(draws.length).toBe(3);
    expect(draws.every((d, i) => i === 0 || d.length > draws[i - 1]!.length)).toBe(true);
    vi.advanceTimersByTime(400); // the pause: drawn at the first still look
    expect(draws.at(-1)).toBe(text);
    expect(draws.length).toBe(4);
  });

  it('pauses shorter than the idle time keep following (no listener churn between words)', () => {
    const f = make();
    text = 'Hi';
    f.start();
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(1500); // a thinking pause
      text += ' word';
    }
    expect(listening).toEqual([false]);
    vi.advanceTimersByTime(3400);
    expect(listening).toEqual([false, true]);
    expect(draws.at(-1)).toBe(text);
  });

  it('settle draws what is not drawn and listens at once; cancel stops without drawing', () => {
    const f = make();
    text = 'Hello Anna';
    f.start();
    vi.advanceTimersByTime(100);
    f.settle();
    expect(draws).toEqual(['Hello Anna']);
    expect(listening).toEqual([false, true]);
    expect(f.busy).toBe(false);
    const g = make();
    text = 'x';
    g.start();
    g.cancel();
    vi.advanceTimersByTime(5000);
    expect(draws).toEqual(['Hello Anna']);
    expect(g.busy).toBe(false);
  });

  it('a draw that throws never stops the following', () => {
    const f = createFollower(
      {
        peek: () => text,
        draw: () => {
          throw new Error('broken');
        },
        listen: (on) => listening.push(on),
      },
      200,
      1000,
      600,
    );
    text = 'x';
    f.start();
    expect(() => vi.advanceTimersByTime(1000)).not.toThrow();
    expect(listening).toEqual([false, true]);
  });
});
