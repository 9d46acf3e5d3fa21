/**
 * The composer/comment selectors against the saved fixtures, alternative by alternative (the
 * refined-github `_` idea, offline): which alternatives match in which variant. When LinkedIn
 * changes markup, this table shows which alternative still carries the feature.
 */
import { describe, it, expect } from 'vitest';
import { COMMENT_EDITOR, COMMENT_SUBMIT, COMPOSER_DIALOG, COMPOSER_EDITOR, COMPOSER_SUBMIT, POST_CONTAINER, POST_TEXT } from '../../../src/content/linkedin/selectors';
import { queryAllDeep } from '../../../src/content/linkedin/roots';
import { loadFixture } from './helpers';

const count = (sel: string) => queryAllDeep([sel]).length;

describe('composer selectors', () => {
  it.each(['composer-ember-en.html', 'composer-sdui-de.html'])('%s: the first dialog, editor and submit alternatives match exactly once', (f) => {
    loadFixture(f);
    expect(count(COMPOSER_DIALOG[0])).toBe(1);
    expect(count(COMPOSER_DIALOG[1])).toBe(1);
    const dialog = queryAllDeep(COMPOSER_DIALOG)[0]!;
    expect(dialog.querySelectorAll(COMPOSER_EDITOR[0]).length).toBe(1);
    expect(dialog.querySelectorAll(COMPOSER_EDITOR[1]).length).toBe(1);
    expect(dialog.querySelectorAll(COMPOSER_SUBMIT[0]).length).toBe(1);
  });
  it('comment pages hold no composer dialog', () => {
    for (const f of ['comment-react-en.html', 'comment-react-de.html', 'comment-ember-de.html']) {
      loadFixture(f);
      expect(count(COMPOSER_DIALOG[0]) + count(COMPOSER_DIALOG[1])).toBe(0);
    }
  });
});

describe('comment selectors', () => {
  it('TipTap (EN): the aria-label and the wrapper alternatives find the one rendered box', () => {
    loadFixture('comment-react-en.html');
    expect(count(COMMENT_EDITOR[0])).toBe(1);
    expect(count(COMMENT_EDITOR[1])).toBe(1);
    expect(count(COMMENT_EDITOR[2])).toBe(0);
    expect(document.querySelector('form')!.querySelectorAll(COMMENT_SUBMIT[6]).length).toBe(1);
    expect(count(POST_CONTAINER[2])).toBe(2);
    expect(document.querySelector(POST_CONTAINER[2])!.querySelectorAll(POST_TEXT[0]).length).toBe(1);
  });
  it('TipTap (DE): the English aria-label misses, the language-free wrapper finds it', () => {
    loadFixture('comment-react-de.html');
    expect(count(COMMENT_EDITOR[0])).toBe(0);
    expect(count(COMMENT_EDITOR[1])).toBe(1);
  });
  it('Ember (DE): found through the comment form; no submit button before typing', () => {
    loadFixture('comment-ember-de.html');
    expect(count(COMMENT_EDITOR[2])).toBe(1);
    expect(count(COMMENT_EDITOR[3])).toBe(1);
    expect(document.querySelector('form')!.querySelectorAll(COMMENT_SUBMIT.join(',')).length).toBe(0);
    expect(count(POST_CONTAINER[5])).toBe(1);
    expect(document.querySelector(POST_CONTAINER[5])!.querySelectorAll(POST_TEXT[1]).length).toBe(1);
  });
  it('the composer page: the comment alternatives match only the comment form, never the sharebox editor', () => {
    loadFixture('composer-ember-en.html');
    const hits = queryAllDeep(COMMENT_EDITOR);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.closest('form.comments-comment-box__form')).not.toBeNull();
  });
});
