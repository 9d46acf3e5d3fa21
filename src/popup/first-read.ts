/**
 * The storage keys the popup's entry reads first, before any other code has loaded (kept free
 * of imports so the entry stays tiny). Must equal data.ts's FIRST_READ (a unit test checks).
 */
export const FIRST_LOCAL_KEYS = ['habits.days', 'habits.notice'];
export const FIRST_SYNC_KEY = 'settings';
