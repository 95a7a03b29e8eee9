import type { Meta, StoryObj } from '@storybook/react-vite';
import { rtl } from '../.storybook/decorators';
import { RadioGroup } from './RadioGroup';

const options = [
  { value: 'morning', label: 'Morning' },
  { value: 'afternoon', label: 'Afternoon' },
  { value: 'none', label: 'No preference', disabled: false },
];

const meta = {
  title: 'Forms/RadioGroup',
  component: RadioGroup,
  args: { legend: 'Preferred time', options, defaultValue: 'morning' },
} satisfies Meta<typeof RadioGroup>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Disabled: Story = { args: { disabled: true } };
export const WithError: Story = {
  args: { defaultValue: undefined, required: true, error: 'Choose a time' },
};
export const RightToLeft: Story = {
  args: {
    legend: 'الوقت المفضل',
    options: [
      { value: 'am', label: 'صباحاً' },
      { value: 'pm', label: 'مساءً' },
    ],
  },
  decorators: [rtl],
};
