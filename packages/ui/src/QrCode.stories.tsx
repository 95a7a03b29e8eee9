import type { Meta, StoryObj } from '@storybook/react-vite';
import { QrCode } from './QrCode';

const meta = {
  title: 'Data/QrCode',
  component: QrCode,
  args: { value: 'https://motesplats.example/i/ABC123', alt: 'QR code: link to your invitation' },
} satisfies Meta<typeof QrCode>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Small: Story = { args: { size: 96 } };
export const HighErrorCorrection: Story = { args: { errorCorrectionLevel: 'H' } };
