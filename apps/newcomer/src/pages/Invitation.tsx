import { api } from '../api';
import { useI18n } from '../i18n';
import { LoadError, Loading, PageHeading, useLoad } from '../ui';

export function InvitationPage() {
  const { t, locale } = useI18n();
  const [state, reload] = useLoad(
    () =>
      api.invitation({ language: locale }).catch((error: unknown) => {
        // No visit booked yet (or the gateway does not offer invitations yet): nothing to show.
        if (error instanceof Error && 'code' in error && error.code === 'NOT_FOUND') return null;
        throw error;
      }),
    locale,
  );
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <LoadError error={state.error} retry={reload} />;
  const inv = state.data;
  if (!inv) {
    return (
      <>
        <PageHeading>{t('newcomer.nav.invitation')}</PageHeading>
        <p>{t('newcomer.invitation.none')}</p>
      </>
    );
  }
  const { place } = inv;
  const address = `${place.street}, ${place.postalCode} ${place.city}`;
  return (
    <>
      <PageHeading>{inv.title}</PageHeading>
      <p>{inv.intro}</p>
      <p className="when">{inv.when}</p>

      <section aria-labelledby="inv-address">
        <h2 id="inv-address">{t('newcomer.invitation.addressHeading')}</h2>
        <address>
          {place.name}
          <br />
          {place.street}
          <br />
          {place.postalCode} {place.city}
        </address>
        <p className="notice">{t('newcomer.invitation.rightBuilding')}</p>
        {inv.directions && <p>{inv.directions}</p>}
        <p>
          <a
            href={`https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`}
            target="_blank"
            rel="noreferrer"
          >
            {t('newcomer.invitation.openMap')}
          </a>
        </p>
      </section>

      <section aria-labelledby="inv-day">
        <h2 id="inv-day">{t('newcomer.invitation.dayHeading')}</h2>
        <p>{t('newcomer.invitation.dayText')}</p>
        <p>{inv.duration}</p>
        {inv.interpreter && <p>{inv.interpreter}</p>}
      </section>

      <section aria-labelledby="inv-meet">
        <h2 id="inv-meet">{inv.meetHeading}</h2>
        <ol>
          {inv.meet.map((m) => (
            <li key={`${m.actor}-${m.kind}`}>
              {m.name}
              {m.homeContact && <p className="muted">{m.homeContact}</p>}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="inv-bring">
        <h2 id="inv-bring">{inv.bringHeading}</h2>
        <ul>
          {inv.bring.map((b) => (
            <li key={b.item}>{b.text}</li>
          ))}
        </ul>
      </section>

      {inv.addressees.length > 0 && (
        <p className="muted">
          {t('newcomer.invitation.for', {
            names: inv.addressees.map((a) => `${a.givenName} ${a.familyName}`).join(', '),
          })}
        </p>
      )}
    </>
  );
}
