/** The editor text model behind highlights: text from text nodes, line breaks between blocks, offsets back to Ranges. */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readEditable, rangeFor } from '../../../src/content/ui/highlight';
import { loadFixture, deep } from './helpers';

function editorOf(html: string): HTMLElement {
  const d = document.createElement('div');
  d.setAttribute('contenteditable', 'true');
  const tpl = document.createElement('template');
  tpl.innerHTML = html; // test-only markup
  d.append(tpl.content);
  document.body.replaceChildren(d);
  return d;
}

describe('readEditable', () => {
  it('reads Quill paragraphs with empty lines as LinkedIn posts them', () => {
    const ed = editorOf('<p>First <strong>bold</strong> line</p><p><br></p><p>Third</p>');
    expect(readEditable(ed).text).toBe('First bold line\n\nThird');
  });
  it('ignores the trailing <br> placeholders of Quill and TipTap but keeps hard breaks', () => {
    expect(readEditable(editorOf('<p><br></p>')).text).toBe('');
    expect(readEditable(editorOf('<p></p>')).text).toBe('');
    expect(readEditable(editorOf('<p>a<br>b<br class="ProseMirror-trailingBreak"></p>')).text).toBe('a\nb');
    expect(readEditable(editorOf('<p>a</p><p><br></p><p><br></p>')).text).toBe('a\n\n');
  });
  it('handles lists and nested blocks without doubling breaks', () => {
    expect(readEditable(editorOf('<p>Intro</p><ul><li>one</li><li>two</li></ul><p>End</p>')).text).toBe('Intro\none\ntwo\nEnd');
    expect(readEditable(editorOf('<div>text<p>inner</p>tail</div>')).text).toBe('text\ninner\ntail');
  });
  it('keeps mentions and hashtags (non-editable spans) as text', () => {
    expect(readEditable(editorOf('<p>Thanks <span contenteditable="false" class="ql-mention">Anna Müller</span> #<span class="ql-hashtag">team</span></p>')).text).toBe(
      'Thanks Anna Müller #team',
    );
  });
  it('reads the composer of the Ember fixture', () => {
    loadFixture('composer-ember-en.html');
    const ed = deep('.share-creation-state .ql-editor')!;
    expect(readEditable(ed).text).toBe('Big news: our team shipped the new onboarding flow today.\n\nLike if you agree that onboarding matters!');
  });
});

describe('rangeFor maps text offsets back to the DOM', () => {
  it('points at the flagged words across formatting', () => {
    const ed = editorOf('<p>Big <em>news</em>: shipped</p><p><br></p><p>Like if you <strong>agree</strong>!</p>');
    const m = readEditable(ed);
    const s = m.text.indexOf('Like if you agree');
    expect(rangeFor(m, s, s + 'Like if you agree'.length)!.toString()).toBe('Like if you agree');
    const n = m.text.indexOf('news: ship');
    expect(rangeFor(m, n, n + 10)!.toString()).toBe('news: ship');
  });

  // Random documents: paragraphs of inline runs (plain, <strong>, <em>, hard <br>), empty lines.
  const run = fc.oneof(
    fc.record({ kind: fc.constantFrom('t', 'b', 'i'), text: fc.string({ minLength: 1, maxLength: 8, unit: fc.constantFrom('a', 'b', ' ', 'ü', '😀', '.') }) }),
    fc.constant({ kind: 'br', text: '' }),
  );
  const doc = fc.array(fc.array(run, { maxLength: 4 }), { minLength: 1, maxLength: 5 });

  it('agrees with an independent model of the text, and every range reads back its slice', () => {
    fc.assert(
      fc.property(doc, fc.nat(), fc.nat(), (paras, a, b) => {
        const built = document.createElement('div');
        document.body.replaceChildren(built);
        const lines: string[] = [];
        for (const runs of paras) {
          const p = document.createElement('p');
          let line = '';
          runs.forEach((r, i) => {
            if (r.kind === 'br') {
              p.append(document.createElement('br'));
              if (i < runs.length - 1) line += '\n'; // a trailing <br> is the block's placeholder
            } else {
              p.append(r.kind === 't' ? document.createTextNode(r.text) : Object.assign(document.createElement(r.kind === 'b' ? 'strong' : 'em'), { textContent: r.text }));
              line += r.text;
            }
          });
          if (!p.firstChild) p.append(document.createElement('br'));
          built.append(p);
          lines.push(line);
        }
        const expected = lines.join('\n');
        const m = readEditable(built);
        expect(m.text).toBe(expected);
        const len = m.text.length;
        const s = len ? a % (len + 1) : 0;
        const e = len ? s + (b % (len - s + 1)) : 0;
        const r = rangeFor(m, s, e);
        if (m.nodes.length) expect(r!.toString()).toBe(m.text.slice(s, e).replace(/\n/g, ''));
      }),
      { numRuns: 300 },
    );
  });
});
