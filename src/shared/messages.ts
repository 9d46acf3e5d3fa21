/**
 * Typed messages between content scripts, extension pages and the background worker.
 * The background worker is the only writer of storage.local.
 */
import type { EventType } from './events';
import type { Fingerprint } from '../engine/types';

export type RuntimeMessage =
  /** An interaction happened. `key` de-duplicates (same key within a short window counts once; reactions: the post's id). */
  | {
      kind: 'record';
      type: EventType;
      note?: boolean;
      /** invite with note: fingerprint of the note (never the raw text) */
      fingerprint?: Fingerprint;
      /** invite: the recipient's display name; the background stores only a salted hash of it */
      recipientName?: string;
      key?: string;
    }
  /** A reaction was taken back (the Like toggled off). */
  | { kind: 'unrecord'; type: 'reaction'; key: string }
  /** Fingerprints of earlier notes for invite.duplicate, plus the salted key of the current recipient. */
  | { kind: 'invite-history'; recipientName?: string }
  | { kind: 'ping' };

export interface InviteHistoryReply {
  entries: { fingerprint: Fingerprint; recipient?: string }[];
  recipientKey?: string;
}

export interface RecordReply {
  ok: boolean;
  id?: string;
  duplicate?: boolean;
}

export interface ReplyMap {
  record: RecordReply;
  unrecord: { ok: boolean };
  'invite-history': InviteHistoryReply;
  ping: { ok: true };
}

export type MessageOf<K extends RuntimeMessage['kind']> = Extract<RuntimeMessage, { kind: K }>;
