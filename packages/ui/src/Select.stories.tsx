import type { Meta, StoryObj } from '@storybook/react-vite';
import { rtl } from '../.storybook/decorators';
import { Select } from './Select';

const options = [
  { value: 'stockholm', label: 'Stockholm' },
  { value: 'goteborg', label: 'Göteborg' },
  { value: 'malmo', label: 'Malmö' },
];

const meta = {
  title: 'Forms/Select',
  component: Select,
  args: { label: 'Municipality', options, placeholder: 'Choose a municipality' },
} satisfies Meta<typeof Select>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Disabled: Story = { args: { disabled: true } };
export const WithError: Story = { args: { error: 'Choose a municipality' } };
export const RightToLeft: Story = {
  args: { label: 'البلدية', placeholder: 'اختر' },
  decorators: [rtl],
};
