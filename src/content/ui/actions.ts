/**
 * What the panel's menu does beyond the panel: switching a rule off or on in the person's settings
 * (the options page shows the same switch), and opening the options page (only the background
 * may do that). Never throws into the page: an orphaned or unreachable extension does nothing.
 */
import { api, send } from '../browser';
import { normalizeSettings, SETTINGS_KEY } from '../../shared/settings';
import type { RuleId } from '../../engine/types';

/** Switches a rule on or off in the stored settings; true when it was saved. */
export async function setRuleOn(rule: string, on: boolean): Promise<boolean> {
  try {
    const sync = api()?.storage.sync;
    if (!sync) return false;
    const s = normalizeSettings((await sync.get(SETTINGS_KEY))[SETTINGS_KEY]);
    const id = rule as RuleId;
    const has = s.disabledRules.includes(id);
    if (on === !has) return true;
    s.disabledRules = on ? s.disabledRules.filter((r) => r !== id) : [...s.disabledRules, id];
    await sync.set({ [SETTINGS_KEY]: normalizeSettings(s) });
    return true;
  } catch {
    return false;
  }
}

export function openSettings(): void {
  void send({ kind: 'open-options' });
}
