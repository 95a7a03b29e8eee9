import { useMemo } from 'react';
import { Checkbox } from '@motesplats/ui';
import { checkedIn, withChecked, type DetailEditorProps } from '@motesplats/caseworker-kit';
import { BENEFIT_TOPICS, DETAIL_FIELD_LABELS, DETAIL_VALUE_LABELS } from '@motesplats/checklist';
import { benefitsForHousehold } from './benefits-for-household';

/**
 * The benefits gone through with the household. The ones that fit the household come first, so
 * the caseworker works down the list; the rest stay, since the family may ask about any of them.
 */
export function BenefitsInfoEditor({
  details,
  onChange,
  disabled,
  household,
  visit,
}: DetailEditorProps) {
  const relevant = useMemo(
    () =>
      household ? benefitsForHousehold(household.members, visit.date).map((a) => a.topic) : [],
    [household, visit.date],
  );
  const ordered = [...relevant, ...BENEFIT_TOPICS.filter((t) => !relevant.includes(t))];
  const checked = checkedIn(BENEFIT_TOPICS, details.topicsCovered);
  return (
    <fieldset className="ms-field" data-testid="benefit-topics">
      <legend>{DETAIL_FIELD_LABELS.topicsCovered.sv}</legend>
      {ordered.map((topic) => (
        <Checkbox
          key={topic}
          label={DETAIL_VALUE_LABELS[topic].sv}
          hint={relevant.includes(topic) ? 'Passar hushållet' : undefined}
          checked={checked.includes(topic)}
          disabled={disabled}
          onChange={(e) =>
            onChange(withChecked(details, 'topicsCovered', BENEFIT_TOPICS, topic, e.target.checked))
          }
        />
      ))}
    </fieldset>
  );
}
