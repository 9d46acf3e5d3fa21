/**
 * LinkedIn selectors, one section per feature. Every entry is an array of alternatives, most
 * stable first (semantic hooks: role, aria-label, data-test*, contenteditable), one comment each
 * naming the page variant it serves. Sources: ../../../shared/LINKEDIN-DOM.md (section numbers in
 * the comments). When LinkedIn changes markup, add an alternative and a fixture; never drop the
 * old one until it is proven dead.
 */

// ---------------------------------------------------------------------------------------------
// Post composer ("Start a post" / "Beitrag beginnen") and comment boxes. Owner: composer/comment.
// ---------------------------------------------------------------------------------------------

/** The composer dialog (sharebox), in #interop-outlet's shadow root (SDUI) or #artdeco-modal-outlet (Ember). §2.2 */
export const COMPOSER_DIALOG = [
  '[role="dialog"][data-test-modal-id="sharebox"]', // test hook on the artdeco modal, both stacks
  '[role="dialog"].share-box-v2__modal', // sharebox modal class, 2023-2026
  '[role="dialog"]:has(.share-creation-state)', // the creation state inside any dialog
  '[role="dialog"]:has(.ql-editor)', // any dialog holding a Quill editor (linkedin-buddy)
] as const;

/** The Quill editor of the composer (searched inside the dialog). §2.2 */
export const COMPOSER_EDITOR = [
  '[data-test-ql-editor-contenteditable="true"]', // LinkedIn's test hook on Quill editors
  '.ql-editor[contenteditable="true"]', // Quill's own class
  '[role="textbox"][contenteditable="true"]', // any rich textbox inside the sharebox
] as const;

/** The composer's "Post" / "Posten" button (searched inside the dialog). §2.2 */
export const COMPOSER_SUBMIT = [
  'button.share-actions__primary-action', // Ember-era class, still inside the interop shadow root 2026-06
  '.share-box_actions button.artdeco-button--primary', // primary button of the sharebox action bar
] as const;

/** A comment editor, TipTap (React feed) or Quill (Ember). §3 — never inside the composer dialog. */
export const COMMENT_EDITOR = [
  '[role="textbox"][contenteditable="true"][aria-label^="Text editor for creating comment"]', // React feed, EN (lhremote 2026-04)
  '[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="true"]', // React feed, any language
  'form.comments-comment-box__form [contenteditable="true"]', // Ember form (aria-label says "content", like the composer)
  '.comments-comment-texteditor [contenteditable="true"]', // Ember editor wrapper
  '.comments-comment-box-comment__text-editor[contenteditable="true"]', // older Ember builds
] as const;

/** The form / container of one comment box (closest to its editor). §3 */
export const COMMENT_FORM = [
  'form.comments-comment-box__form', // Ember
  'form', // React feed: the TipTap editor sits in a <form> with a submit button
  '.comments-comment-box', // Ember wrapper without a form (older builds)
] as const;

/** The submit button of a comment box (searched inside its form). §3 */
export const COMMENT_SUBMIT = [
  'button[class*="comments-comment-box__submit-button"]', // Ember; appears only once the editor has text
  'button[type="submit"]', // React feed ("Comment" / "Kommentieren"); starts disabled
] as const;

/** The post a comment box answers (closest ancestor). §4 */
export const POST_CONTAINER = [
  '[role="listitem"][componentkey*="FeedType_"]', // React feed item
  '[data-urn^="urn:li:activity:"]', // Ember feed item / post detail
  '.feed-shared-update-v2', // Ember feed item class
  '[role="article"]', // any article-like post wrapper
] as const;

/** The text of that post (searched inside the post container). §4 */
export const POST_TEXT = [
  '[data-testid="expandable-text-box"]', // React feed body
  '.update-components-text', // Ember body
  '.feed-shared-update-v2__description', // older Ember body
  '.feed-shared-inline-show-more-text', // older Ember body wrapper
] as const;
