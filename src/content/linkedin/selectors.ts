/**
 * LinkedIn selectors, one section per feature. Every entry is an array of alternatives, most
 * stable first (semantic hooks: role, aria-label, data-test*, contenteditable), one comment each
 * naming the page variant it serves. Section numbers (§) refer to docs/linkedin-dom.md, which
 * holds the evidence. When LinkedIn changes markup, add an alternative and a fixture
 * (tests/fixtures/linkedin/); never drop the old one until it is proven dead.
 */

// ---------------------------------------------------------------------------------------------
// Post composer ("Start a post" / "Beitrag beginnen") and comment boxes. Owner: composer/comment.
// ---------------------------------------------------------------------------------------------

/** The composer dialog: Quill in an artdeco modal (interop shadow root or light DOM), or TipTap in a native <dialog>. docs/linkedin-dom.md §2 */
export const COMPOSER_DIALOG = [
  '[role="dialog"][data-test-modal-id="sharebox"]', // test hook on the artdeco modal, both stacks
  '[role="dialog"].share-box-v2__modal', // sharebox modal class, 2023-2026 (variant A)
  '[role="dialog"]:has(.share-creation-state)', // the creation state inside any dialog
  '[role="dialog"]:has(.ql-editor)', // any dialog holding a Quill editor
  'dialog[open]:has([componentkey="ShareBox_textEditor"])', // SDUI composer, native <dialog>, TipTap (variant B, 2026-08+)
  'dialog[open]:has([data-sdui-screen*="sharing.ShareCompose"])', // same composer, by its SDUI screen name
] as const;

/** The composer's editor (searched inside the dialog). §2 */
export const COMPOSER_EDITOR = [
  '[data-test-ql-editor-contenteditable="true"]', // LinkedIn's test hook on Quill editors
  '.ql-editor[contenteditable="true"]', // Quill's own class
  '[role="textbox"][contenteditable="true"]', // any rich textbox inside the sharebox (also the TipTap one)
  '[componentkey="ShareBox_textEditor"][contenteditable]', // variant B: the key sits on the editor
  '[componentkey="ShareBox_textEditor"] [contenteditable="true"]', // variant B: the key on a wrapper
] as const;

/** The composer's "Post" / "Posten" button (searched inside the dialog); else see POST_LABELS. §2 */
export const COMPOSER_SUBMIT = [
  'button.share-actions__primary-action', // Ember-era class, still inside the interop shadow root 2026
  '.share-box_actions button.artdeco-button--primary', // primary button of the sharebox action bar
] as const;

/** Visible text of the composer's publish button when it has no known class (variant B: hashed classes). */
export const POST_LABELS: readonly string[] = ['Post', 'Posten'];

/** A comment editor, TipTap (SDUI feed and post detail) or Quill (Ember). §3 — never inside the composer dialog. */
export const COMMENT_EDITOR = [
  '[role="textbox"][contenteditable="true"][aria-label^="Text editor for creating comment"]', // SDUI, EN (lhremote 2026-04)
  '[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="true"]', // SDUI, any language
  'form.comments-comment-box__form [contenteditable="true"]', // Ember form (aria-label says "content", like the composer)
  '.comments-comment-texteditor [contenteditable="true"]', // Ember editor wrapper
  '.comments-comment-box-comment__text-editor[contenteditable="true"]', // older Ember builds
  '[role="textbox"][contenteditable][aria-label^="Texteditor zum Erstellen von Kommentaren"]', // SDUI, DE (live 2026-07/09)
  '[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="plaintext-only"]', // SDUI, plaintext-only editability
] as const;

/**
 * The box around one comment editor (closest first), where its submit and our hint go. The SDUI
 * box has no <form>: its key, else the TipTap wrapper's parent (see commentBox in features/comment).
 */
export const COMMENT_BOX = [
  'form.comments-comment-box__form', // Ember
  '[componentkey^="commentBox-"]', // SDUI comment box (early 2026 and later)
  'form', // a form around any other comment editor
  '.comments-comment-box', // Ember wrapper without a form (older builds)
] as const;

/** The submit button of a comment box (searched around its editor); else COMMENT_SUBMIT_LABELS. §3 */
export const COMMENT_SUBMIT = [
  'button[class*="comments-comment-box__submit-button"]', // Ember; appears only once the editor has text
  '[id*="commentButtonSection"] button', // SDUI: the section after the editor; no aria-label (2026-08)
  'button[componentkey*="commentButtonSection"]', // SDUI: the key on the button itself (2026-07…09)
  '[componentkey*="commentButtonSection"] button', // SDUI: the key on a wrapper
  'button[data-view-name="comment-post"]', // SDUI, January 2026 bucket
  'button[data-view-name="comment-reply-post"]', // same, replies
  'button[type="submit"]', // a submit button in a comment form
] as const;

/** Text of a formless comment box's submit (no aria-label; the action-bar toggle carries one). */
export const COMMENT_SUBMIT_LABELS: readonly string[] = ['Comment', 'Reply', 'Post', 'Kommentieren', 'Antworten', 'Senden', 'Posten'];

/** Icons that mark the action-bar Comment toggle, never a submit. §3 */
export const COMMENT_TOGGLE_ICON = 'svg#comment-small';

/** The post a comment box answers (closest ancestor). §4 */
export const POST_CONTAINER = [
  '[role="listitem"][componentkey^="expanded"]', // SDUI feed post (2026-08+)
  '[id^="expanded"] > [role="listitem"]', // same, the key as the parent's id (capture allowlist)
  '[role="listitem"][componentkey*="FeedType_"]', // SDUI feed item, other key shapes
  '[id^="expanded"][id*="FeedType_"]', // SDUI post detail shell: post AND its comment box (outside the post)
  '[componentkey^="update-card-focus"]', // SDUI post detail card (de, 2026-09)
  '[data-urn^="urn:li:activity:"]', // Ember feed item / post detail
  '.feed-shared-update-v2', // Ember feed item class
  '[role="article"]', // any article-like post wrapper
] as const;

/** The text of that post (searched inside the post container, else on a post-detail page). §4 */
export const POST_TEXT = [
  '[data-testid="expandable-text-box"]', // SDUI body
  '.update-components-text', // Ember body
  '.feed-shared-update-v2__description', // older Ember body
  '.feed-shared-inline-show-more-text', // older Ember body wrapper
] as const;

/** Comments posted under a post (a new one after a submit confirms it went through). §3 */
export const POSTED_COMMENT = [
  'article.comments-comment-entity', // Ember
  '[componentkey^="replaceableComment_"]', // SDUI feed
  '[id^="replaceableComment_"]', // SDUI post detail (id survives captures)
  'article[data-id^="urn:li:comment:"]', // Ember post detail
  '.comments-comment-item', // older Ember
] as const;

// ---------------------------------------------------------------------------------------------
// Habits: Like controls and the message editor. Owner: habits. §4, §5
// ---------------------------------------------------------------------------------------------
export const HABITS = {
  /** The Like ("react") control of a post or comment, on both feed stacks. */
  reactionTrigger: [
    'button[aria-label^="Reaction button state"]', // SDUI feed 2026: the label encodes the state, no aria-pressed
    'button[aria-label^="Status der Reaktionsschaltfläche"]', // same control, German UI
    'div[role="button"][aria-label^="Reaction button state"]', // SDUI post-detail variant (lhremote PR #778, 2026-05)
    'button[data-view-name="reaction-button"]', // SDUI, January 2026 bucket
    'button.react-button__trigger[aria-pressed]', // classic Ember feed and post-detail pages, 2023–2026
  ],
  /** The thing a reaction belongs to: its id is the de-duplication key (nearest first). */
  reactionOwner: [
    '[data-id^="urn:li:"]', // Ember comment entity (data-id="urn:li:comment:(…)")
    '[data-urn^="urn:li:"]', // Ember post container (data-urn="urn:li:activity:…")
    '[componentkey*="urn:li:"]', // SDUI feed list item (componentkey="…urn:li:activity:N…")
  ],
  /** The message editor (classic Ember msg-form, also in the overlay bubble and the interop root). */
  messageEditor: [
    'div.msg-form__contenteditable[contenteditable="true"]', // msg-form, 2021–2026
    'form.msg-form [role="textbox"][contenteditable="true"]', // same editor, by role
  ],
  messageForm: ['form.msg-form', '.msg-form'],
  messageSend: [
    'button.msg-form__send-button', // msg-form send button, 2021–2026
    'form.msg-form button[type="submit"]', // same, by type
  ],
} as const;

/** "Reaction button state: no reaction" and its German twin mean: not reacted. */
export const NO_REACTION_TEXT = /(?:no reaction|keine reaktion)\s*$/i;
export const REACTION_STATE_TEXT = /^(?:reaction button state|status der reaktionsschaltfläche)\s*:/i;

// ---------------------------------------------------------------------------------------------
// Invite: the Connect flow and LinkedIn's invitation dialog (§1). Owner: invite.
// Fallbacks for older builds carry a dated review note.
// ---------------------------------------------------------------------------------------------
export const INVITE = {
  /** The invitation dialog root (light DOM #artdeco-modal-outlet, or inside the #interop-outlet shadow root). */
  dialog: [
    '[role="dialog"].send-invite', // artdeco invite modal, Ember and interop shadow root, 2023–2026
    '[role="alertdialog"].send-invite', // same modal, alertdialog variant (stickerdaniel PR #458, 2026-05)
    '[aria-labelledby="send-invite-modal"]', // the modal's heading id, any role
    '[data-test-modal-id="send-invite-modal"] [data-test-modal]', // artdeco test hooks on the overlay + modal
  ],
  /** Any dialog root; an invite dialog only when it also holds the note field or follows a Connect click. */
  anyDialog: [
    '[role="dialog"]', // artdeco modal, SDUI dialogs
    '[role="alertdialog"]', // variant (stickerdaniel PR #458, 2026-05)
    'dialog[open]', // native dialog element
    '[aria-modal="true"]', // dialogs marked only by aria-modal
  ],
  /** The personal-note field (second step). */
  noteField: [
    'textarea#custom-message', // every dated source, ~2021–2026
    'textarea[name="message"]', // same field, by name
    'textarea.send-invite__custom-message', // older Ember class (fallback; dates not established, review 2027-06)
    'textarea.connect-button-send-invite__custom-message', // Ember class (fallback; review 2027-06)
    '[role="textbox"][aria-label*="300"]', // [U4] 2026-04: a role=textbox whose label names the 300 limit
    'textarea', // any textarea inside a recognised invite dialog (last resort)
  ],
  /** The recipient's name in the first step ("Personalize your invitation to <strong>NAME</strong>"). */
  recipient: [
    '.artdeco-modal__content strong', // artdeco modal body ([U2], [U8])
    'strong', // any strong in the dialog (the body holds exactly one)
  ],
  /** The dialog's button row. */
  actionbar: [
    '.artdeco-modal__actionbar', // artdeco, all eras
    '[data-test-modal] footer', // footer variant of artdeco modals
    'footer', // any footer in the dialog
  ],
  /** The close (×) control: records nothing. */
  dismiss: [
    '[data-test-modal-close-btn]', // artdeco test hook
    '.artdeco-modal__dismiss', // artdeco class
  ],
  /** The primary action (Send / Send without a note); otherwise the last button in DOM order is primary. */
  primary: [
    '.artdeco-button--primary', // artdeco primary button
  ],
  /** The Premium upsell that replaces the note field when the free monthly notes are used up (§1.4). */
  upsell: [
    'a[href*="/premium/"]', // language-independent detector (stickerdaniel PR #449); scoped to the dialog
    '#modal-upsell-header', // ~2023–2024 upsell header (fallback; [U11], review 2027-01)
    '.modal-upsell__headline', // same era (fallback; [U11], review 2027-01)
    '[class*="premium-upsell"]', // .connect-button-send-invite__premium-upsell-message (fallback; review 2027-01)
  ],
  /** Signs that an invitation did not go out (searched in the whole page after Send). */
  failure: [
    '[data-test-artdeco-toast-item-type="error"]', // artdeco error toast
    '[class*="ip-fuse-limit-alert"]', // weekly-limit alert (eracle/OpenOutreach, before 2026-06)
  ],
  /** Toasts and alerts whose text may name the weekly limit. */
  alerts: [
    '[role="alert"]', // toasts and alerts
    '.artdeco-toast-item', // artdeco toast
  ],
  /** Connect controls outside the dialog (a click may open the dialog or, in PYMK, send at once). */
  connect: [
    'a[href*="/preload/custom-invite/"]', // SDUI profile top card and "More" menu item, 2026
    'a[href*="/preload/search-custom-invite/"]', // SDUI people search, 2026
    '[componentkey^="ConnectButtonstate"][componentkey$="_connect"]', // React people search ([U1])
    '[aria-label^="Invite "][aria-label$=" to connect"]', // English aria-label, button/a/div[role=button]
    '[aria-label$=" als Kontakt einladen"]', // German aria-label (stickerdaniel tests, 2026-06)
  ],
  /** Interop iframes that host the Ember app (their own content script instance coaches the dialog inside). */
  interopFrame: [
    'iframe[data-testid="interop-iframe"]', // [U5] 2026-09
    'iframe.interop-iframe', // same iframe, by class
    'iframe[src*="/preload/"]', // any preload-route iframe
  ],
  /** The sender's own name: the "Me" menu photo's alt text. */
  me: [
    'img.global-nav__me-photo[alt]', // Ember global nav
    '.global-nav__me img[alt]', // global nav "Me" item
    '.global-nav__primary-link-me-menu-trigger img[alt]', // "Me" menu trigger
    '[data-testid*="me-menu" i] img[alt]', // SDUI nav, by test id (unverified; cheap to try)
    'header nav ~ * img[alt]:not([alt=""])', // an avatar next to the primary navigation (hashed classes)
    'header img[alt]:not([alt=""])', // last resort: the only photo in the global header is the member's own
  ],
  /** The profile heading (recipient name on /in/ pages). */
  profileName: [
    'main h1', // profile top card heading
    'h1', // any top-level heading
  ],
  /** The profile headline (the line below the name). */
  profileHeadline: [
    '.pv-top-card .text-body-medium', // Ember top card
    '.text-body-medium.break-words', // Ember top card, older nesting
  ],
  /** A result/card around a Connect control in lists (search, My Network), for the headline. */
  card: [
    'li', // search results and PYMK cards are list items
    '[role="listitem"]', // SDUI lists
  ],
  cardHeadline: [
    '.entity-result__primary-subtitle', // Ember people search
    '[class*="subtitle"]', // other subtitle classes
    'p', // SDUI cards and rails (hashed classes): the line under the name
  ],
} as const;

/** "Invite Anna Müller to connect" / "Anna Müller als Kontakt einladen" → "Anna Müller" (EN, DE). */
export const CONNECT_LABEL_NAME: readonly RegExp[] = [/^Invite (.+) to connect$/, /^(.+) als Kontakt einladen$/];

/** "3 personalized invitations remaining for this month." / "Noch 3 personalisierte Einladungen …" */
export const NOTES_LEFT_TEXT: readonly RegExp[] = [
  /(\d+)\s+personali[sz]ed\s+invit\w*\s+(?:remaining|left)/i,
  /(\d+)\s+personalisierte\s+Einladung/i,
];

/** The counter LinkedIn shows under the note: "0/200" (free) or "0/300" (Premium). */
export const NOTE_COUNTER_TEXT = /^\s*(\d+)\s*\/\s*(\d{2,4})\s*$/;

/** Weekly-limit texts (Rikiglesias `inviteWeeklyLimitSignals`; German [U10]). */
export const WEEKLY_LIMIT_TEXT = /weekly invitation limit|Limit für Kontaktanfragen/i;
