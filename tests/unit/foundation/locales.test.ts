/** _locales: both languages complete, names browsers accept, placeholders consistent. */
import { describe, it, expect } from 'vitest';
import en from '../../../_locales/en/messages.json';
import de from '../../../_locales/de/messages.json';
import { t, toLang, resolveLang } from '../../../src/shared/i18n';

type Cat = Record<string, { message: string }>;
const E = en as Cat;
const D = de as Cat;

describe('_locales', () => {
  it('has the same keys in English and German', () => {
    expect(Object.keys(D).sort()).toEqual(Object.keys(E).sort());
  });
  it('uses only names that Chrome and Firefox accept ([A-Za-z0-9_])', () => {
    const bad = Object.keys(E).filter((k) => !/^[A-Za-z0-9_]+$/.test(k));
    expect(bad).toEqual([]);
  });
  it('has a non-empty message for every key, with the same positional placeholders in both languages', () => {
    for (const k of Object.keys(E)) {
      expect(E[k]!.message.trim(), k).not.toBe('');
      expect(D[k]!.message.trim(), k).not.toBe('');
      const ph = (s: string) => [...new Set(s.match(/\$\d/g) ?? [])].sort();
      expect(ph(D[k]!.message), k).toEqual(ph(E[k]!.message));
    }
  });
  it('looks strings up with a language override and fills placeholders', () => {
    expect(t('de', 'appName')).toBe('Rapport');
    expect(t('en', 'no_such_key_here')).toBe('no_such_key_here');
    expect(toLang('de-CH')).toBe('de');
    expect(toLang('fr-CH')).toBe('en');
    expect(resolveLang('auto', 'de')).toBe('de');
    expect(resolveLang('en', 'de')).toBe('en');
  });
});
