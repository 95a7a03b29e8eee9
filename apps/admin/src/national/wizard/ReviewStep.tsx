import type { LocationTemplate } from '@motesplats/contracts';
import { actorList, trackList } from '../shared/format';
import type { CreateDraft } from './create-draft';

/** Everything the new location gets, for one last look before it is created. */
export function ReviewStep({
  draft,
  template,
}: {
  draft: CreateDraft;
  template: LocationTemplate | undefined;
}) {
  const rows: [string, string][] = [
    ['Mall', template?.title ?? draft.template],
    ['Aktörer', template ? actorList(template.actors) : '–'],
    ['Spår', template ? trackList(template.tracksEnabled) : '–'],
    ['Ortens id', draft.locationId],
    ['Ortens namn', draft.name],
    ['Kommun', `${draft.municipalityName} (${draft.municipalityCode})`],
  ];
  return (
    <dl className="ms-national-review">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
