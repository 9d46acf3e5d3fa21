/**
 * The habits feature: records the person's reactions and sent messages (see recorder.ts). Posts,
 * comments and invitations are recorded by their own features through the same `record` message.
 */
import type { Feature } from '../../context';
import { send } from '../../browser';
import { startRecorder } from './recorder';

export const habitsFeature: Feature = {
  id: 'habits',
  init(ctx) {
    const rec = startRecorder({ doc: ctx.doc, signal: ctx.signal, send: (m) => send(m) });
    // The badge may be a day old (no alarms): a LinkedIn visit refreshes it (top frame only).
    if (ctx.doc.defaultView && ctx.doc.defaultView === ctx.doc.defaultView.top) void send({ kind: 'refresh-badge' });
    // Re-rendered controls (e.g. a reaction re-drawn by React) are compared on the next batch.
    return ctx.watch.subscribe(() => rec.scan());
  },
};
