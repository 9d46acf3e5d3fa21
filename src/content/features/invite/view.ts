/**
 * The invitation panel's content as a pure function of what the coach read: the dialog's step,
 * the note, LinkedIn's limit and monthly quota, and the engine's findings. No DOM, no engine
 * call, no state: the same input always gives the same view (tests/dom/invite/panel.test.ts).
 */
import type { Finding, Lang, RuleId } from '../../../engine/types';
import type { PanelItem, PanelView } from '../../ui/panel';
import type { Step } from './dialog';
import { firstName, noteFix } from '../../ui/fix';

export interface InviteViewInput {
  step: Step;
  /** The note as typed ('' in the first step). */
  text: string;
  /** The note's character limit, when LinkedIn shows one. */
  limit: number | null;
  /** The engine's findings for the note (empty when there is no note). */
  findings: readonly Finding[];
  /** The month's personal notes are used up. */
  quotaUsed: boolean;
  /** Personal notes left this month, when LinkedIn says so. */
  notesLeft: number | null;
  /** The recipient's display name, for one-click fixes of the note (src/content/ui/fix.ts). */
  recipient: string;
  lang: Lang;
  isRuleOn(rule: RuleId): boolean;
  /** UI strings: a finding's sentence, and our own catalogue. */
  message(messageId: string, params: Record<string, string | number> | undefined): string;
  t(key: string, ...subs: (string | number)[]): string;
}

/** The flagged words to quote under a message: not the whole note, not words the message already quotes. */
export function snippetOf(text: string, f: Finding, message = ''): string | undefined {
  if (!(f.end > f.start)) return undefined;
  const s = text.slice(f.start, f.end).replace(/\s+/g, ' ').trim();
  if (!s || s.length >= text.trim().length * 0.9) return undefined; // the whole note: nothing to point at
  if (message.includes(s)) return undefined;
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
}

/** What Rapport looks for in a note, shown while it has nothing to say (the empty note, a good note). */
function tipsOf(v: InviteViewInput): NonNullable<PanelView['tips']> {
  const first = firstName(v.recipient);
  return {
    title: v.t('invite_tips'),
    lines: [first ? v.t('invite_tip_about', first) : v.t('invite_tip_about_them'), v.t('invite_tip_why'), v.t('invite_tip_no_pitch'), v.t('invite_tip_short')],
  };
}

/**
 * What the panel shows; null: nothing to draw for this step (an unknown step). In the note step the
 * panel keeps one height (`steady`) from the empty note on, so LinkedIn's Send does not move while
 * the person types; the tips fill it while there is no finding.
 */
export function inviteView(v: InviteViewInput): PanelView | null {
  const items: PanelItem[] = [];
  let good: string | null = null;
  const quota = (): PanelItem => ({ note: 'quota-used', severity: 'info', message: v.t('invite_quota_used') });
  if (v.step === 'gate') {
    if (v.quotaUsed) items.push(quota());
    else if (v.isRuleOn('invite.empty')) {
      // No note: nothing to analyse, so the finding does not wait for the engine.
      const left = v.notesLeft;
      const detail = left !== null && left > 0 ? (left === 1 ? v.t('invite_notes_left_one') : v.t('invite_notes_left', left)) : undefined;
      items.push({ rule: 'invite.empty', severity: 'warning', message: v.message('invite.empty', {}), detail });
    }
  } else if (v.step === 'note' && !v.text.trim()) {
    return { items: [], hint: v.t('invite_hint'), steady: true, tips: tipsOf(v) };
  } else if (v.step === 'note') {
    if (v.limit !== null && v.text.length > v.limit) {
      const n = v.text.length;
      items.push({ note: 'over-limit', severity: 'error', message: v.t('invite_over_limit', n, v.limit, n - v.limit) });
    }
    for (const f of v.findings) {
      if (!v.isRuleOn(f.rule)) continue;
      const message = v.message(f.messageId, f.params);
      items.push({ rule: f.rule, severity: f.severity, message, snippet: snippetOf(v.text, f, message), fix: noteFix(v.text, f, v.recipient, v.lang) });
    }
    good = items.length === 0 ? v.t('invite_good') : null;
    return { items, good, steady: true, tips: tipsOf(v) };
  } else if (v.step === 'upsell') {
    items.push(quota());
  } else if (v.step === 'unknown') return null;
  return { items, good };
}
