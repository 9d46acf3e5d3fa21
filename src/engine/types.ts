/**
 * The text engine's public types. Pure data: no DOM, no extension APIs.
 * Rule ids are a public contract (docs/rules.md): never rename them.
 */
export type Surface = 'invite' | 'post' | 'comment';
export type Lang = 'en' | 'de';
export type Severity = 'error' | 'warning' | 'info';

export const RULE_IDS = [
  'invite.empty',
  'invite.placeholder',
  'invite.wrong-name',
  'invite.generic',
  'invite.duplicate',
  'invite.sales-pitch',
  'post.engagement-bait',
  'post.sales-pitch',
  'post.self-promotion',
  'post.too-personal',
  'post.no-conversation',
  'post.hashtags',
  'post.wall-of-text',
  'post.hook',
  'comment.generic',
  'comment.sales-pitch',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** A note's fingerprint: sorted, de-duplicated 32-bit hashes of normalised word shingles. Never raw text. */
export type Fingerprint = number[];

/** An earlier sent note. The CLI passes raw `text` + `to`; the extension passes only `fingerprint` + `recipient` (a salted hash). */
export interface HistoryEntry {
  /** Recipient's display name (CLI input). */
  to?: string;
  /** Opaque recipient key (salted hash) used by the extension instead of `to`. */
  recipient?: string;
  /** Raw text of the earlier note (CLI only; the extension never stores raw text). */
  text?: string;
  fingerprint?: Fingerprint;
}

export interface Person {
  name?: string;
  headline?: string;
}

export interface AnalyzeInput {
  text: string;
  surface: Surface;
  recipient?: Person;
  sender?: Person;
  /** For comments: the text of the post being answered. */
  post?: string;
  history?: HistoryEntry[];
  /** Opaque key of the current recipient, compared with HistoryEntry.recipient. */
  recipientKey?: string;
  /** The extension's per-install key: `history` holds keyed sketches (src/engine/fingerprint.ts `sketch`), not fingerprints. */
  historyKey?: string;
  /** Rules switched off by the person (options page). */
  disabled?: readonly RuleId[];
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** UTF-16 offsets into the text, end exclusive. start === end when there is no text to point at. */
  start: number;
  end: number;
  /**
   * Every place the rule found, in text order, when there are several (a post with three kinds of
   * bait, seven hashtags): UTF-16 [start, end) pairs. [start, end) is the first of them or covers
   * them all. Absent for one place or none.
   */
  spans?: [number, number][];
  messageId: string;
  params?: Record<string, string | number>;
}

export interface AnalyzeResult {
  findings: Finding[];
  /** Detected language of the text; 'unknown' when it cannot tell (both rule sets apply). */
  lang: Lang | 'unknown';
}
