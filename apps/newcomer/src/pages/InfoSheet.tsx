import { useI18n, type MessageKey } from '../i18n';
import { ACTORS, PageHeading, useActorName } from '../ui';

export function InfoSheetPage() {
  const { t } = useI18n();
  const actorName = useActorName();
  return (
    <>
      <PageHeading>{t('newcomer.info.heading')}</PageHeading>
      <p>{t('newcomer.info.intro')}</p>
      {ACTORS.map((actor) => (
        <section key={actor} aria-labelledby={`info-${actor}`}>
          <h2 id={`info-${actor}`}>{actorName(actor)}</h2>
          <p>{t(`newcomer.info.${actor}` as MessageKey)}</p>
        </section>
      ))}
    </>
  );
}
