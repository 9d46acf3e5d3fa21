/**
 * The interplay of the rules (src/engine/interplay.ts): switching a rule off never changes what any
 * other rule says. For every corpus case and every rule A of its surface, the findings with A off are
 * exactly the findings with every rule on, minus A's. This covers every pair (A, B) of rules.
 */
import { describe, expect, it } from 'vitest';
import { analyze, RULE_IDS, type AnalyzeInput, type Surface } from '../../../src/engine/index';
import { ALL } from '../../corpus/score';

const SURFACES: Surface[] = ['invite', 'post', 'comment'];

describe('switching a rule off', () => {
  it.each(SURFACES)('never changes another rule\'s findings (%s corpus)', (surface) => {
    const ids = RULE_IDS.filter((r) => r.startsWith(surface + '.'));
    const changed: string[] = [];
    for (const c of ALL.filter((x) => x.surface === surface)) {
      const input: AnalyzeInput = { text: c.text, surface, recipient: c.recipient, sender: c.sender, history: c.history, post: c.post };
      const all = JSON.stringify(analyze(input).findings);
      for (const off of ids) {
        const without = JSON.stringify(analyze({ ...input, disabled: [off] }).findings);
        const expected = JSON.stringify(JSON.parse(all).filter((f: { rule: string }) => f.rule !== off));
        if (without !== expected) changed.push(`${c.id}: ${off} off`);
      }
    }
    expect(changed).toEqual([]);
  }, 60_000); // every corpus case once per rule: several seconds on a loaded machine

  it('keeps invite.generic silent on a pitching note when invite.sales-pitch is off', () => {
    const text = 'Hi Tom, I would like to add you to my network. We help companies like yours cut payroll costs by 30%.';
    const on = analyze({ text, surface: 'invite' }).findings.map((f) => f.rule);
    expect(on).toContain('invite.sales-pitch');
    expect(on).not.toContain('invite.generic');
    expect(analyze({ text, surface: 'invite', disabled: ['invite.sales-pitch'] }).findings.map((f) => f.rule)).toEqual([]);
  });

  it('keeps post.too-personal silent on a selling post when post.sales-pitch is off', () => {
    const text = 'Beach day with my kids and a BBQ at sunset. Book a demo of our app today, 20% off this week only!';
    const on = analyze({ text, surface: 'post' }).findings.map((f) => f.rule);
    expect(on).toContain('post.sales-pitch');
    expect(on).not.toContain('post.too-personal');
    expect(analyze({ text, surface: 'post', disabled: ['post.sales-pitch'] }).findings.map((f) => f.rule)).not.toContain('post.too-personal');
  });
});
