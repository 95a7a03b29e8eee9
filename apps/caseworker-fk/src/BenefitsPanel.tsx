import { useId, useMemo } from 'react';
import type { HouseholdExtrasProps } from '@motesplats/caseworker-kit';
import { DETAIL_VALUE_LABELS } from '@motesplats/checklist';
import { benefitsForHousehold } from './benefits-for-household';

/** The benefits worth going through with this household, and why, from its ages on the day. */
export function BenefitsPanel({ household, visit }: HouseholdExtrasProps) {
  const titleId = useId();
  const advice = useMemo(
    () => benefitsForHousehold(household.members, visit.date),
    [household.members, visit.date],
  );
  return (
    <section aria-labelledby={titleId} className="ms-fk-benefits">
      <h3 id={titleId}>Förmåner som kan passa hushållet</h3>
      {advice.length ? (
        <ul data-testid="benefit-advice">
          {advice.map((a) => (
            <li key={a.topic}>
              <strong>{DETAIL_VALUE_LABELS[a.topic].sv}:</strong> {a.reason}
            </li>
          ))}
        </ul>
      ) : (
        <p>Inga förmåner att föreslå utifrån åldrarna i hushållet.</p>
      )}
      <p>
        Förslagen bygger bara på åldrarna på besöksdagen. Försäkringskassan prövar rätten till en
        förmån när ansökan kommer in.
      </p>
    </section>
  );
}
