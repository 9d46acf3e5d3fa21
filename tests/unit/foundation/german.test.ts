/**
 * German as a Swiss professional writes it (_locales/de): "Sie" throughout (LinkedIn's German UI
 * and Swiss business usage), no informal imperatives, Swiss "ss", one quotation style (« »),
 * a space before "%", "Notiz" for the invitation note and "Direktnachricht" for messages.
 */
import { describe, it, expect } from 'vitest';
import de from '../../../_locales/de/messages.json';
import en from '../../../_locales/en/messages.json';

const D = Object.entries(de as Record<string, { message: string }>).map(([k, v]) => [k, v.message] as const);
const E = Object.entries(en as Record<string, { message: string }>).map(([k, v]) => [k, v.message] as const);
const offenders = (re: RegExp, list = D) => list.filter(([, m]) => re.test(m)).map(([k, m]) => `${k}: ${m}`);

/** Informal imperatives that Rapport's old German used ("Schreib", "Prüf", "Setz" …). */
const DU_IMPERATIVE = /(^|[:.!?]\s+)(Schreib|Prüf|Setz|Nenn|Stell|Teil|Ergänze|Verbinde|Schliess|Beschränk|Beginn|Trag|Kürze|Schalte|Poste|Starte|Exportiere|Importiere|Ersetze|Vernetz|Bau|Lass|Denk|Frag)\b(?!\s+Sie\b)/;

describe('German locale', () => {
  it('says "Sie": no du, dein, dich, dir, euch', () => {
    expect(offenders(/\b(du|dein\w*|dich|dir|euch|euer|eure\w*|ihr)\b/)).toEqual([]);
  });
  it('has no informal imperatives', () => {
    expect(offenders(DU_IMPERATIVE)).toEqual([]);
  });
  it('writes Swiss "ss", never "ß"', () => {
    expect(offenders(/ß/)).toEqual([]);
  });
  it('quotes with « » only', () => {
    expect(offenders(/["„“”‚‘’]/)).toEqual([]);
  });
  it('puts a space before %', () => {
    expect(offenders(/[\d$}]%/)).toEqual([]);
  });
  it('calls the invitation note "Notiz" and direct messages "Direktnachricht"', () => {
    expect(offenders(/persönliche\w* Nachricht/)).toEqual([]);
    const msgs = D.filter(([k]) => /kind_messages?$/.test(k));
    expect(msgs.length).toBeGreaterThan(0);
    for (const [, m] of msgs) expect(m.replace(/\u00ad/g, '')).toMatch(/Direktnachricht/); // (a soft hyphen may break it in a narrow tile)
  });
});

describe('English locale', () => {
  it('quotes with curly quotes only', () => {
    expect(offenders(/"/, E)).toEqual([]);
  });
});
