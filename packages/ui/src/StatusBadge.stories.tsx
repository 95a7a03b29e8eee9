import type { Meta, StoryObj } from '@storybook/react-vite';
import { rtl } from '../.storybook/decorators';
import { StatusBadge } from './StatusBadge';

const meta = {
  title: 'Data/StatusBadge',
  component: StatusBadge,
  args: { status: 'todo' },
} satisfies Meta<typeof StatusBadge>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Todo: Story = {};
export const Done: Story = { args: { status: 'done' } };
export const FollowUp: Story = { args: { status: 'follow-up' } };
export const NotApplicable: Story = { args: { status: 'not-applicable' } };
export const AtRisk: Story = { args: { status: 'at-risk' } };
export const Translated: Story = { args: { status: 'done', label: 'Klar' } };
export const RightToLeft: Story = { args: { status: 'done', label: 'تم' }, decorators: [rtl] };
