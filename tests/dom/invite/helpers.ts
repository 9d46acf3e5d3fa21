/** Fixture loading and a FeatureContext for the invitation coach's DOM tests. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureContext } from '../../../src/content/context';
import { createDomWatch, type DomWatch } from '../../../src/content/linkedin/observe';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';
import type { Lang, RuleId } from '../../../src/engine/types';

const DIR = resolve(import.meta.dirname, '../../fixtures/linkedin');

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Our own fixture markup (trusted test input), parsed through a template element. */
function parse(html: string): DocumentFragment {
  const tpl = document.createElement('template');
  tpl.innerHTML = html;
  return tpl.content;
}

export function fixture(name: string): string {
  return readFileSync(resolve(DIR, name), 'utf8');
}

/**
 * Loads a fixture into the page. `shadow`: 'now' attaches the #interop-outlet shadow root content
 * at once, 'late' leaves the host without a shadow root (call attachShadowContent() later).
 */
export function load(name: string, opts: { shadow?: 'now' | 'late'; url?: string; title?: string } = {}): void {
  if (opts.url) history.replaceState({}, '', opts.url);
  document.title = opts.title ?? 'LinkedIn';
  document.documentElement.className = '';
  document.body.replaceChildren(parse(fixture(name)));
  if ((opts.shadow ?? 'now') === 'now') attachShadowContent();
}

/** Moves `<template data-shadow-root>` into an open shadow root of its host (as LinkedIn's SDUI shell does, possibly late). */
export function attachShadowContent(): ShadowRoot | null {
  const tpl = document.querySelector<HTMLTemplateElement>('template[data-shadow-root]');
  if (!tpl) return null;
  const host = tpl.parentElement!;
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  root.append(tpl.content.cloneNode(true));
  tpl.remove();
  return root;
}

/** Re-creates the #interop-outlet host with a fresh shadow root holding `html` (LinkedIn re-creates it). */
export function recreateInterop(html: string): ShadowRoot {
  document.getElementById('interop-outlet')?.remove();
  const host = document.createElement('div');
  host.id = 'interop-outlet';
  host.setAttribute('data-testid', 'interop-shadowdom');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  root.append(parse(html));
  return root;
}

/** Opens `<template data-modal>` in #artdeco-modal-outlet (Ember light DOM). */
export function openModal(): Element {
  const tpl = document.querySelector<HTMLTemplateElement>('template[data-modal]')!;
  const outlet = document.getElementById('artdeco-modal-outlet')!;
  outlet.append(tpl.content.cloneNode(true));
  return outlet.lastElementChild!;
}

export function interop(): ShadowRoot {
  return document.getElementById('interop-outlet')!.shadowRoot!;
}

export interface TestCtx extends FeatureContext {
  watch: DomWatch;
  abort(): void;
  setSettings(s: Partial<Settings>): void;
}

export function makeCtx(opts: { lang?: Lang; disabled?: RuleId[] } = {}): TestCtx {
  const ac = new AbortController();
  let settings: Settings = { ...structuredClone(DEFAULT_SETTINGS), disabledRules: opts.disabled ?? [] };
  const listeners = new Set<(s: Settings) => void>();
  const watch = createDomWatch(document, 10);
  return {
    doc: document,
    watch,
    acceptUntrusted: true, // happy-dom makes no trusted events
    settings: () => settings,
    lang: () => opts.lang ?? 'en',
    isRuleOn: (r) => !settings.disabledRules.includes(r),
    signal: ac.signal,
    onSettings: (fn) => void listeners.add(fn),
    abort() {
      ac.abort();
      watch.disconnect();
    },
    setSettings(s) {
      settings = { ...settings, ...s };
      listeners.forEach((fn) => fn(settings));
    },
  };
}

/** Our host (data-rapport-surface="invite") inside `scope`, and its shadow root. */
export function panelIn(scope: ParentNode): { host: HTMLElement; root: ShadowRoot } | null {
  const host = scope.querySelector<HTMLElement>('[data-rapport-surface="invite"]');
  return host?.shadowRoot ? { host, root: host.shadowRoot } : null;
}

/** Rule ids shown in a panel. */
export function rulesIn(scope: ParentNode): string[] {
  const p = panelIn(scope);
  if (!p || p.root.querySelector('.rp')?.hasAttribute('hidden') || p.root.querySelector('.list')?.hasAttribute('hidden')) return [];
  return [...p.root.querySelectorAll('[data-rapport-rule]')].map((e) => e.getAttribute('data-rapport-rule')!);
}

export function notesIn(scope: ParentNode): string[] {
  const p = panelIn(scope);
  if (!p || p.root.querySelector('.rp')?.hasAttribute('hidden')) return [];
  return [...p.root.querySelectorAll('[data-rapport-note]')].map((e) => e.getAttribute('data-rapport-note')!);
}

/** Types into a textarea the way a browser reports it (value changes, then a composed input event). */
export function type(ta: HTMLTextAreaElement, text: string): void {
  ta.value += text;
  ta.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
}

export function click(el: Element): void {
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
}
