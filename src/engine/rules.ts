/** Rule metadata (ids and severities from docs/rules.md). */
import { RULE_IDS, type RuleId, type Severity, type Surface } from './types';

export interface RuleMeta {
  id: RuleId;
  surface: Surface;
  severity: Severity;
}

const SEVERITY: Record<RuleId, Severity> = {
  'invite.empty': 'warning',
  'invite.placeholder': 'error',
  'invite.wrong-name': 'error',
  'invite.generic': 'warning',
  'invite.duplicate': 'warning',
  'invite.sales-pitch': 'warning',
  'post.engagement-bait': 'warning',
  'post.sales-pitch': 'warning',
  'post.self-promotion': 'info',
  'post.too-personal': 'info',
  'post.no-conversation': 'info',
  'post.hashtags': 'info',
  'post.wall-of-text': 'info',
  'post.hook': 'info',
  'comment.generic': 'info',
  'comment.sales-pitch': 'warning',
};

export const RULES: Readonly<Record<RuleId, RuleMeta>> = Object.freeze(
  Object.fromEntries(
    RULE_IDS.map((id) => [id, Object.freeze({ id, surface: id.slice(0, id.indexOf('.')) as Surface, severity: SEVERITY[id] })]),
  ) as Record<RuleId, RuleMeta>,
);
