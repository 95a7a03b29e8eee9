import type { Meta, StoryObj } from '@storybook/react-vite';
import { rtl } from '../.storybook/decorators';
import { Tabs } from './Tabs';

const tabs = [
  { id: 'today', label: 'Today', content: <p>Visits today.</p> },
  { id: 'week', label: 'This week', content: <p>Visits this week.</p> },
  { id: 'all', label: 'All', content: <p>All visits.</p> },
];

const meta = {
  title: 'Navigation/Tabs',
  component: Tabs,
  args: { label: 'Visits', tabs },
} satisfies Meta<typeof Tabs>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const SecondSelected: Story = { args: { defaultSelectedId: 'week' } };
export const WithDisabledTab: Story = {
  args: {
    tabs: [...tabs.slice(0, 2), { id: 'all', label: 'All', content: <p>All.</p>, disabled: true }],
  },
};
export const RightToLeft: Story = {
  args: {
    label: 'الزيارات',
    tabs: [
      { id: 'today', label: 'اليوم', content: <p>زيارات اليوم.</p> },
      { id: 'week', label: 'هذا الأسبوع', content: <p>زيارات هذا الأسبوع.</p> },
    ],
  },
  decorators: [rtl],
};
