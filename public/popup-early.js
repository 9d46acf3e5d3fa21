// The popup starts reading storage while its modules still load: this small async classic script
// runs as soon as it has arrived, without holding up parsing; the module entry runs only after. src/popup/first-paint.ts takes these reads over. Keys:
// DAYS_KEY and RECENT_DAYS_KEY (src/habits/store.ts), NOTICE_KEY (src/habits/schema.ts), SETTINGS_KEY (src/shared/settings.ts, in
// storage.local when the settings stay on this device, else in storage.sync); a unit
// test keeps them in step.
(function () {
  try {
    var api = globalThis.browser || globalThis.chrome;
    var read = {
      local: api.storage.local.get(['habits.days', 'habits.days.recent', 'habits.notice', 'settings']),
      sync: api.storage.sync.get('settings'),
    };
    // The entry handles failures (it reads again); a read it never takes must not warn either.
    read.local.catch(function () {});
    read.sync.catch(function () {});
    globalThis.__rapportEarlyRead = read;
  } catch (e) {
    /* the entry reads storage itself */
  }
})();
