import { useMemo } from 'react';
import QRCodeLib from 'qrcode';
import { cx } from './field.js';

export interface QrCodeProps {
  /** The text or URL to encode. */
  value: string;
  /** Required text alternative, e.g. "QR code: link to your invitation". */
  alt: string;
  /** Rendered size in CSS pixels (default 192). */
  size?: number;
  /** Quiet zone in modules (default 4, as the standard asks). */
  margin?: number;
  errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
  className?: string;
}

/** Builds an SVG path of the dark modules (synchronous, so it renders on the first pass). */
export function qrPath(value: string, errorCorrectionLevel: 'L' | 'M' | 'Q' | 'H' = 'M') {
  const qr = QRCodeLib.create(value, { errorCorrectionLevel });
  const size = qr.modules.size;
  let d = '';
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (qr.modules.get(row, col)) d += `M${col} ${row}h1v1h-1z`;
    }
  }
  return { size, d };
}

export function QrCode({
  value,
  alt,
  size = 192,
  margin = 4,
  errorCorrectionLevel = 'M',
  className,
}: QrCodeProps) {
  const { size: modules, d } = useMemo(
    () => qrPath(value, errorCorrectionLevel),
    [value, errorCorrectionLevel],
  );
  const box = modules + margin * 2;
  return (
    <svg
      className={cx('ms-qrcode', className)}
      role="img"
      aria-label={alt}
      width={size}
      height={size}
      viewBox={`${-margin} ${-margin} ${box} ${box}`}
      shapeRendering="crispEdges"
      data-value={value}
    >
      <title>{alt}</title>
      <rect x={-margin} y={-margin} width={box} height={box} fill="#ffffff" />
      <path d={d} fill="#000000" />
    </svg>
  );
}
