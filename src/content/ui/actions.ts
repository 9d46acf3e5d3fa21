/**
 * What the panel's menu does beyond the panel: switching a rule off or on in the person's settings
 * (the options page shows the same switch), and opening the options page (only the background
 * may do that). Never throws into the page: an orphaned or unreachable extension does nothing.
 */
import { send } from '../browser';

/** Switches a rule on or off in the stored settings (the background writes them, wherever they live); true when it was saved. */
export async function setRuleOn(rule: string, on: boolean): Promise<boolean> {
  return (await send({ kind: 'set-rule-on', rule, on }))?.ok === true;
}

export function openSettings(): void {
  void send({ kind: 'open-options' });
}
