/** Interaction events: the habits dashboard's raw material. */
export const EVENT_TYPES = ['post', 'comment', 'reaction', 'invite', 'message'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** One recorded interaction, as stored and exported (docs/contract.md §4). */
export interface InteractionEvent {
  id: string;
  type: EventType;
  /** ISO 8601 with the local offset at the time of the event, e.g. 2026-11-25T08:30:00.000+01:00 */
  at: string;
  /** invite events only: was a personal note attached? */
  note?: boolean;
}

export function isEventType(x: unknown): x is EventType {
  return typeof x === 'string' && (EVENT_TYPES as readonly string[]).includes(x);
}
