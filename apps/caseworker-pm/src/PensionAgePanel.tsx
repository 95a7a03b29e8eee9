import { useId } from 'react';
import type { HouseholdExtrasProps } from '@motesplats/caseworker-kit';
import { membersOfPensionAge } from './pension-age';

/** Who in the household may apply for pension or äldreförsörjningsstöd, by age on the visit day. */
export function PensionAgePanel({ household, visit }: HouseholdExtrasProps) {
  const titleId = useId();
  const seniors = membersOfPensionAge(household.members, visit.date);
  return (
    <section aria-labelledby={titleId} className="ms-pm-pension-age">
      <h3 id={titleId}>65 år eller äldre på besöksdagen</h3>
      {seniors.length ? (
        <>
          <ul data-testid="pension-age-members">
            {seniors.map(({ member, age }) => (
              <li key={member.id}>
                {member.givenName} {member.familyName}, {age} år
              </li>
            ))}
          </ul>
          <p>
            De kan ansöka om garantipension eller äldreförsörjningsstöd. Pensionsmyndigheten prövar
            rätten till förmånen när ansökan kommer in.
          </p>
        </>
      ) : (
        <p data-testid="pension-age-none">Ingen i hushållet är 65 år eller äldre på besöksdagen.</p>
      )}
    </section>
  );
}
