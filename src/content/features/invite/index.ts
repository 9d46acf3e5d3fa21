/**
 * The invitation coach: when LinkedIn's invitation dialog opens (any Connect entry point, light
 * DOM, #interop-outlet shadow root or an interop iframe, whose own content script instance runs
 * this too), show Rapport's panel inside the dialog: the empty-note warning in the first step,
 * findings that follow typing in the note step, LinkedIn's note limit and monthly note quota.
 * When an invitation really goes out, record one `invite` event. Advisory only: never blocks,
 * clicks, types or changes LinkedIn's UI.
 *
 * Three parts: ./flow.ts tracks which dialog belongs to which invitation, ./view.ts turns what
 * was read into the panel's content (pure), ./send.ts decides whether a Send went out and records
 * it. This file describes the dialog as a surface of the shared lifecycle
 * (src/content/coach/lifecycle.ts). DOM notes: docs/linkedin-dom.md §1. Fixtures:
 * tests/fixtures/linkedin/invite-*.html.
 */
import type { Feature, FeatureContext } from '../../context';
import type { HistoryEntry, Lang } from '../../../engine/types';
import { analyze, formatMessage, onEngineReady, preloadEngine } from '../../engine';
import { send } from '../../browser';
import { t } from '../../i18n';
import { INVITE } from '../../linkedin/selectors';
import { eventTarget, queryIn } from '../../linkedin/roots';
import { mountHost, placeInDialog, themeAt } from '../../ui/host';
import { setAttr } from '../../ui/dom';
import { applyFix } from '../../ui/fix';
import { counted } from '../../ui/toast';
import { createPanel, PANEL_CSS, type Panel } from '../../ui/panel';
import { createLifecycle, personal, type Surface } from '../../coach/lifecycle';
import { actionOf, dialogAlive, noteField, noteLimit, notePeek, notesLeft, noteText, senderName, stepOf } from './dialog';
import { createFlowTracker, type Flow } from './flow';
import { inviteView } from './view';
import { confirmSend, newFailures, PENDING_MAX_MS, recordInvite, snapshot, type SendSnapshot } from './send';

export { snippetOf } from './view';

export interface CoachOptions {
  /** How long after a click, key, focus, start or navigation dialogs are looked for (tests shorten it). */
  scanWindowMs?: number;
}

export function createInviteCoach(ctx: FeatureContext, options: CoachOptions = {}) {
  const doc = ctx.doc;
  const win = doc.defaultView ?? window;
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
  const pageDoc = (): Document => {
    try {
      return inSubframe ? (win.top?.document ?? doc) : doc;
    } catch {
      return doc; // cross-origin top
    }
  };
  const tracker = createFlowTracker(doc, pageDoc, (f) => life.pending(f), options.scanWindowMs);

  // ── drawing ────────────────────────────────────────────────────────────────

  function ensurePanel(flow: Flow): Panel {
    const d = flow.dialog;
    if (flow.host && flow.panel && flow.host.host.isConnected && d.contains(flow.host.host)) return flow.panel;
    flow.host?.destroy();
    const host = mountHost(
      'invite',
      d,
      // Inside LinkedIn's dialog, in its scroll area right above its buttons ("Send without a note" / "Send").
      (h) => placeInDialog(h, d, queryIn(d, INVITE.actionbar), noteField(d)),
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

  function historyOf(flow: Flow): HistoryEntry[] {
    const h = flow.history;
    if (!h) return [];
    if (flow.historyInput?.from !== h) {
      flow.historyInput = {
        from: h,
        entries: h.entries.map((e) => (e.recipient ? { fingerprint: e.fingerprint, recipient: e.recipient } : { fingerprint: e.fingerprint })),
      };
    }
    return flow.historyInput.entries;
  }

  /**
   * `typed`: called for typing in the note. Then only the note changed: the limit and the month's
   * quota are taken from the last full look at the dialog (a scan after any change to it).
   */
  function render(flow: Flow, typed = false) {
    if (flow.done) return;
    const lang: Lang = ctx.lang();
    const d = flow.dialog;
    const step = (flow.step = stepOf(d));
    const field = (flow.field = step === 'note' ? noteField(d) : null);
    const text = field ? noteText(field) : '';
    const limit = field ? (typed && flow.limit !== undefined ? flow.limit : (flow.limit = noteLimit(d, field))) : null;
    if (!typed && (step === 'gate' || step === 'note')) {
      const left = notesLeft(d);
      if (left !== null) {
        notesLeftKnown = left;
        quotaUsed = left === 0;
        rememberQuota(left);
      } else if (step === 'note' && quotaUsed) {
        // a note field after all (Premium now, or a new month): the remembered "used up" is stale
        quotaUsed = false;
        notesLeftKnown = null;
        rememberQuota(null);
      }
    }
    if (step === 'upsell') {
      quotaUsed = true;
      notesLeftKnown = 0;
      rememberQuota(0);
    }
    if (step === 'note') loadHistory(flow);
    // Nothing changed since the last render (a mutation tick while the person pauses): no work.
    const h = flow.history;
    const sig = [step, text, limit, lang, flow.recipient, flow.headline, h?.entries.length ?? -1, h?.recipientKey ?? '', ctx.settings().disabledRules.join(), quotaUsed, notesLeftKnown].join('\u0001');
    const placed = !flow.panel || (flow.host !== undefined && flow.host.host.isConnected && d.contains(flow.host.host));
    if (sig === flow.sig && placed) return updateTheme(flow);
    flow.sig = sig;
    let findings: ReturnType<typeof analyze>['findings'] = [];
    if (step === 'note' && text.trim()) {
      try {
        const sender = (flow.sender ??= senderName(doc));
        findings = analyze({
          text,
          surface: 'invite',
          recipient: { name: flow.recipient || undefined, headline: flow.headline || undefined },
          sender: { name: sender || undefined },
          history: historyOf(flow),
          recipientKey: h?.recipientKey,
          historyKey: h?.key,
          disabled: ctx.settings().disabledRules,
        }).findings;
      } catch {
        findings = [];
      }
    }
    const view = inviteView({
      step,
      text,
      limit,
      findings,
      quotaUsed,
      notesLeft: notesLeftKnown,
      recipient: flow.recipient,
      lang,
      isRuleOn: ctx.isRuleOn,
      message: (id, params) => formatMessage(id, params ?? {}, lang),
      t: (key, ...subs) => t(lang, key, ...subs),
    });
    if (!view && !flow.panel) return; // not a step we know: draw nothing
    // Otherwise the panel exists even with nothing to say yet (folded to zero size), so its live region
    // is in place before the first finding arrives.
    const fresh = !flow.panel || !flow.host?.host.isConnected || !d.contains(flow.host.host);
    const panel = ensurePanel(flow);
    if (!typed) updateTheme(flow); // a new host gets its theme when mounted; a theme switch is seen by the next scan
    // Typing mostly leaves the panel as it was: redraw it only when what it says changed.
    const shown = JSON.stringify(view ?? { items: [] });
    if (fresh || shown !== flow.shown) panel.update(view ?? { items: [] });
    flow.shown = shown;
  }

  function updateTheme(flow: Flow) {
    const host = flow.host?.host;
    if (host) setAttr(host, 'data-theme', themeAt(host));
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

  // ── the month's note quota, remembered by the background across page loads ──

  let quotaAsked = false;
  /** What the background holds, as far as this page knows (undefined: not asked yet). */
  let quotaSaid: number | null | undefined;

  /** Asks once per page, when an invitation is under way, so a fresh page does not advise a note LinkedIn will refuse. */
  function recallQuota() {
    if (quotaAsked) return;
    quotaAsked = true;
    void send({ kind: 'note-quota' }).then((reply) => {
      if (!reply || ctx.signal.aborted) return;
      quotaSaid ??= reply.left;
      if (reply.left === null || notesLeftKnown !== null || quotaUsed) return; // the dialog has spoken meanwhile
      notesLeftKnown = reply.left;
      quotaUsed = reply.left === 0;
      for (const f of life.boxes) render(f);
    });
  }

  function rememberQuota(left: number | null) {
    if (left === quotaSaid) return;
    quotaSaid = left;
    void send({ kind: 'note-quota', left });
  }

  // ── the dialog as a lifecycle surface ──────────────────────────────────────

  const failed = (before: Set<Element>) => newFailures(doc, before);

  function direct() {
    const key = tracker.direct(Date.now(), failed);
    if (key) void recordInvite(false, key).then((r) => counted(ctx.lang(), r, 'invite'));
  }

  /** While a Connect click waits for its dialog or its Pending flip, look again every 100 ms. */
  function schedulePoll() {
    if (!tracker.armed || poll !== undefined) return;
    poll = setTimeout(() => {
      poll = undefined;
      life.scan('poll');
    }, 100);
  }

  const surface: Surface<Flow, SendSnapshot> = {
    find(reason) {
      if (ctx.signal.aborted) return [];
      const found = tracker.find(reason);
      for (const f of found) {
        if (f.host) continue;
        preloadEngine(); // an invitation dialog: have the engine there by the note
        recallQuota();
      }
      direct();
      schedulePoll();
      return found;
    },
    alive: (f) => !f.done && dialogAlive(f.dialog),
    owns: (f, target) => f.dialog.contains(target),
    textRoot: (f) => f.dialog, // LinkedIn swaps the first step for the note step inside it
    peek: (f) => notePeek(f.field?.isConnected && f.dialog.contains(f.field) ? f.field : (f.field = noteField(f.dialog))),
    render,
    submit(f, target) {
      const action = actionOf(f.dialog, target);
      if (action === 'send') {
        const text = noteText(noteField(f.dialog));
        return text.trim() ? snapshot(doc, true, text) : null;
      }
      if (action === 'send-empty') return snapshot(doc, false, '');
      return action === 'cancel' || action === 'dismiss' ? 'cancel' : null;
    },
    confirm: (f, s, _age, final) => confirmSend(doc, f.dialog, s, Date.now(), final || inSubframe),
    record(f, s) {
      tracker.forget(f);
      void recordInvite(s.note, f.key, s.text, f.recipient, f.sender ?? senderName(doc)).then((r) => counted(ctx.lang(), r, s.note ? 'invite_note' : 'invite'));
      if (s.note && notesLeftKnown !== null && notesLeftKnown > 0) rememberQuota(--notesLeftKnown);
    },
    retire(f) {
      f.host?.destroy();
      f.host = undefined;
      f.panel = undefined;
      f.sig = undefined;
    },
    submitWindowMs: PENDING_MAX_MS,
  };

  // Registered before the lifecycle's own listeners, so a Connect click is known when it scans. (A
  // Connect control pressed with Enter or Space is a click too; no keydown listener, so typing costs nothing here.)
  const opts = { capture: true, passive: true, signal: ctx.signal } as const;
  doc.addEventListener(
    'click',
    (ev) => {
      tracker.pressed(personal(ctx, ev) ? eventTarget(ev) : null);
      if (tracker.armed) recallQuota(); // a Connect click: the answer is there before LinkedIn's dialog
    },
    opts,
  );
  const life = createLifecycle(ctx, surface);
  // After LinkedIn's own click handlers (bubble phase on window): a Connect that flipped to Pending at once.
  win.addEventListener('click', () => tracker.armed && direct(), { passive: true, signal: ctx.signal });

  // The engine arrived after the person started typing: look at the note that is already there.
  const offReady = onEngineReady(() => {
    for (const f of life.boxes) {
      if (f.step !== 'note') continue;
      f.sig = undefined;
      render(f, true);
    }
  });
  ctx.onSettings(() => life.refresh());

  return {
    scan: (reason = 'mutation') => life.scan(reason),
    flows: tracker.flows,
    destroy() {
      offReady();
      if (poll !== undefined) clearTimeout(poll);
      life.destroy();
      tracker.flows.clear();
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
