import type { Meta, StoryObj } from '@storybook/react-vite';
import { rtl } from '../.storybook/decorators';
import { DateField } from './DateField';

const meta = {
  title: 'Forms/DateField',
  component: DateField,
  args: { label: 'Date of arrival', name: 'arrival' },
} satisfies Meta<typeof DateField>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithValue: Story = {
  args: { defaultValue: '2026-11-22', min: '2020-01-01', max: '2030-12-31' },
};
export const Disabled: Story = { args: { disabled: true } };
export const WithError: Story = { args: { error: 'The date cannot be in the future' } };
export const RightToLeft: Story = { args: { label: 'تاريخ الوصول' }, decorators: [rtl] };
