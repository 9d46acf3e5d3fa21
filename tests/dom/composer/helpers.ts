/** Shared helpers for the composer and comment DOM tests: fixtures, a FeatureContext, typing. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureContext } from '../../../src/content/context';
import { createDomWatch, type DomWatch } from '../../../src/content/linkedin/observe';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';
import type { Lang, RuleId } from '../../../src/engine/types';

const DIR = resolve(import.meta.dirname, '../../fixtures/linkedin');

/** Loads a saved LinkedIn fixture into the document; `<template data-shadow-root>` becomes its parent's open shadow root. */
export function loadFixture(name: string): void {
  const tpl = document.createElement('template');
  tpl.innerHTML = readFileSync(resolve(DIR, name), 'utf8'); // our own fixture file, test only
  document.body.replaceChildren(tpl.content);
  for (const t of [...document.querySelectorAll<HTMLTemplateElement>('template[data-shadow-root]')]) {
    const host = t.parentElement!;
    const sr = host.attachShadow({ mode: 'open' });
    sr.append(t.content.cloneNode(true));
    t.remove();
  }
}

export interface TestCtx extends FeatureContext {
  watch: DomWatch;
  setSettings(patch: Partial<Settings>): void;
  abort(): void;
}

export function makeCtx(lang: Lang = 'en', settings: Partial<Settings> = {}): TestCtx {
  let s: Settings = { ...structuredClone(DEFAULT_SETTINGS), ...settings };
  const ac = new AbortController();
  const listeners = new Set<(s: Settings) => void>();
  const watch = createDomWatch(document, 5);
  return {
    doc: document,
    watch,
    acceptUntrusted: true, // happy-dom makes no trusted events
    settings: () => s,
    lang: () => lang,
    isRuleOn: (r: RuleId) => !s.disabledRules.includes(r),
    signal: ac.signal,
    onSettings: (fn) => listeners.add(fn),
    setSettings(patch) {
      s = { ...s, ...patch };
      listeners.forEach((fn) => fn(s));
    },
    abort() {
      ac.abort();
      watch.disconnect();
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Replaces an editor's content the way an editor does (new <p> per line) and fires `input`. */
export function setLines(editor: HTMLElement, lines: string[]): void {
  editor.replaceChildren(
    ...lines.map((l) => {
      const p = document.createElement('p');
      if (l) p.textContent = l;
      else p.append(document.createElement('br'));
      return p;
    }),
  );
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Finds an element in the document or the interop shadow root. */
export function deep<E extends Element = HTMLElement>(sel: string): E | null {
  return (document.querySelector<E>(sel) ?? document.getElementById('interop-outlet')?.shadowRoot?.querySelector<E>(sel)) || null;
}

/** Elements inside our hosts' shadow roots (anywhere). */
export function inHosts(sel: string, surface?: string): Element[] {
  const hosts = [
    ...document.querySelectorAll(`[data-rapport-surface${surface ? `="${surface}"` : ''}]`),
    ...(document.getElementById('interop-outlet')?.shadowRoot?.querySelectorAll(`[data-rapport-surface${surface ? `="${surface}"` : ''}]`) ?? []),
  ];
  return hosts.flatMap((h) => [...(h.shadowRoot?.querySelectorAll(sel) ?? [])]);
}

export function hosts(surface: string): Element[] {
  return [
    ...document.querySelectorAll(`[data-rapport-surface="${surface}"]`),
    ...(document.getElementById('interop-outlet')?.shadowRoot?.querySelectorAll(`[data-rapport-surface="${surface}"]`) ?? []),
  ];
}
