/**
 * The welcome tab, opened once when Rapport is installed: what Rapport does, where it shows up on
 * LinkedIn, that nothing leaves the browser except the settings through the browser's own sync
 * (with the same "this device only" switch as the options page, src/shared/settings.ts), how to pin
 * the toolbar button, and a way to LinkedIn. No WebExtension API here: see main.tsx.
 */
import { useState } from 'preact/hooks';
import type { Lang } from '../engine/types';
import { resolveLang, t } from '../shared/i18n';
import { moveSettings, readSettings, type Settings, type SettingsArea, type SettingsHome } from '../shared/settings';

export interface WelcomeDeps {
  local: SettingsArea;
  sync: SettingsArea;
  browserLang: string;
  openOptions(): void;
}

export interface WelcomeInitial {
  settings: Settings;
  home: SettingsHome;
}

export const readWelcomeData = (deps: Pick<WelcomeDeps, 'local' | 'sync'>): Promise<WelcomeInitial> => readSettings(deps);

export const LINKEDIN_FEED = 'https://www.linkedin.com/feed/';

export function WelcomeApp({ deps, initial }: { deps: WelcomeDeps; initial: WelcomeInitial }) {
  const [home, setHome] = useState(initial.home);
  const [busy, setBusy] = useState(false);
  const lang: Lang = resolveLang(initial.settings.uiLanguage, deps.browserLang);
  document.documentElement.lang = lang;
  document.title = t(lang, 'welcome_title');

  async function move(to: SettingsHome) {
    setBusy(true);
    try {
      await moveSettings(deps, to);
      setHome(to);
    } catch {
      /* the switch shows where they still are */
    } finally {
      setBusy(false);
    }
  }

  return (
    <main class="welcome">
      <header class="head">
        <img src="/src/assets/icon-128.png" width={64} height={64} alt="" />
        <div>
          <h1>{t(lang, 'welcome_title')}</h1>
          <p class="lead">{t(lang, 'welcome_lead')}</p>
        </div>
      </header>

      <section class="panel" aria-labelledby="where-h">
        <h2 id="where-h">{t(lang, 'welcome_where_title')}</h2>
        <ul class="where">
          <li>
            <strong>{t(lang, 'welcome_where_invite_title')}</strong> {t(lang, 'welcome_where_invite')}
          </li>
          <li>
            <strong>{t(lang, 'welcome_where_post_title')}</strong> {t(lang, 'welcome_where_post')}
          </li>
          <li>
            <strong>{t(lang, 'welcome_where_toolbar_title')}</strong> {t(lang, 'welcome_where_toolbar')}
          </li>
        </ul>
      </section>

      <section class="panel" aria-labelledby="pin-h">
        <h2 id="pin-h">{t(lang, 'welcome_pin_title')}</h2>
        <p>{t(lang, 'welcome_pin_chrome')}</p>
        <p>{t(lang, 'welcome_pin_firefox')}</p>
      </section>

      <section class="panel" aria-labelledby="private-h" data-rapport-sync={home}>
        <h2 id="private-h">{t(lang, 'welcome_private_title')}</h2>
        <p>{t(lang, 'welcome_private')}</p>
        <p>{t(lang, home === 'device' ? 'welcome_sync_device' : 'welcome_sync')}</p>
        <label class="check">
          <input type="checkbox" role="switch" name="deviceOnly" checked={home === 'device'} disabled={busy} onChange={(e) => void move(e.currentTarget.checked ? 'device' : 'sync')} />
          <span>
            {t(lang, 'options_sync_device_only')}
            <span class="muted">{t(lang, 'options_sync_device_only_hint')}</span>
          </span>
        </label>
      </section>

      <div class="actions">
        <a class="btn btn-primary" href={LINKEDIN_FEED} data-rapport-open={LINKEDIN_FEED}>
          {t(lang, 'welcome_open_linkedin')}
        </a>
        <button type="button" class="btn" onClick={() => deps.openOptions()}>
          {t(lang, 'welcome_settings')}
        </button>
      </div>
    </main>
  );
}
