import { Table, type TableColumn } from '@motesplats/ui';
import type { LocationStatus } from '@motesplats/contracts';
import { useOverview } from '../shared/queries';
import { QueryState } from '../shared/QueryState';
import { formatTimestamp } from '../../format-time';
import { formatCount, trackList } from '../shared/format';
import { FrameProblemsCell } from './FrameProblemsCell';
import { PulseCell } from './PulseCell';

const COLUMNS: readonly TableColumn<LocationStatus>[] = [
  { key: 'name', header: 'Ort', rowHeader: true, render: (l) => l.name },
  {
    key: 'municipality',
    header: 'Kommun',
    render: (l) => `${l.municipalityName} (${l.municipalityCode})`,
  },
  { key: 'version', header: 'Version', render: (l) => String(l.version) },
  { key: 'updatedAt', header: 'Senast sparad', render: (l) => formatTimestamp(l.updatedAt) },
  { key: 'tracks', header: 'Spår i bruk', render: (l) => trackList(l.tracksEnabled) },
  { key: 'actors', header: 'Antal aktörer', render: (l) => String(l.actors.length) },
  {
    key: 'frame',
    header: 'Nationellt ramverk',
    render: (l) => <FrameProblemsCell problems={l.frameProblems} />,
  },
  { key: 'pulse', header: 'Senaste pulsrapport', render: (l) => <PulseCell pulse={l.lastPulse} /> },
  {
    key: 'upcoming',
    header: 'Kommande besök',
    render: (l) => formatCount(l.upcomingVisits),
  },
];

/** Every location with its status, so Statens servicecenter sees where to follow up. */
export function LocationsOverview() {
  const overview = useOverview();
  return (
    <QueryState query={overview} what="orterna">
      {(locations) => (
        <Table
          caption={`Alla orter (${formatCount(locations.length)})`}
          columns={COLUMNS}
          rows={[...locations].sort((a, b) => a.name.localeCompare(b.name, 'sv'))}
          getRowKey={(l) => l.id}
          emptyText="Det finns inga orter ännu."
        />
      )}
    </QueryState>
  );
}
