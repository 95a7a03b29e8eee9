import type { Decorator } from '@storybook/react-vite';

/** Renders a story right to left, in Arabic, as the newcomer app does for ar and prs. */
export const rtl: Decorator = (Story) => (
  <div dir="rtl" lang="ar">
    <Story />
  </div>
);
