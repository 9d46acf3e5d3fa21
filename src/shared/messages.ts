/**
 * Typed messages between content scripts, extension pages and the background worker.
 * The background worker is the only writer of storage.local. docs/messages.md lists who may send
 * which kind: content scripts only the CONTENT_KINDS below, everything else only extension pages.
 */
import type { EventType } from './events';
import type { Fingerprint } from '../engine/types';

/** Who sent a message: one of the extension's own pages, or a content script in a LinkedIn frame. */
export type Sender = 'page' | 'content';

/** Where coaching was (or was not) recognised, for the local health record (src/habits/health.ts). */
export const HEALTH_SURFACES = ['invite', 'composer', 'comment', 'unknown-editor'] as const;
export type HealthSurface = (typeof HEALTH_SURFACES)[number];

/** Length caps of what content scripts send (longer values are refused whole). */
export const MAX_KEY_LENGTH = 300;
export const MAX_NAME_LENGTH = 200;

export type RuntimeMessage =
  /** An interaction happened. `key` de-duplicates (same key within a short window counts once; reactions: the post's id). */
  | {
      kind: 'record';
      type: EventType;
      note?: boolean;
      /** invite with note: fingerprint of the note (never the raw text); stored only as a keyed sketch */
      fingerprint?: Fingerprint;
      /** invite: the recipient's display name; the background stores only a salted hash of it */
      recipientName?: string;
      key?: string;
    }
  /** A reaction was taken back (the Like toggled off). */
  | { kind: 'unrecord'; type: 'reaction'; key: string }
  /** Sketches of earlier notes for invite.duplicate, their key, and the salted key of the current recipient. */
  | { kind: 'invite-history'; recipientName?: string }
  /** A coach recognised its field (or a LinkedIn editor was focused that no coach recognised). */
  | { kind: 'health'; surface: HealthSurface }
  /**
   * The personal notes LinkedIn still allows this month, as last seen in an invitation dialog, so a
   * fresh page gives advice that fits: `left` remembers a count (0: used up), null forgets it
   * (notes are possible again), absent only asks. Remembered for the calendar month it was seen in.
   */
  | { kind: 'note-quota'; left?: number | null }
  | { kind: 'ping' }
  /** The content script asks for the text engine in its frame (injected on demand, see src/content/engine.ts). */
  | { kind: 'load-engine' }
  /** Options page: merge an export file (CONTRACT §4; the parsed JSON or its text). Refused whole when invalid. */
  | { kind: 'import'; file: unknown }
  /** Options page: forget every stored invitation fingerprint. */
  | { kind: 'clear-fingerprints' }
  /** Popup: check the stored history (set aside what cannot be read, rebuild the day indexes). */
  | { kind: 'habits-repair' }
  /** Popup: whether the last write failed (storage full). */
  | { kind: 'habits-status' }
  /** Options page: the set-aside histories. */
  | { kind: 'backups' }
  /** Options page: merge a set-aside history back into the current one. */
  | { kind: 'backup-restore'; key: string }
  /** Options page: delete a set-aside history (after the person exported it, or chose to). */
  | { kind: 'backup-delete'; key: string }
  /** Popup: the person has read the "history was set aside" notice. */
  | { kind: 'dismiss-notice' }
  /** Popup/options: recompute the toolbar badge now. */
  | { kind: 'refresh-badge' }
  /** Content script (a finding's menu): open the options page (content scripts cannot). */
  | { kind: 'open-options' };

/** The only kinds the background accepts from content scripts. */
export const CONTENT_KINDS = ['record', 'unrecord', 'invite-history', 'health', 'note-quota', 'ping', 'load-engine', 'refresh-badge'] as const satisfies readonly RuntimeMessage['kind'][];

export interface InviteHistoryReply {
  entries: { fingerprint: Fingerprint; recipient?: string }[];
  /** The per-install key the entries are sketched with (AnalyzeInput.historyKey). */
  key?: string;
  recipientKey?: string;
}

export interface RecordReply {
  ok: boolean;
  id?: string;
  duplicate?: boolean;
  /** Why it was not recorded: 'shape' (malformed), 'rate' (more than a person does), 'forbidden'. */
  error?: string;
}

export interface ImportReply {
  ok: boolean;
  added?: number;
  skipped?: number;
  /** Events dated later than tomorrow: not imported. */
  future?: number;
  /** What became of the file's settings: merged over the current ones, none to merge, or the write failed. */
  settings?: 'merged' | 'none' | 'failed';
  /** Settings fields taken from the file, and fields in it that were not valid (kept as they were). */
  settingsTaken?: string[];
  settingsIgnored?: string[];
  /** Why a file was refused (see src/habits/exchange.ts ImportError, or 'storage' when writing failed). */
  error?: string;
  /** Index of the first invalid event, when error is 'bad-event'. */
  index?: number;
}

export interface HabitsStatus {
  /** Set while writes fail (e.g. storage full): the popup shows a notice, the badge a '!'. */
  writeError: string | null;
}

export interface BackupInfo {
  key: string;
  at: string;
  /** Interactions it holds, or null when it cannot be read by this version. */
  events: number | null;
}

export interface ReplyMap {
  record: RecordReply;
  unrecord: { ok: boolean };
  'invite-history': InviteHistoryReply;
  health: { ok: boolean };
  /** The remembered count (null: none this month). */
  'note-quota': { left: number | null };
  ping: { ok: true };
  'load-engine': { ok: boolean };
  import: ImportReply;
  'clear-fingerprints': { ok: boolean; removed: number };
  'habits-repair': { ok: boolean; problem: string | null };
  'habits-status': HabitsStatus;
  backups: { ok: boolean; backups: BackupInfo[] };
  'backup-restore': ImportReply;
  'backup-delete': { ok: boolean };
  'dismiss-notice': { ok: boolean };
  'refresh-badge': { ok: boolean };
  'open-options': { ok: boolean };
}

export type MessageOf<K extends RuntimeMessage['kind']> = Extract<RuntimeMessage, { kind: K }>;
