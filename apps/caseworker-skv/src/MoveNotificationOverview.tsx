import { useId } from 'react';
import { ITEM_STATUS_SV, type HouseholdExtrasProps } from '@motesplats/caseworker-kit';
import type { ChecklistItemDto, HouseholdDto } from '@motesplats/contracts';

type Member = HouseholdDto['members'][number];

const fullName = (m: Member) => `${m.givenName} ${m.familyName}`;

/**
 * Who in the household has the notification of moving to Sweden done, and who has not. The kit
 * shows one card per member; this is the household at a glance, so nobody is missed.
 */
export function MoveNotificationOverview({ household, view }: HouseholdExtrasProps) {
  const titleId = useId();
  const items = new Map<string | null, ChecklistItemDto>(
    view.items
      .filter((i) => i.actor === 'skv' && i.code === 'move-notification')
      .map((i) => [i.memberId, i]),
  );
  const done: Member[] = [];
  const notDone: { member: Member; item: ChecklistItemDto }[] = [];
  const withoutItem: Member[] = [];
  for (const member of household.members) {
    const item = items.get(member.id);
    if (!item) withoutItem.push(member);
    else if (item.status === 'done') done.push(member);
    else notDone.push({ member, item });
  }

  return (
    <section aria-labelledby={titleId} className="ms-skv-move-overview">
      <h3 id={titleId}>Anmälan om flytt till Sverige</h3>
      {done.length + notDone.length === 0 ? (
        <p>Ingen i hushållet behöver en anmälan om flytt enligt checklistan.</p>
      ) : (
        <>
          <h4>Anmälan gjord ({done.length})</h4>
          {done.length ? (
            <ul data-testid="move-done">
              {done.map((m) => (
                <li key={m.id}>{fullName(m)}</li>
              ))}
            </ul>
          ) : (
            <p>Ingen ännu.</p>
          )}
          <h4>Anmälan inte gjord ({notDone.length})</h4>
          {notDone.length ? (
            <ul data-testid="move-not-done">
              {notDone.map(({ member, item }) => (
                <li key={member.id}>
                  {fullName(member)} – {ITEM_STATUS_SV[item.status]}
                </li>
              ))}
            </ul>
          ) : (
            <p>Alla som behöver anmälan har gjort den.</p>
          )}
        </>
      )}
      {withoutItem.length ? (
        <>
          <h4>Ingen anmälan i checklistan ({withoutItem.length})</h4>
          <ul data-testid="move-without-item">
            {withoutItem.map((m) => (
              <li key={m.id}>
                {fullName(m)}
                {/* The checklist asks for a notification only from members without a number. */}
                {m.identifiers.some((i) => i.kind === 'personnummer')
                  ? ' – har redan personnummer'
                  : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
