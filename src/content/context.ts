/** What every content feature gets: the DOM watch, live settings, the UI language, an abort signal. */
import type { Lang, RuleId } from '../engine/types';
import type { Settings } from '../shared/settings';
import type { DomWatch } from './linkedin/observe';

export interface FeatureContext {
  doc: Document;
  watch: DomWatch;
  /** Current settings (kept live from their home, src/shared/settings.ts). */
  settings(): Settings;
  /** UI language for our panels: the setting, else LinkedIn's page language. */
  lang(): Lang;
  isRuleOn(rule: RuleId): boolean;
  /** Aborted when the feature must tear down (extension update, takeover by a newer instance). */
  signal: AbortSignal;
  /** Register a callback for settings changes. */
  onSettings(fn: (s: Settings) => void): void;
  /** DOM tests only (happy-dom cannot make trusted events): count synthetic clicks as the person's. */
  acceptUntrusted?: boolean;
}

export interface Feature {
  id: string;
  /** Starts the feature; returns a teardown. Must never throw into the page (errors are caught). */
  init(ctx: FeatureContext): void | (() => void);
}
