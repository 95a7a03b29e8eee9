import type { Meta, StoryObj } from '@storybook/react-vite';
import { rtl } from '../.storybook/decorators';
import { TextField } from './TextField';

const meta = {
  title: 'Forms/TextField',
  component: TextField,
  args: { label: 'Full name', name: 'name' },
} satisfies Meta<typeof TextField>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithHint: Story = { args: { hint: 'As written in your residence permit' } };
export const Required: Story = { args: { required: true } };
export const Disabled: Story = { args: { disabled: true, defaultValue: 'Amina Yusuf' } };
export const WithError: Story = {
  args: { error: 'Enter your full name', hint: 'First and last name' },
};
export const RightToLeft: Story = {
  args: { label: 'الاسم الكامل', error: 'أدخل اسمك الكامل' },
  decorators: [rtl],
};
