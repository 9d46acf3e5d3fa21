/** Every rule has metadata, messages, labels and descriptions in both languages (_locales), and corpus examples in both languages. */
import { describe, expect, it } from 'vitest';
import { RULES, RULE_IDS, type Lang } from '../../../src/engine/index';
import { t } from '../../../src/shared/i18n';
import { formatFinding } from '../../../src/shared/i18n-core';
import { ALL } from '../../corpus/score';

const all = ALL;
const formatMessage = (id: string, params: Record<string, string | number> | undefined, lang: Lang) => formatFinding(t, lang, id, params);
const ruleLabel = (id: string, lang: Lang) => t(lang, `rule_${id}_label`);
const ruleDescription = (id: string, lang: Lang) => t(lang, `rule_${id}_desc`);

describe('rule catalog', () => {
  it.each(RULE_IDS)('%s has metadata matching docs/rules.md', (id) => {
    expect(RULES[id].id).toBe(id);
    expect(id.startsWith(RULES[id].surface + '.')).toBe(true);
    expect(['error', 'warning', 'info']).toContain(RULES[id].severity);
  });
  it.each(RULE_IDS)('%s has a message, label and description in en and de', (id) => {
    const params = { name: 'John', expected: 'Anna', token: '[Name]', percent: 92, count: 8, max: 5, chars: 700 };
    const en = formatMessage(id, params, 'en');
    const de = formatMessage(id, params, 'de');
    for (const m of [en, de]) {
      expect(m).not.toBe(id);
      expect(m).not.toMatch(/\{\w+\}/);
      expect(m.length).toBeGreaterThan(20);
      expect(m.length).toBeLessThan(200);
    }
    expect(en).not.toBe(de);
    for (const lang of ['en', 'de'] as const) {
      expect(ruleLabel(id, lang).length).toBeGreaterThan(3);
      expect(ruleDescription(id, lang).length).toBeGreaterThan(10);
    }
    expect(ruleLabel(id, 'en')).not.toBe(ruleLabel(id, 'de'));
  });
  it('fills missing parameters with neutral words and never throws on unknown ids', () => {
    expect(formatMessage('invite.wrong-name', undefined, 'de')).toContain('diese Person');
    expect(formatMessage('no.such.rule', {}, 'en')).toBe('no.such.rule');
    expect(formatMessage('__proto__', {}, 'en')).toBe('__proto__');
  });
  it.each(RULE_IDS)('%s has positive and negative corpus examples in English and German', (id) => {
    for (const lang of ['en', 'de'] as const) {
      const cases = all.filter((c) => c.surface === id.slice(0, id.indexOf('.')) && c.lang === lang);
      expect(cases.filter((c) => c.expect.includes(id)).length, `${id} positives in ${lang}`).toBeGreaterThanOrEqual(1);
      expect(cases.filter((c) => !c.expect.includes(id) && !(c.skip ?? []).includes(id)).length).toBeGreaterThanOrEqual(5);
    }
  });
});

describe('corpus shape (issue 3)', () => {
  it('has at least 200 invitations, 120 posts, 60 comments, 40% German, half of each surface hard-ish', () => {
    const by = (s: string) => all.filter((c) => c.surface === s);
    expect(by('invite').length).toBeGreaterThanOrEqual(200);
    expect(by('post').length).toBeGreaterThanOrEqual(120);
    expect(by('comment').length).toBeGreaterThanOrEqual(60);
    expect(all.filter((c) => c.lang === 'de').length / all.length).toBeGreaterThanOrEqual(0.4);
    const ids = new Set(all.map((c) => c.id));
    expect(ids.size).toBe(all.length);
  });
});
