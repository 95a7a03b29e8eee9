/**
 * Design tokens. The same values are declared as CSS custom properties in `styles.css`
 * (`--ms-color-text`, `--ms-space-3`, ...); test/tokens.test.ts checks that both agree and that
 * every text/background pair meets WCAG 2.1 AA contrast.
 */
export const colors = {
  text: '#1b1b1f',
  textMuted: '#4d4d57',
  background: '#ffffff',
  surface: '#f4f5f7',
  border: '#6e6e78',
  primary: '#0a58ca',
  primaryHover: '#084298',
  onPrimary: '#ffffff',
  secondary: '#ffffff',
  onSecondary: '#0a58ca',
  danger: '#b02a37',
  dangerHover: '#842029',
  onDanger: '#ffffff',
  focus: '#0a58ca',
  link: '#0a58ca',
  error: '#b02a37',
  infoBg: '#e7f1ff',
  infoText: '#052c65',
  infoBorder: '#0a58ca',
  successBg: '#d1e7dd',
  successText: '#0a3622',
  successBorder: '#146c43',
  warningBg: '#fff3cd',
  warningText: '#523e02',
  warningBorder: '#8a5300',
  errorBg: '#f8d7da',
  errorText: '#58151c',
  errorBorder: '#b02a37',
  badgeTodoBg: '#e9ecef',
  badgeTodoText: '#1b1b1f',
  badgeDoneBg: '#d1e7dd',
  badgeDoneText: '#0a3622',
  badgeFollowUpBg: '#fff3cd',
  badgeFollowUpText: '#523e02',
  badgeNotApplicableBg: '#f4f5f7',
  badgeNotApplicableText: '#4d4d57',
  badgeAtRiskBg: '#f8d7da',
  badgeAtRiskText: '#58151c',
} as const;

export type ColorToken = keyof typeof colors;

/** Spacing scale (rem), index = step. */
export const space = [
  '0',
  '0.25rem',
  '0.5rem',
  '0.75rem',
  '1rem',
  '1.5rem',
  '2rem',
  '3rem',
] as const;

/** Type scale: font sizes and line heights. */
export const fontSize = {
  sm: '0.875rem',
  md: '1rem',
  lg: '1.25rem',
  xl: '1.5rem',
  xxl: '2rem',
} as const;

export const lineHeight = { tight: '1.25', normal: '1.5' } as const;

export const fontFamily =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Ethiopic', sans-serif";

export const radii = { sm: '0.25rem', md: '0.5rem', pill: '999px' } as const;

export const focusRing = { width: '3px', offset: '2px', color: colors.focus } as const;

/** A foreground/background pair and the WCAG 2.1 AA minimum it must meet. */
export interface ContrastPair {
  name: string;
  foreground: ColorToken;
  background: ColorToken;
  /** 4.5 for body text, 3 for large text and UI components (borders, focus ring). */
  minimum: 4.5 | 3;
}

export const contrastPairs: readonly ContrastPair[] = [
  { name: 'body text', foreground: 'text', background: 'background', minimum: 4.5 },
  { name: 'body text on surface', foreground: 'text', background: 'surface', minimum: 4.5 },
  { name: 'muted text', foreground: 'textMuted', background: 'background', minimum: 4.5 },
  { name: 'muted text on surface', foreground: 'textMuted', background: 'surface', minimum: 4.5 },
  { name: 'link', foreground: 'link', background: 'background', minimum: 4.5 },
  { name: 'error text', foreground: 'error', background: 'background', minimum: 4.5 },
  { name: 'primary button', foreground: 'onPrimary', background: 'primary', minimum: 4.5 },
  {
    name: 'primary button hover',
    foreground: 'onPrimary',
    background: 'primaryHover',
    minimum: 4.5,
  },
  { name: 'secondary button', foreground: 'onSecondary', background: 'secondary', minimum: 4.5 },
  { name: 'danger button', foreground: 'onDanger', background: 'danger', minimum: 4.5 },
  { name: 'danger button hover', foreground: 'onDanger', background: 'dangerHover', minimum: 4.5 },
  { name: 'input border', foreground: 'border', background: 'background', minimum: 3 },
  { name: 'focus ring', foreground: 'focus', background: 'background', minimum: 3 },
  { name: 'focus ring on surface', foreground: 'focus', background: 'surface', minimum: 3 },
  { name: 'info alert', foreground: 'infoText', background: 'infoBg', minimum: 4.5 },
  { name: 'info alert border', foreground: 'infoBorder', background: 'background', minimum: 3 },
  { name: 'success alert', foreground: 'successText', background: 'successBg', minimum: 4.5 },
  {
    name: 'success alert border',
    foreground: 'successBorder',
    background: 'background',
    minimum: 3,
  },
  { name: 'warning alert', foreground: 'warningText', background: 'warningBg', minimum: 4.5 },
  {
    name: 'warning alert border',
    foreground: 'warningBorder',
    background: 'background',
    minimum: 3,
  },
  { name: 'error alert', foreground: 'errorText', background: 'errorBg', minimum: 4.5 },
  { name: 'error alert border', foreground: 'errorBorder', background: 'background', minimum: 3 },
  { name: 'badge todo', foreground: 'badgeTodoText', background: 'badgeTodoBg', minimum: 4.5 },
  { name: 'badge done', foreground: 'badgeDoneText', background: 'badgeDoneBg', minimum: 4.5 },
  {
    name: 'badge follow-up',
    foreground: 'badgeFollowUpText',
    background: 'badgeFollowUpBg',
    minimum: 4.5,
  },
  {
    name: 'badge not applicable',
    foreground: 'badgeNotApplicableText',
    background: 'badgeNotApplicableBg',
    minimum: 4.5,
  },
  {
    name: 'badge at risk',
    foreground: 'badgeAtRiskText',
    background: 'badgeAtRiskBg',
    minimum: 4.5,
  },
];

/** `primaryHover` -> `--ms-color-primary-hover`. */
export function colorVariable(token: ColorToken): string {
  return `--ms-color-${token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** Every token as a CSS custom property, as declared on `:root` in styles.css. */
export function cssVariables(): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [token, value] of Object.entries(colors))
    vars[colorVariable(token as ColorToken)] = value;
  space.forEach((value, step) => (vars[`--ms-space-${step}`] = value));
  for (const [k, v] of Object.entries(fontSize)) vars[`--ms-font-size-${k}`] = v;
  for (const [k, v] of Object.entries(lineHeight)) vars[`--ms-line-height-${k}`] = v;
  for (const [k, v] of Object.entries(radii)) vars[`--ms-radius-${k}`] = v;
  vars['--ms-focus-width'] = focusRing.width;
  vars['--ms-focus-offset'] = focusRing.offset;
  return vars;
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2.1 relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => channel(parseInt(h as string, 16))) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.1 contrast ratio, 1..21. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  const [hi, lo] = la > lb ? [la, lb] : [lb, la];
  return (hi + 0.05) / (lo + 0.05);
}
