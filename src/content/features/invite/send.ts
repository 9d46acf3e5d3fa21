/**
 * Recording invitations: one `invite` record per invitation that really went out (with or
 * without a note; a fingerprint of the note, never its text), decided after the person's own
 * click on Send: the dialog closed and no error toast, weekly-limit alert or Premium upsell
 * appeared since the click.
 */
import type { MessageOf, RecordReply } from '../../../shared/messages';
import { fingerprint } from '../../engine';
import { send } from '../../browser';
import { dialogAlive, failureSignals, findDialogs, stepOf } from './dialog';

/** A dialog closed after Send: wait this long for an error toast / weekly-limit alert before recording. */
export const SETTLE_MS = 400;
/** A Send that neither closed the dialog nor failed within this time is forgotten. */
export const PENDING_MAX_MS = 20_000;

/** What a Send click snapshots. */
export interface SendSnapshot {
  note: boolean;
  text: string;
  failuresBefore: Set<Element>;
  goneAt?: number;
}

export function snapshot(doc: Document, note: boolean, text: string): SendSnapshot {
  return { note, text, failuresBefore: new Set(failureSignals(doc)) };
}

/** An error toast or limit alert that was not there at the click, or the Premium upsell shown instead of sending. */
export function newFailures(doc: Document, before: Set<Element>): boolean {
  if (failureSignals(doc).some((e) => !before.has(e))) return true;
  return findDialogs(doc, false).some((d) => dialogAlive(d) && stepOf(d) === 'upsell');
}

/**
 * Did the invitation go out? Still open: failed if a failure appeared, else wait. Closed: sent once
 * SETTLE_MS passed without a failure (at once in a subframe, whose iframe may be removed next, or
 * when the page is going away).
 */
export function confirmSend(doc: Document, dialog: Element, s: SendSnapshot, now: number, hurry: boolean): 'sent' | 'failed' | 'wait' {
  if (dialogAlive(dialog)) return newFailures(doc, s.failuresBefore) ? 'failed' : 'wait';
  s.goneAt ??= now;
  if (!hurry && now - s.goneAt < SETTLE_MS) return 'wait';
  return newFailures(doc, s.failuresBefore) ? 'failed' : 'sent';
}

/** Sends the one `record` message for an invitation; resolves with the background's answer. */
export function recordInvite(note: boolean, key: string, text?: string, recipient?: string, sender?: string): Promise<RecordReply | undefined> {
  let fp: number[] | undefined;
  if (note && text) {
    try {
      fp = fingerprint(text, { recipientName: recipient || undefined, senderName: sender || undefined });
    } catch {
      fp = undefined;
    }
  }
  const msg: MessageOf<'record'> = { kind: 'record', type: 'invite', note, key };
  if (note && fp) {
    msg.fingerprint = fp;
    if (recipient) msg.recipientName = recipient;
  }
  return send(msg);
}
