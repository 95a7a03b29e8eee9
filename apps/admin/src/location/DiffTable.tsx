import { Table } from '@motesplats/ui';
import type { DiffRow } from './diff';

const COLUMNS = [
  { key: 'path', header: 'Vad', rowHeader: true },
  { key: 'before', header: 'Före' },
  { key: 'after', header: 'Efter' },
] as const;

/** Changes as rows a person can read: where, before, after. */
export function DiffTable({ rows, caption }: { rows: readonly DiffRow[]; caption: string }) {
  return (
    <Table
      caption={caption}
      columns={COLUMNS}
      rows={rows}
      getRowKey={(row, index) => `${row.path}-${index}`}
      emptyText="Inga ändringar."
    />
  );
}
