import type { MessageKey } from '../i18n';
import { api } from '../api';
import { useI18n } from '../i18n';
import { isActor, LoadError, Loading, PageHeading, useActorName, useLoad } from '../ui';

const ACTIONS = ['read', 'create', 'update', 'delete', 'attempt'];

export function AccessLogPage() {
  const { t, dateTime } = useI18n();
  const actorName = useActorName();
  const [state, reload] = useLoad(() => api.accessLog(), 'audit');
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <LoadError error={state.error} retry={reload} />;
  const entries = state.data;
  return (
    <>
      <PageHeading>{t('newcomer.accessLog.heading')}</PageHeading>
      <p>{t('newcomer.accessLog.intro')}</p>
      {entries.length === 0 ? (
        <p>{t('newcomer.accessLog.empty')}</p>
      ) : (
        <>
          <p className="muted">{t('newcomer.accessLog.count', { count: entries.length })}</p>
          <ul className="log">
            {entries.map((entry, index) => {
              const self = entry.who.role === 'newcomer';
              const person = self
                ? t('newcomer.accessLog.you')
                : (entry.who.name ?? t('newcomer.accessLog.staff'));
              const agency = isActor(entry.who.agency) ? actorName(entry.who.agency) : null;
              const action = ACTIONS.includes(entry.action)
                ? t(`newcomer.accessLog.action.${entry.action}` as MessageKey)
                : entry.action;
              return (
                <li key={`${entry.at}-${index}`}>
                  <time dateTime={entry.at}>{dateTime(entry.at)}</time>
                  <p>
                    <strong>{person}</strong>
                    {agency && `, ${agency}`} — {action}
                    {entry.outcome === 'denied' && (
                      <span className="badge"> {t('newcomer.accessLog.denied')}</span>
                    )}
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}
