import type { Meta, StoryObj } from '@storybook/react-vite';
import { PageLayout } from './PageLayout';

const meta = {
  title: 'Layout/PageLayout',
  component: PageLayout,
  parameters: { layout: 'fullscreen' },
  args: {
    header: <p>Mötesplats</p>,
    footer: <p>Mötesplats och information</p>,
    children: (
      <>
        <h1>Welcome</h1>
        <p>One day, one place, every agency.</p>
      </>
    ),
  },
} satisfies Meta<typeof PageLayout>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithoutFooter: Story = { args: { footer: undefined } };
export const RightToLeft: Story = {
  args: {
    lang: 'ar',
    dir: 'rtl',
    skipLinkLabel: 'انتقل إلى المحتوى الرئيسي',
    header: <p>مكان اللقاء</p>,
    children: <h1>مرحباً</h1>,
  },
};
