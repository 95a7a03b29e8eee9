import type { Meta, StoryObj } from '@storybook/react-vite';
import { rtl } from '../.storybook/decorators';
import { Checkbox } from './Checkbox';

const meta = {
  title: 'Forms/Checkbox',
  component: Checkbox,
  args: { label: 'I need an interpreter' },
} satisfies Meta<typeof Checkbox>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Checked: Story = { args: { defaultChecked: true } };
export const Disabled: Story = { args: { disabled: true } };
export const WithError: Story = {
  args: { label: 'I consent', required: true, error: 'Consent is required' },
};
export const RightToLeft: Story = { args: { label: 'أحتاج إلى مترجم' }, decorators: [rtl] };
