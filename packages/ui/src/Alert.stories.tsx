import type { Meta, StoryObj } from '@storybook/react-vite';
import { rtl } from '../.storybook/decorators';
import { Alert } from './Alert';

const meta = {
  title: 'Feedback/Alert',
  component: Alert,
  args: { tone: 'info', title: 'Your visit', children: 'Bring your residence permit card.' },
} satisfies Meta<typeof Alert>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Info: Story = {};
export const Success: Story = {
  args: { tone: 'success', title: 'Saved', children: 'Your answers are saved.' },
};
export const Warning: Story = {
  args: { tone: 'warning', title: 'Almost full', children: 'Few times left today.' },
};
export const Error: Story = {
  args: { tone: 'error', title: 'Could not save', children: 'Try again.' },
};
export const WithoutTitle: Story = { args: { title: undefined } };
export const RightToLeft: Story = {
  args: { title: 'زيارتك', children: 'أحضر بطاقة الإقامة.' },
  decorators: [rtl],
};
