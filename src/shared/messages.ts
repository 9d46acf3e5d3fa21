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
  | { kind: 'ping' }
  /** The content script asks for the text engine in its frame (injected on demand, see src/content/engine.ts). */
  | { kind: 'load-engine' }
  /** Options page: merge an export file (CONTRACT §4; the parsed JSON or its text). Refused whole when invalid. */
  | { kind: 'import'; file: unknown }
  /** Options page: forget every stored invitation fingerprint. */
  | { kind: 'clear-fingerprints' }
  /** Popup: the stored history could not be read; set it aside (backup key) and start clean. */
  | { kind: 'habits-repair' }
  /** Popup: the person has read the "history was set aside" notice. */
  | { kind: 'dismiss-notice' }
  /** Popup/options: recompute the toolbar badge now. */
  | { kind: 'refresh-badge' }
  /** Content script (a finding's menu): open the options page (content scripts cannot). */
  | { kind: 'open-options' };

export interface InviteHistoryReply {
  entries: { fingerprint: Fingerprint; recipient?: string }[];
  recipientKey?: string;
}

export interface RecordReply {
  ok: boolean;
  id?: string;
  duplicate?: boolean;
}

export interface ImportReply {
  ok: boolean;
  added?: number;
  skipped?: number;
  /** Why a file was refused (see src/habits/exchange.ts ImportError). */
  error?: string;
  /** Index of the first invalid event, when error is 'bad-event'. */
  index?: number;
}

export interface ReplyMap {
  record: RecordReply;
  unrecord: { ok: boolean };
  'invite-history': InviteHistoryReply;
  ping: { ok: true };
  'load-engine': { ok: boolean };
  import: ImportReply;
  'clear-fingerprints': { ok: boolean; removed: number };
  'habits-repair': { ok: boolean; problem: string | null };
  'dismiss-notice': { ok: boolean };
  'refresh-badge': { ok: boolean };
  'open-options': { ok: boolean };
}

export type MessageOf<K extends RuntimeMessage['kind']> = Extract<RuntimeMessage, { kind: K }>;
