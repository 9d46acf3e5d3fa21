/**
 * The interplay of the rules, stated here and nowhere else.
 *
 * No rule reads another rule's finding. A rule is silenced only by a shared signal (signals.ts), which
 * is computed whether or not any rule is switched on, so switching a rule off never changes what
 * another rule says (tests/unit/engine/interplay.test.ts checks this on every corpus case).
 */
import type { Rule } from './context';
import type { Signals } from './signals';
import type { RuleId, Surface } from './types';
import { rule as inviteEmpty } from './rules/invite-empty';
import { rule as invitePlaceholder } from './rules/invite-placeholder';
import { rule as inviteWrongName } from './rules/invite-wrong-name';
import { rule as inviteSalesPitch } from './rules/invite-sales-pitch';
import { rule as inviteGeneric } from './rules/invite-generic';
import { rule as inviteDuplicate } from './rules/invite-duplicate';
import { rule as postEngagementBait } from './rules/post-engagement-bait';
import { rule as postSalesPitch } from './rules/post-sales-pitch';
import { rule as postTooPersonal } from './rules/post-too-personal';
import { rule as postSelfPromotion } from './rules/post-self-promotion';
import { rule as postNoConversation } from './rules/post-no-conversation';
import { rule as postHashtags } from './rules/post-hashtags';
import { rule as postWallOfText } from './rules/post-wall-of-text';
import { rule as postHook } from './rules/post-hook';
import { rule as commentSalesPitch } from './rules/comment-sales-pitch';
import { rule as commentGeneric } from './rules/comment-generic';

/** The rules of each surface, in the order they run (findings are then sorted by position). */
export const RULES_OF: Readonly<Record<Surface, readonly Rule[]>> = {
  invite: [inviteEmpty, invitePlaceholder, inviteWrongName, inviteSalesPitch, inviteGeneric, inviteDuplicate],
  post: [postEngagementBait, postSalesPitch, postTooPersonal, postSelfPromotion, postNoConversation, postHashtags, postWallOfText, postHook],
  comment: [commentSalesPitch, commentGeneric],
};

type Flag = 'noSentence' | 'invitePitch' | 'postPitch' | 'privateLife' | 'commentPitch';

/**
 * Signals that silence a rule:
 * - a note with no sentence has nothing to be generic, salesy, templated or copied about: only
 *   invite.empty (and invite.wrong-name: "Hello Kevin," to Karin) speak;
 * - a pitch is the bigger problem than a generic note or comment: one message, not two;
 * - a post that sells is commercial whatever else it says: never private life as well.
 */
const SILENCED_BY: Partial<Record<RuleId, readonly Flag[]>> = {
  'invite.placeholder': ['noSentence'],
  'invite.sales-pitch': ['noSentence'],
  'invite.generic': ['noSentence', 'invitePitch'],
  'invite.duplicate': ['noSentence'],
  'post.too-personal': ['postPitch'],
  'comment.generic': ['commentPitch'],
};

/**
 * Signals that discount a rule's weak evidence (a candidate marked `weak`):
 * - a post about private life is not a list of achievements: there, only a brag phrase makes
 *   post.self-promotion, not a status-change phrase ("our anniversary") nor the I/me share.
 */
const DISCOUNTED_BY: Partial<Record<RuleId, readonly Flag[]>> = {
  'post.self-promotion': ['privateLife'],
};

/** Is this rule silenced for this text? */
export function silenced(id: RuleId, sig: Signals): boolean {
  return (SILENCED_BY[id] ?? []).some((flag) => Boolean(sig[flag]));
}
/** Is this rule's weak evidence discounted for this text? */
export function discounted(id: RuleId, sig: Signals): boolean {
  return (DISCOUNTED_BY[id] ?? []).some((flag) => Boolean(sig[flag]));
}
