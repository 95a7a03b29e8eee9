import { Table, type TableColumn } from '@motesplats/ui';
import type { PermitsEntry } from '@motesplats/contracts';
import { formatTimestamp } from '../../format-time';
import { formatCount } from '../shared/format';

export function PermitsTable({
  entries,
  placeName,
}: {
  entries: readonly PermitsEntry[];
  placeName: (locationId: string | null) => string;
}) {
  const columns: readonly TableColumn<PermitsEntry>[] = [
    {
      key: 'period',
      header: 'Period',
      rowHeader: true,
      render: (e) => `${e.periodStart} – ${e.periodEnd}`,
    },
    { key: 'place', header: 'Ort', render: (e) => placeName(e.locationId) },
    {
      key: 'count',
      header: 'Beviljade uppehållstillstånd',
      render: (e) => formatCount(e.count),
    },
    { key: 'updatedAt', header: 'Senast ändrad', render: (e) => formatTimestamp(e.updatedAt) },
  ];
  return (
    <Table
      caption="Inmatade siffror"
      columns={columns}
      rows={entries}
      getRowKey={(e) => e.id}
      emptyText="Inga siffror är inmatade ännu."
    />
  );
}
