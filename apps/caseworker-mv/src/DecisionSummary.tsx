import { useId } from 'react';
import { flagDetail, type HouseholdExtrasProps } from '@motesplats/caseworker-kit';

/**
 * The household's decision notifications at a glance: a family is notified member by member,
 * and the caseworker should not walk them on to the next meeting with someone left out.
 */
export function DecisionSummary({ view }: HouseholdExtrasProps) {
  const titleId = useId();
  // A member whose notification does not apply (already notified elsewhere) is not one we owe.
  const decisions = view.items.filter(
    (i) => i.code === 'decision-notification' && i.status !== 'not-applicable',
  );
  const notified = decisions.filter((i) => i.status === 'done').length;
  const cards = decisions.filter((i) => flagDetail(i.details, 'permitCardHandedOver')).length;
  const remaining = decisions
    .filter((i) => i.status !== 'done')
    .map((i) => view.members.find((m) => m.id === i.memberId))
    .filter((m) => m !== undefined)
    .map((m) => `${m.givenName} ${m.familyName}`);

  return (
    <section aria-labelledby={titleId} className="ms-mv-decisions">
      <h3 id={titleId}>Delgivning</h3>
      {decisions.length ? (
        <p data-testid="decision-summary">
          Beslut delgivna: {notified} av {decisions.length}, kort överlämnade: {cards}
        </p>
      ) : (
        <p>Inga beslut att delge i checklistan.</p>
      )}
      {remaining.length ? <p>Kvar att delge: {remaining.join(', ')}</p> : null}
    </section>
  );
}
