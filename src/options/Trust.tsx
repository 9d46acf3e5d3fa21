/**
 * Two sections of the options page about keeping things and telling the truth about them:
 * - Set-aside histories: what the background set aside because it could not read it (damaged, or
 *   written by a newer version; src/background/service.ts setAside). Never pruned: listed here, each
 *   can be exported to a file, merged back into the current history, or deleted by the person.
 * - Coaching health: when each coach last recognised its field, and when a LinkedIn editor was
 *   focused that none recognised (src/habits/health.ts), so a person can see since when coaching
 *   has not started after LinkedIn changed its pages.
 * No WebExtension API here: the page's deps (App.tsx OptionsDeps) carry storage and messages.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../engine/types';
import { t } from '../shared/i18n';
import { HEALTH_SURFACES, type BackupInfo, type ImportReply, type RuntimeMessage } from '../shared/messages';
import { BACKUP_PREFIX, loadStore } from '../habits/schema';
import { HEALTH_KEY, readHealth, type HealthRecord } from '../habits/health';
import { buildExport } from '../habits/exchange';
import { normalizeSettings } from '../shared/settings';

export interface TrustDeps {
  local: { get(keys?: string | string[] | null): Promise<Record<string, unknown>> };
  onChanged(fn: (changes: Record<string, unknown>, area: string) => void): () => void;
  send(msg: RuntimeMessage): Promise<unknown>;
  now(): Date;
  download(filename: string, text: string): void;
}

type Flash = { tone: 'ok' | 'error'; text: string } | null;

const when = (lang: Lang, iso: string) => new Date(iso).toLocaleString(lang === 'de' ? 'de-CH' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export function BackupsSection({ deps, lang }: { deps: TrustDeps; lang: Lang }) {
  const [list, setList] = useState<BackupInfo[] | null>(null);
  const [flash, setFlash] = useState<Flash>(null);

  const load = () =>
    void deps.send({ kind: 'backups' }).then((r) => setList((r as { backups?: BackupInfo[] } | undefined)?.backups ?? []), () => setList([]));
  useEffect(() => {
    load();
    return deps.onChanged((changes, area) => {
      if (area === 'local' && Object.keys(changes).some((k) => k.startsWith(BACKUP_PREFIX))) load();
    });
  }, []);

  async function exportOne(b: BackupInfo) {
    const raw = (await deps.local.get(b.key))[b.key];
    const res = loadStore(raw);
    const day = b.at.slice(0, 10);
    // Readable: a normal export file (importable anywhere). Not readable by this version: kept as it was stored.
    const text = res.problem ? JSON.stringify({ format: 'rapport-set-aside', key: b.key, at: b.at, value: raw }, null, 1) : JSON.stringify(buildExport(res.store, normalizeSettings(undefined), deps.now()), null, 1);
    deps.download(`rapport-set-aside-${day}.json`, text);
  }

  async function restore(b: BackupInfo) {
    const r = (await deps.send({ kind: 'backup-restore', key: b.key })) as ImportReply | undefined;
    setFlash(r?.ok ? { tone: 'ok', text: t(lang, 'options_backup_restored', r.added ?? 0, r.skipped ?? 0) } : { tone: 'error', text: t(lang, 'options_backup_restore_failed') });
  }

  async function remove(b: BackupInfo) {
    await deps.send({ kind: 'backup-delete', key: b.key });
    load();
  }

  return (
    <section class="panel" aria-labelledby="backups-h">
      <h2 id="backups-h">{t(lang, 'options_backups_title')}</h2>
      <p class="muted">{t(lang, 'options_backups_text')}</p>
      {list === null ? null : list.length === 0 ? (
        <p data-rapport-backups="0">{t(lang, 'options_backups_none')}</p>
      ) : (
        <ul class="backups" data-rapport-backups={String(list.length)}>
          {list.map((b) => (
            <li class="row" data-rapport-backup={b.key}>
              <span>{t(lang, 'options_backup_item', when(lang, b.at), b.events === null ? t(lang, 'options_backup_unreadable') : t(lang, 'options_backup_events', b.events))}</span>
              <button type="button" class="btn" name="backupExport" onClick={() => void exportOne(b)}>
                {t(lang, 'options_backup_export')}
              </button>
              <button type="button" class="btn" name="backupRestore" disabled={b.events === null} onClick={() => void restore(b)}>
                {t(lang, 'options_backup_restore')}
              </button>
              <button type="button" class="btn" name="backupDelete" onClick={() => void remove(b)}>
                {t(lang, 'options_backup_delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {flash ? <p class={`flash flash-${flash.tone}`} role="status" data-rapport-backup-result={flash.tone}>{flash.text}</p> : null}
    </section>
  );
}

export function HealthSection({ deps, lang }: { deps: TrustDeps; lang: Lang }) {
  const [health, setHealth] = useState<HealthRecord>({});
  useEffect(() => {
    const load = () => void deps.local.get(HEALTH_KEY).then((got) => setHealth(readHealth(got[HEALTH_KEY])), () => undefined);
    load();
    return deps.onChanged((changes, area) => {
      if (area === 'local' && HEALTH_KEY in changes) load();
    });
  }, []);
  return (
    <section class="panel" aria-labelledby="health-h">
      <h2 id="health-h">{t(lang, 'options_health_title')}</h2>
      <p class="muted">{t(lang, 'options_health_text')}</p>
      <dl class="health">
        {HEALTH_SURFACES.map((s) => (
          <div class="row" data-rapport-health={s}>
            <dt>{t(lang, `options_health_${s.replace(/-/g, '_')}`)}</dt>
            <dd data-rapport-health-at={health[s] ?? ''}>{health[s] ? t(lang, 'options_health_last', when(lang, health[s]!)) : t(lang, 'options_health_never')}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
