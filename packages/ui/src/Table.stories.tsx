import type { Meta, StoryObj } from '@storybook/react-vite';
import { rtl } from '../.storybook/decorators';
import { StatusBadge, type Status } from './StatusBadge';
import { Table, type TableColumn } from './Table';

interface Row {
  agency: string;
  task: string;
  status: Status;
}
const rows: Row[] = [
  { agency: 'Migrationsverket', task: 'Residence permit card', status: 'done' },
  { agency: 'Skatteverket', task: 'Population registration', status: 'todo' },
  { agency: 'Arbetsförmedlingen', task: 'Introduction plan', status: 'follow-up' },
];
const columns: TableColumn<Row>[] = [
  { key: 'agency', header: 'Agency', rowHeader: true },
  { key: 'task', header: 'Task' },
  { key: 'status', header: 'Status', render: (r) => <StatusBadge status={r.status} /> },
];

const meta = {
  title: 'Data/Table',
  component: Table<Row>,
  args: { caption: 'Checklist', columns, rows, getRowKey: (r: Row) => r.agency },
} satisfies Meta<typeof Table<Row>>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Empty: Story = { args: { rows: [], emptyText: 'Nothing to do yet' } };
export const RightToLeft: Story = { args: { caption: 'قائمة المهام' }, decorators: [rtl] };
