import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { fn } from 'storybook/test';
import { LanguageSwitcher } from './LanguageSwitcher';

const meta = {
  title: 'Navigation/LanguageSwitcher',
  component: LanguageSwitcher,
  args: { value: 'sv', onChange: fn(), applyToDocument: false },
} satisfies Meta<typeof LanguageSwitcher>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Swedish: Story = {};
export const Arabic: Story = { args: { value: 'ar' } };
export const Interactive: Story = {
  render: (args) => {
    const [value, setValue] = useState(args.value);
    return <LanguageSwitcher {...args} value={value} onChange={(code) => setValue(code)} />;
  },
};
export const CustomList: Story = {
  args: {
    value: 'en',
    languages: [
      { code: 'sv', name: 'Svenska', dir: 'ltr' },
      { code: 'en', name: 'English', dir: 'ltr' },
    ],
  },
};
