import { useState, type FormEvent } from 'react';
import type { ConsentGrantDto } from '@motesplats/contracts';
import { api, idempotencyKey } from '../api';
import { useI18n } from '../i18n';
import {
  ACTORS,
  LoadError,
  Loading,
  PageHeading,
  errorKey,
  toApiError,
  useActorName,
  useLoad,
  type Actor,
} from '../ui';

type Grantee = ConsentGrantDto['grantee'];
const SPANS = ['today', 'month', 'year'] as const;
type Span = (typeof SPANS)[number];

function untilFor(span: Span, now = new Date()): string {
  const until = new Date(now);
  if (span === 'today') until.setHours(23, 59, 0, 0);
  else until.setDate(until.getDate() + (span === 'month' ? 30 : 365));
  return until.toISOString();
}

export function SharingPage() {
  const { t, dateTime } = useI18n();
  const actorName = useActorName();
  const [state, reload] = useLoad(() => api.grants(), 'grants');
  const [grantee, setGrantee] = useState<Grantee>('all-present-today');
  const [span, setSpan] = useState<Span>('today');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const who = (g: Grantee) =>
    g === 'all-present-today'
      ? t('newcomer.sharing.grantee.all-present-today')
      : actorName(g as Actor);

  async function run(action: () => Promise<unknown>, done: string) {
    setBusy(true);
    setMessage(null);
    try {
      await action();
      setMessage({ text: done, error: false });
      reload();
    } catch (error) {
      setMessage({ text: t(errorKey(toApiError(error))), error: true });
    } finally {
      setBusy(false);
    }
  }

  function onGrant(event: FormEvent) {
    event.preventDefault();
    void run(
      () => api.grant({ grantee, until: untilFor(span), idempotencyKey: idempotencyKey() }),
      t('newcomer.sharing.granted', { who: who(grantee) }),
    );
  }

  const grants = state.status === 'ok' ? state.data : [];
  const active = grants.filter((g) => g.active);
  const earlier = grants.filter((g) => !g.active);
  return (
    <>
      <PageHeading>{t('newcomer.sharing.heading')}</PageHeading>
      <p>{t('newcomer.sharing.intro')}</p>
      <div aria-live="polite" role="status">
        {message && (
          <p className={message.error ? 'notice notice-error' : 'notice'}>{message.text}</p>
        )}
      </div>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <LoadError error={state.error} retry={reload} />}
      {state.status === 'ok' &&
        (active.length === 0 ? (
          <p>{t('newcomer.sharing.none')}</p>
        ) : (
          <ul className="grants">
            {active.map((g) => (
              <li key={g.id}>
                <p>
                  {t('newcomer.sharing.active', { who: who(g.grantee), until: dateTime(g.until) })}
                </p>
                <button
                  type="button"
                  disabled={busy}
                  aria-label={t('newcomer.sharing.revokeFor', { who: who(g.grantee) })}
                  onClick={() =>
                    void run(
                      () => api.revoke({ grantId: g.id, idempotencyKey: idempotencyKey() }),
                      t('newcomer.sharing.revoked', { who: who(g.grantee) }),
                    )
                  }
                >
                  {t('newcomer.sharing.revoke')}
                </button>
              </li>
            ))}
          </ul>
        ))}

      <form onSubmit={onGrant} className="stack">
        <div className="field">
          <label htmlFor="grantee">{t('newcomer.sharing.granteeLabel')}</label>
          <select
            id="grantee"
            value={grantee}
            onChange={(e) => setGrantee(e.target.value as Grantee)}
          >
            <option value="all-present-today">
              {t('newcomer.sharing.grantee.all-present-today')}
            </option>
            {ACTORS.map((a) => (
              <option key={a} value={a}>
                {actorName(a)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="until">{t('newcomer.sharing.untilLabel')}</label>
          <select id="until" value={span} onChange={(e) => setSpan(e.target.value as Span)}>
            {SPANS.map((s) => (
              <option key={s} value={s}>
                {t(`newcomer.sharing.until.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={busy}>
          {t('newcomer.sharing.grant')}
        </button>
      </form>

      {earlier.length > 0 && (
        <section aria-labelledby="grants-earlier">
          <h2 id="grants-earlier">{t('newcomer.sharing.historyHeading')}</h2>
          <ul>
            {earlier.map((g) => (
              <li key={g.id}>
                {t('newcomer.sharing.ended', {
                  who: who(g.grantee),
                  until: dateTime(g.revokedAt ?? g.until),
                })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
