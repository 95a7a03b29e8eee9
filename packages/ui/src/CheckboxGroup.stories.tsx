import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { rtl } from '../.storybook/decorators';
import { CheckboxGroup, type CheckboxGroupProps } from './CheckboxGroup';

const OPTIONS = [
  { value: 'af', label: 'Arbetsförmedlingen' },
  { value: 'fk', label: 'Försäkringskassan' },
  { value: 'skv', label: 'Skatteverket' },
] as const;
type Actor = (typeof OPTIONS)[number]['value'];

function Stateful(props: Omit<CheckboxGroupProps<Actor>, 'selected' | 'onChange'>) {
  const [selected, setSelected] = useState<Actor[]>(['af']);
  return <CheckboxGroup {...props} selected={selected} onChange={setSelected} />;
}

const meta = {
  title: 'Forms/CheckboxGroup',
  component: Stateful,
  args: { legend: 'Actors present', options: OPTIONS },
} satisfies Meta<typeof Stateful>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithHintAndError: Story = {
  args: { hint: 'Who meets the newcomer at the venue', error: 'Expected at least one actor' },
};
export const RightToLeft: Story = {
  args: { legend: 'الجهات الحاضرة' },
  decorators: [rtl],
};
