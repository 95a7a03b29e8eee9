import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { fn } from 'storybook/test';
import { rtl } from '../.storybook/decorators';
import { Button } from './Button';
import { Dialog } from './Dialog';

const meta = {
  title: 'Overlays/Dialog',
  component: Dialog,
  args: {
    open: true,
    onClose: fn(),
    title: 'Cancel the visit?',
    children: <p>The agency will be told that you are not coming.</p>,
  },
} satisfies Meta<typeof Dialog>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Open: Story = {};
export const WithFooter: Story = {
  args: {
    footer: (
      <>
        <Button variant="secondary">Keep</Button>
        <Button variant="danger">Cancel visit</Button>
      </>
    ),
  },
};
export const Interactive: Story = {
  args: { open: false },
  render: (args) => {
    const [open, setOpen] = useState(false);
    return (
      <>
        <Button onClick={() => setOpen(true)}>Open dialog</Button>
        <Dialog {...args} open={open} onClose={() => setOpen(false)} />
      </>
    );
  },
};
export const RightToLeft: Story = {
  args: { title: 'إلغاء الزيارة؟', closeLabel: 'إغلاق', children: <p>سيتم إبلاغ الجهة.</p> },
  decorators: [rtl],
};
