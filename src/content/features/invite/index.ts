/**
 * The invitation coach: when LinkedIn's invitation dialog opens (any Connect entry point, light
 * DOM, #interop-outlet shadow root or an interop iframe, whose own content script instance runs
 * this too), show Rapport's panel inside the dialog: the empty-note warning in the first step,
 * findings that follow typing in the note step, LinkedIn's note limit and monthly note quota.
 * When an invitation really goes out, record one `invite` event (note or not; a fingerprint of
 * the note, never its text). Advisory only: never blocks, clicks, types or changes LinkedIn's UI.
 *
 * Test URLs: /in/<slug>/ (Connect, More → Connect), /search/results/people/, /mynetwork/grow/,
 * /preload/custom-invite/?vanityName=<slug> (iframe src).
 */
import type { Feature, FeatureContext } from '../../context';
import type { Finding, HistoryEntry, Lang } from '../../../engine/types';
import { analyze, fingerprint, formatMessage, onEngineReady, preloadEngine } from '../../engine';
import type { InviteHistoryReply, MessageOf } from '../../../shared/messages';
import { send } from '../../browser';
import { t } from '../../i18n';
import { INVITE } from '../../linkedin/selectors';
import { closestDeep, eventTarget, queryIn } from '../../linkedin/roots';
import { mountHost, themeAt, type Host } from '../../ui/host';
import { setAttr } from '../../ui/dom';
import { createPanel, PANEL_CSS, type Panel, type PanelItem } from '../../ui/panel';
import { applyFix, noteFix } from '../../ui/fix';
import {
  actionOf,
  connectControl,
  dialogAlive,
  dialogRecipient,
  failureSignals,
  findDialogs,
  flippedToPending,
  hasInteropFrame,
  labelledIn,
  noteField,
  noteLimit,
  notesLeft,
  noteText,
  personAround,
  profilePerson,
  senderName,
  stepOf,
  type Step,
} from './dialog';
import { isProfile } from '../../linkedin/url';

/** After a click or navigation, look for a dialog for this long (the feed's churn costs nothing otherwise). */
const SCAN_WINDOW_MS = 8000;
/** A dialog closed after Send: wait this long for an error toast / weekly-limit alert before recording. */
const SETTLE_MS = 400;
/** A Send that neither closed the dialog nor failed within this time is forgotten. */
const PENDING_MAX_MS = 20_000;
/** A PYMK-style Connect that sends at once must flip to Pending within this time. */
const DIRECT_MAX_MS = 6000;
/** A flow whose dialog was re-created (step 2 rendered as a new dialog) is adopted within this time. */
const ADOPT_MS = 10_000;
/** Typing: trailing debounce, never more than MAX_LAG behind. */
const DEBOUNCE_MS = 120;
const MAX_LAG_MS = 200;

interface PendingSend {
  note: boolean;
  text: string;
  at: number;
  goneAt?: number;
  failuresBefore: Set<Element>;
}

interface Flow {
  key: string;
  dialog: Element;
  recipient: string;
  headline: string;
  step: Step;
  lastAt: number;
  host?: Host;
  panel?: Panel;
  collapsed: boolean;
  /** Rules the person said "Not now" to for this invitation (src/content/ui/panel.ts). */
  muted: Set<string>;
  history?: InviteHistoryReply;
  historyFor?: string;
  /** The engine's view of `history`, built once per reply: the engine caches its duplicate index per array. */
  historyInput?: { from: InviteHistoryReply; entries: HistoryEntry[] };
  pending?: PendingSend;
  done: boolean;
  typing?: { timer: ReturnType<typeof setTimeout>; first: number; last: number };
  /** What the last render was computed from (skip identical renders). */
  sig?: string;
  /** The sender's own name, read once per dialog. */
  sender?: string;
  /** The note's character limit as last read from the dialog (it does not change while typing). */
  limit?: number | null;
}

interface Armed {
  control: Element;
  parent: Element | null;
  name: string;
  headline: string;
  at: number;
  key: string;
  failuresBefore: Set<Element>;
  labelledBefore: Set<Element>;
}

const newKey = () => `inv-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** The flagged words to quote under a message: not the whole note, not words the message already quotes. */
export function snippetOf(text: string, f: Finding, message = ''): string | undefined {
  if (!(f.end > f.start)) return undefined;
  const s = text.slice(f.start, f.end).replace(/\s+/g, ' ').trim();
  if (!s || s.length >= text.trim().length * 0.9) return undefined; // the whole note: nothing to point at
  if (message.includes(s)) return undefined;
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
}

export interface CoachOptions {
  /** How long after a click, key, focus, start or navigation dialogs are looked for (tests shorten it). */
  scanWindowMs?: number;
}

export function createInviteCoach(ctx: FeatureContext, options: CoachOptions = {}) {
  const scanWindow = options.scanWindowMs ?? SCAN_WINDOW_MS;
  const doc = ctx.doc;
  const win = doc.defaultView ?? window;
  const flows = new Map<Element, Flow>();
  let armed: Armed | null = null;
  let scanUntil = 0;
  let notesLeftKnown: number | null = null;
  let quotaUsed = false;
  let poll: ReturnType<typeof setTimeout> | undefined;
  const inSubframe = (() => {
    try {
      return win.top !== win;
    } catch {
      return true;
    }
  })();

  const now = () => Date.now();
  const pageDoc = (): Document => {
    try {
      return inSubframe ? (win.top?.document ?? doc) : doc;
    } catch {
      return doc; // cross-origin top
    }
  };

  // ── rendering ──────────────────────────────────────────────────────────────

  function emptyFinding(lang: Lang): PanelItem | null {
    if (!ctx.isRuleOn('invite.empty')) return null;
    // No note: nothing to analyse, so the finding does not wait for the engine file to arrive.
    const message = formatMessage('invite.empty', {}, lang);
    const left = notesLeftKnown;
    const detail = left !== null && left > 0 ? (left === 1 ? t(lang, 'invite_notes_left_one') : t(lang, 'invite_notes_left', left)) : undefined;
    return { rule: 'invite.empty', severity: 'warning', message, detail };
  }

  function noteItems(flow: Flow, text: string, limit: number | null, lang: Lang): PanelItem[] {
    const items: PanelItem[] = [];
    if (limit !== null && text.length > limit) {
      items.push({ note: 'over-limit', severity: 'error', message: t(lang, 'invite_over_limit', text.length, limit, text.length - limit) });
    }
    const h = flow.history;
    if (h && flow.historyInput?.from !== h) {
      flow.historyInput = {
        from: h,
        entries: h.entries.map((e) => (e.recipient ? { fingerprint: e.fingerprint, recipient: e.recipient } : { fingerprint: e.fingerprint })),
      };
    }
    const history: HistoryEntry[] = h ? flow.historyInput!.entries : [];
    const sender = (flow.sender ??= senderName(doc));
    const r = analyze({
      text,
      surface: 'invite',
      recipient: { name: flow.recipient || undefined, headline: flow.headline || undefined },
      sender: { name: sender || undefined },
      history,
      recipientKey: flow.history?.recipientKey,
      disabled: ctx.settings().disabledRules,
    });
    for (const f of r.findings) {
      if (!ctx.isRuleOn(f.rule)) continue;
      const message = formatMessage(f.messageId, f.params ?? {}, lang);
      items.push({ rule: f.rule, severity: f.severity, message, snippet: snippetOf(text, f, message), fix: noteFix(text, f, flow.recipient, lang) });
    }
    return items;
  }

  function ensurePanel(flow: Flow): Panel | null {
    const d = flow.dialog;
    if (flow.host && flow.panel && flow.host.host.isConnected && d.contains(flow.host.host)) return flow.panel;
    flow.host?.destroy();
    const host = mountHost(
      'invite',
      d,
      (h) => {
        // Inside LinkedIn's dialog, right above its buttons ("Send without a note" / "Send").
        const bar = queryIn(d, INVITE.actionbar);
        if (bar?.parentNode) bar.parentNode.insertBefore(h, bar);
        else d.append(h);
      },
      PANEL_CSS,
    );
    flow.host = host;
    flow.panel = createPanel(host.root, {
      lang: () => ctx.lang(),
      collapsed: flow.collapsed,
      muted: flow.muted,
      onFix: (fix) => applyFix(noteField(d), fix),
      onCollapse: (c) => {
        flow.collapsed = c;
      },
    });
    return flow.panel;
  }

  /** What LinkedIn says about the month's personal notes ("3 personalized invitations remaining"). */
  function learnQuota(d: Element) {
    const left = notesLeft(d);
    if (left === null) return;
    notesLeftKnown = left;
    quotaUsed = left === 0;
  }

  /**
   * `typed`: called for typing in the note. Then only the note changed: the limit and the month's
   * quota are taken from the last full look at the dialog (a scan after any change to it).
   */
  function render(flow: Flow, typed = false) {
    if (flow.done) return;
    const lang = ctx.lang();
    const d = flow.dialog;
    const step = (flow.step = stepOf(d));
    const field = step === 'note' ? noteField(d) : null;
    const text = field ? noteText(field) : '';
    const limit = field ? (typed && flow.limit !== undefined ? flow.limit : (flow.limit = noteLimit(d, field))) : null;
    if (!typed && (step === 'gate' || step === 'note')) learnQuota(d);
    if (step === 'upsell') {
      quotaUsed = true;
      notesLeftKnown = 0;
    }
    // Nothing changed since the last render (a mutation tick while the person pauses): no work.
    const h = flow.history;
    const sig = [step, text, limit, lang, flow.recipient, flow.headline, h?.entries.length ?? -1, h?.recipientKey ?? '', ctx.settings().disabledRules.join(), quotaUsed, notesLeftKnown].join('\u0001');
    const placed = !flow.panel || (flow.host !== undefined && flow.host.host.isConnected && d.contains(flow.host.host));
    if (sig === flow.sig && placed) return updateTheme(flow);
    flow.sig = sig;
    let items: PanelItem[] = [];
    let good: string | null = null;
    if (step === 'gate') {
      if (quotaUsed) items.push({ note: 'quota-used', severity: 'info', message: t(lang, 'invite_quota_used') });
      else {
        const f = emptyFinding(lang);
        if (f) items.push(f);
      }
    } else if (step === 'note' && text.trim()) {
      try {
        items = noteItems(flow, text, limit, lang);
        good = items.length === 0 ? t(lang, 'invite_good') : null;
      } catch {
        items = [];
      }
    } else if (step === 'upsell') {
      items.push({ note: 'quota-used', severity: 'info', message: t(lang, 'invite_quota_used') });
    }
    if (step === 'unknown' && !flow.panel) return; // not a step we know: draw nothing
    // Otherwise the panel exists even with nothing to say yet (folded to zero size), so its live region
    // is in place before the first finding arrives.
    const panel = ensurePanel(flow);
    if (!panel) return;
    if (!typed) updateTheme(flow); // a new host gets its theme when mounted; a theme switch is seen by the next scan
    panel.update({ items, good });
  }

  function updateTheme(flow: Flow) {
    const host = flow.host?.host;
    if (!host) return;
    setAttr(host, 'data-theme', themeAt(host));
  }

  function loadHistory(flow: Flow) {
    const name = flow.recipient;
    if (flow.historyFor === name) return;
    flow.historyFor = name;
    void send({ kind: 'invite-history', recipientName: name || undefined }).then((reply) => {
      if (!reply || flow.historyFor !== name || ctx.signal.aborted) return;
      flow.history = reply;
      if (flow.step === 'note') render(flow);
    });
  }

  // ── recording ──────────────────────────────────────────────────────────────

  function record(note: boolean, key: string, text?: string, recipient?: string, sender = senderName(doc)) {
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
    void send(msg);
    if (note && notesLeftKnown !== null && notesLeftKnown > 0) notesLeftKnown--;
  }

  /** An error toast or limit alert that was not there at the click, or the Premium upsell shown instead of sending. */
  function newFailures(before: Set<Element>): boolean {
    if (failureSignals(doc).some((e) => !before.has(e))) return true;
    return findDialogs(doc, false).some((d) => dialogAlive(d) && stepOf(d) === 'upsell');
  }

  /** Confirms or drops pending sends; `immediate`: the frame is going away, do not wait. */
  function settle(immediate = false) {
    const t0 = now();
    for (const [dialog, flow] of flows) {
      const p = flow.pending;
      if (!p || flow.done) continue;
      if (dialogAlive(dialog)) {
        if (newFailures(p.failuresBefore) || t0 - p.at > PENDING_MAX_MS) flow.pending = undefined;
        continue;
      }
      p.goneAt ??= t0;
      // In a subframe the interop iframe may be removed right after the dialog closes: confirm now.
      if (immediate || inSubframe || t0 - p.goneAt >= SETTLE_MS) {
        if (newFailures(p.failuresBefore)) flow.pending = undefined;
        else {
          flow.done = true;
          record(p.note, flow.key, p.text, flow.recipient, flow.sender);
        }
        flows.delete(dialog);
      }
    }
  }

  // ── scanning ───────────────────────────────────────────────────────────────

  function adoptable(step: Step, recipient: string): Flow | undefined {
    for (const [d, f] of flows) {
      if (f.done || f.pending || dialogAlive(d) || now() - f.lastAt > ADOPT_MS) continue;
      if (armed && armed.at >= f.lastAt) continue; // a new Connect click since: a new invitation
      if (step === 'note' || step === 'upsell' || (recipient && recipient === f.recipient)) return f;
    }
    return undefined;
  }

  function flowFor(dialog: Element): Flow {
    const existing = flows.get(dialog);
    if (existing) return existing;
    preloadEngine(); // an invitation dialog: the note comes next, have the engine there by then
    const step = stepOf(dialog);
    const fromDialog = dialogRecipient(dialog);
    const old = adoptable(step, fromDialog);
    if (old) {
      flows.delete(old.dialog);
      old.dialog = dialog;
      old.host = undefined;
      old.panel = undefined;
      old.sig = undefined;
      flows.set(dialog, old);
      return old;
    }
    let recipient = fromDialog;
    let headline = '';
    let key = newKey();
    if (armed) {
      recipient ||= armed.name;
      headline = armed.headline;
      key = armed.key;
      armed = null; // the Connect click opened this dialog
    } else {
      // The profile page around the dialog: this document, or the top one when we run in an interop iframe.
      const page = pageDoc();
      if (isProfile(page.location.href)) {
        const p = profilePerson(page);
        recipient ||= p.name;
        headline = p.headline;
      }
    }
    const flow: Flow = { key, dialog, recipient, headline, step, lastAt: now(), collapsed: false, muted: new Set(), done: false };
    flows.set(dialog, flow);
    return flow;
  }

  function scan(reason: string) {
    if (ctx.signal.aborted) return;
    const t0 = now();
    // Dialogs open after the person did something: a start, a navigation, focus moving (LinkedIn focuses
    // the new dialog), a click or a key (below). Otherwise an idle tick returns at once.
    if (reason === 'start' || reason === 'navigation' || reason === 'focus') scanUntil = t0 + scanWindow;
    if (flows.size === 0 && !armed && t0 > scanUntil) return; // idle: no work on a busy feed
    const dialogs = findDialogs(doc, armed !== null && t0 - armed.at < DIRECT_MAX_MS);
    for (const d of dialogs) {
      if (!dialogAlive(d)) continue;
      const flow = flowFor(d);
      if (flow.done) continue;
      flow.lastAt = t0;
      const name = dialogRecipient(d);
      if (name) flow.recipient = name;
      render(flow);
      if (flow.step === 'note') loadHistory(flow);
    }
    settle();
    // Forget flows whose dialog closed without a Send (Esc, Dismiss, Cancel) once they can no longer be adopted.
    for (const [d, f] of flows) if (!f.pending && !dialogAlive(d) && t0 - f.lastAt > ADOPT_MS) flows.delete(d);
    checkDirect(t0);
    schedulePoll();
  }

  /** A Connect that sends at once (My Network): no dialog, no interop iframe, the control flips to Pending. */
  function checkDirect(t0: number) {
    const a = armed;
    if (!a) return;
    if (t0 - a.at > DIRECT_MAX_MS || hasInteropFrame(doc)) {
      armed = null;
      return;
    }
    if (flippedToPending(a.control, a.parent, a.name, a.labelledBefore)) {
      armed = null;
      if (!newFailures(a.failuresBefore)) record(false, a.key);
    }
  }

  function schedulePoll() {
    const busy = armed !== null || [...flows.values()].some((f) => f.pending);
    if (!busy || poll !== undefined) return;
    poll = setTimeout(() => {
      poll = undefined;
      scan('poll');
    }, 100);
  }

  // ── events (observed only: never prevented, never re-dispatched) ──────────

  function flowAt(target: Element | null): Flow | undefined {
    if (!target) return undefined;
    for (const f of flows.values()) if (f.dialog.contains(target)) return f;
    return undefined;
  }

  function onClick(ev: Event) {
    const target = eventTarget(ev);
    scanUntil = now() + scanWindow;
    if (!target) return;
    let flow = flowAt(target);
    if (!flow && closestDeep(target, INVITE.anyDialog.join(','))) {
      scan('mutation');
      flow = flowAt(target);
    }
    if (flow) {
      const action = actionOf(flow.dialog, target);
      if (action === 'send' || action === 'send-empty') {
        if (flow.pending) return; // double click: one invitation
        const text = action === 'send' ? noteText(noteField(flow.dialog)) : '';
        if (action === 'send' && !text.trim()) return;
        flow.pending = { note: action === 'send', text, at: now(), failuresBefore: new Set(failureSignals(doc)) };
        schedulePoll();
      } else if (action === 'cancel' || action === 'dismiss') {
        flow.pending = undefined;
      }
      return;
    }
    const control = connectControl(target);
    if (control) {
      const p = personAround(control, doc);
      const parent = control.parentElement;
      armed = { control, parent, ...p, at: now(), key: newKey(), failuresBefore: new Set(failureSignals(doc)), labelledBefore: labelledIn(parent) };
      schedulePoll();
    }
  }

  /** Runs after LinkedIn's own click handlers (bubble phase on window): a dialog closed synchronously is seen now. */
  function afterClick() {
    if ([...flows.values()].some((f) => f.pending)) settle();
    if (armed) checkDirect(now());
  }

  function onKey(ev: KeyboardEvent) {
    scanUntil = now() + scanWindow;
    if (ev.key === 'Escape') {
      const f = flowAt(eventTarget(ev));
      if (f) f.pending = undefined; // Esc closes the dialog: nothing was sent by it
    }
  }

  /**
   * Debounced rendering with a ceiling: findings follow a pause of DEBOUNCE_MS, and never lag more
   * than MAX_LAG_MS behind continuous typing. One timer per burst (re-armed only when it fires
   * early), so a keystroke costs a timestamp, not a clearTimeout/setTimeout pair.
   */
  function onInput(ev: Event) {
    if (flows.size === 0) return; // typing anywhere else on LinkedIn costs nothing here
    const flow = flowAt(eventTarget(ev));
    if (!flow) return;
    const t0 = now();
    if (flow.typing) {
      flow.typing.last = t0;
      return;
    }
    const typing = { first: t0, last: t0, timer: undefined as unknown as ReturnType<typeof setTimeout> };
    const fire = () => {
      const t = now();
      const due = Math.min(typing.last + DEBOUNCE_MS, typing.first + MAX_LAG_MS);
      if (t < due) {
        typing.timer = setTimeout(fire, due - t);
        return;
      }
      flow.typing = undefined;
      render(flow, true);
    };
    typing.timer = setTimeout(fire, DEBOUNCE_MS);
    flow.typing = typing;
  }

  function onPageHide() {
    settle(true);
  }

  const opts = { capture: true, signal: ctx.signal };
  doc.addEventListener('click', onClick, opts);
  doc.addEventListener('keydown', onKey, opts);
  doc.addEventListener('input', onInput, opts);
  win.addEventListener('click', afterClick, { signal: ctx.signal });
  win.addEventListener('pagehide', onPageHide, { signal: ctx.signal });
  const unsubscribe = ctx.watch.subscribe(scan);
  // The engine arrived after the person started typing: look at the note that is already there.
  const offReady = onEngineReady(() => {
    for (const f of flows.values()) {
      if (f.step !== 'note') continue;
      f.sig = undefined;
      render(f, true);
    }
  });
  ctx.onSettings(() => {
    for (const f of flows.values()) render(f);
  });

  return {
    scan,
    flows,
    destroy() {
      unsubscribe();
      offReady();
      if (poll !== undefined) clearTimeout(poll);
      for (const f of flows.values()) {
        if (f.typing) clearTimeout(f.typing.timer);
        f.host?.destroy();
      }
      flows.clear();
    },
  };
}

export const inviteFeature: Feature = {
  id: 'invite',
  init(ctx) {
    const coach = createInviteCoach(ctx);
    return () => coach.destroy();
  },
};
