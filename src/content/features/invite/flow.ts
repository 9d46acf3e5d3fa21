/**
 * Tracking invitation flows: which dialog belongs to which invitation, from the person's click on
 * a Connect control (profile, search, My Network, rails) through the first step to the note
 * step, which LinkedIn may render as a new dialog (adopted by the same flow), and the My Network
 * Connect that sends at once without a dialog (the control flips to Pending).
 *
 * The recipient is the person the clicked control names, or the dialog's own <strong>, or the
 * profile the dialog opened on. A "More profiles for you" rail labels other people "Invite <Name>
 * to connect": a rail control counts for its own person only, never lends its name or its
 * headline to the profile's, nor takes the profile's (docs/linkedin-dom.md §1.1).
 */
import type { InviteHistoryReply } from '../../../shared/messages';
import type { HistoryEntry } from '../../../engine/types';
import type { Host } from '../../ui/host';
import type { Panel } from '../../ui/panel';
import { isProfile } from '../../linkedin/url';
import { recognised } from '../../health';
import {
  connectControl,
  dialogAlive,
  dialogRecipient,
  failureSignals,
  findDialogs,
  flippedToPending,
  hasInteropFrame,
  labelledIn,
  personAround,
  profilePerson,
  stepOf,
  type Step,
} from './dialog';

/** After a click or navigation, look for a dialog for this long (the feed's churn costs nothing otherwise). */
const SCAN_WINDOW_MS = 8000;
/** A My Network Connect that sends at once must flip to Pending within this time. */
const DIRECT_MAX_MS = 6000;
/** A flow whose dialog was re-created (step 2 rendered as a new dialog) is adopted within this time. */
const ADOPT_MS = 10_000;

export interface Flow {
  key: string;
  dialog: Element;
  recipient: string;
  headline: string;
  step: Step;
  lastAt: number;
  host?: Host;
  panel?: Panel;
  /** Rules the person said "Not now" to for this invitation (src/content/ui/panel.ts). */
  muted: Set<string>;
  collapsed: boolean;
  history?: InviteHistoryReply;
  historyFor?: string;
  /** The engine's view of `history`, built once per reply: the engine caches its duplicate index per array. */
  historyInput?: { from: InviteHistoryReply; entries: HistoryEntry[] };
  done: boolean;
  /** What the last render was computed from (skip identical renders). */
  sig?: string;
  /** What the panel shows now (skip identical panel updates). */
  shown?: string;
  /** The sender's own name, read once per dialog. */
  sender?: string;
  /** The note field as last read (a cheap look at its text while the person types). */
  field?: Element | null;
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

export const newKey = () => `inv-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

export interface FlowTracker {
  readonly flows: Map<Element, Flow>;
  /** Is a Connect click waiting for its dialog or its Pending flip? */
  readonly armed: boolean;
  /** The flows whose dialogs are on screen now (none while idle: a busy feed costs nothing). */
  find(reason: string): Flow[];
  /** The person pressed something: look for dialogs for a while; a Connect control arms a flow. */
  pressed(target: Element | null): void;
  /** A direct Connect flipped to Pending: its record key, once; null otherwise. */
  direct(now: number, failed: (before: Set<Element>) => boolean): string | null;
  /** A flow was recorded or given up: forget it. */
  forget(flow: Flow): void;
}

/** `pending(flow)`: a Send of the flow is being confirmed (such a flow is neither adopted nor forgotten). */
export function createFlowTracker(doc: Document, pageDoc: () => Document, pending: (f: Flow) => boolean, scanWindow = SCAN_WINDOW_MS): FlowTracker {
  const flows = new Map<Element, Flow>();
  let armed: Armed | null = null;
  let scanUntil = 0;
  const now = () => Date.now();

  function adoptable(step: Step, recipient: string): Flow | undefined {
    for (const [d, f] of flows) {
      if (f.done || pending(f) || dialogAlive(d) || now() - f.lastAt > ADOPT_MS) continue;
      if (armed && armed.at >= f.lastAt) continue; // a new Connect click since: a new invitation
      if (step === 'note' || step === 'upsell' || (recipient && recipient === f.recipient)) return f;
    }
    return undefined;
  }

  function flowFor(dialog: Element): Flow {
    const existing = flows.get(dialog);
    if (existing) return existing;
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
    recognised('invite', dialog);
    return flow;
  }

  return {
    flows,
    get armed() {
      return armed !== null;
    },
    find(reason) {
      const t0 = now();
      // Dialogs open after the person did something: a start, a navigation, focus moving (LinkedIn focuses
      // the new dialog), a click or a key. Otherwise an idle tick returns at once.
      if (reason === 'start' || reason === 'navigation' || reason === 'focus') scanUntil = t0 + scanWindow;
      if (flows.size === 0 && !armed && t0 > scanUntil) return [];
      const out: Flow[] = [];
      for (const d of findDialogs(doc, armed !== null && t0 - armed.at < DIRECT_MAX_MS)) {
        if (!dialogAlive(d)) continue;
        const flow = flowFor(d);
        if (flow.done) continue;
        flow.lastAt = t0;
        const name = dialogRecipient(d);
        if (name) flow.recipient = name;
        out.push(flow);
      }
      // Forget flows whose dialog closed without a Send (Esc, Dismiss, Cancel) once they can no longer be adopted.
      for (const [d, f] of flows) if (!pending(f) && !dialogAlive(d) && t0 - f.lastAt > ADOPT_MS) flows.delete(d);
      return out;
    },
    pressed(target) {
      scanUntil = now() + scanWindow;
      const control = connectControl(target);
      if (!control) return;
      const p = personAround(control, doc);
      const parent = control.parentElement;
      armed = { control, parent, ...p, at: now(), key: newKey(), failuresBefore: new Set(failureSignals(doc)), labelledBefore: labelledIn(parent) };
    },
    direct(t0, failed) {
      const a = armed;
      if (!a) return null;
      if (t0 - a.at > DIRECT_MAX_MS || hasInteropFrame(doc)) {
        armed = null;
        return null;
      }
      if (!flippedToPending(a.control, a.parent, a.name, a.labelledBefore)) return null;
      armed = null;
      return failed(a.failuresBefore) ? null : a.key;
    },
    forget(flow) {
      flow.done = true;
      flows.delete(flow.dialog);
    },
  };
}
