import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Select } from '@motesplats/ui';
import { INVITATION_LANGUAGES, type InvitationLanguage } from '@motesplats/contracts';
import { errorMessage } from './api.js';
import { useCaseworkerKit } from './context.js';
import { LANGUAGE_NAMES_SV } from './format.js';

/**
 * The invitation (kallelse) as the household will read it, in any of the six languages, so the
 * booking caseworker checks time, place, whom they meet and what to bring before it goes out.
 */
export function InvitationPreview({
  visitId,
  initialLanguage = 'sv',
}: {
  visitId: string;
  initialLanguage?: InvitationLanguage;
}) {
  const { api, gatewayBaseUrl } = useCaseworkerKit();
  const titleId = useId();
  const [language, setLanguage] = useState<InvitationLanguage>(initialLanguage);
  const invitation = useQuery({
    queryKey: ['invitations.get', { visitId, language }],
    queryFn: () => api.invitations.get({ visitId, language }),
  });
  const inv = invitation.data;

  return (
    <section aria-labelledby={titleId} className="ms-ck-invitation">
      <h3 id={titleId}>Förhandsvisning av kallelsen</h3>
      <Select
        label="Språk"
        options={INVITATION_LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES_SV[value] }))}
        value={language}
        onChange={(e) => setLanguage(e.target.value as InvitationLanguage)}
      />
      <p>
        <a
          href={`${gatewayBaseUrl}/api/invitations/${encodeURIComponent(visitId)}.pdf?lang=${language}`}
          target="_blank"
          rel="noopener"
          data-testid="invitation-pdf"
        >
          Skriv ut kallelsen (PDF, {LANGUAGE_NAMES_SV[language].toLowerCase()})
        </a>
      </p>
      {invitation.isPending ? <p role="status">Hämtar kallelsen …</p> : null}
      {invitation.isError ? (
        <Alert tone="error" title="Kunde inte hämta kallelsen (invitations.get)">
          {errorMessage(invitation.error)}
        </Alert>
      ) : null}
      {inv ? (
        <article
          lang={inv.language}
          dir={inv.dir}
          className="ms-ck-invitation__paper"
          data-testid="invitation-preview"
        >
          {inv.needsReview ? (
            <p className="ms-ck-review" lang="sv" dir="ltr">
              Maskinöversatt text, inte granskad ännu.
            </p>
          ) : null}
          <h4>{inv.title}</h4>
          <p data-testid="invitation-addressees">
            {inv.addressees.map((a) => `${a.givenName} ${a.familyName}`).join(', ')}
          </p>
          <p>{inv.intro}</p>
          <p>
            <strong>{inv.when}</strong>
          </p>
          <p>{inv.where}</p>
          {inv.directions ? <p>{inv.directions}</p> : null}
          <p>{inv.duration}</p>
          <h5>{inv.meetHeading}</h5>
          <ol>
            {inv.meet.map((m, i) => (
              <li key={`${m.actor}:${i}`}>{m.name}</li>
            ))}
          </ol>
          <h5>{inv.bringHeading}</h5>
          <ul>
            {inv.bring.map((b) => (
              <li key={b.item}>{b.text}</li>
            ))}
          </ul>
          {inv.interpreter ? <p>{inv.interpreter}</p> : null}
        </article>
      ) : null}
    </section>
  );
}
