import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Alert, PageLayout, TextField } from '../src';
import { seriousViolations } from './axe';

import { stylesCss as css } from './read-css';
const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');

describe('right-to-left', () => {
  it('styles.css uses logical properties only (no physical left/right)', () => {
    const physical = [
      /(?:^|[\s;{])(?:left|right)\s*:/m, // left: / right:
      /-(?:left|right)\b/, // margin-left, padding-right, border-left-color ...
      /:\s*(?:left|right)\b/, // text-align: left, float: right ...
      /\b(?:margin|padding)-(?:top|bottom)\b/, // prefer margin-block-*
      /(?:^|[\s;{])(?:width|height|min-width|max-width|min-height|max-height)\s*:/m,
    ];
    for (const pattern of physical) expect(withoutComments).not.toMatch(pattern);
    expect(withoutComments).toMatch(
      /margin-inline|padding-inline|inset-inline-start|text-align:\s*start/,
    );
  });

  it('renders a page under dir="rtl" with no serious axe violations', async () => {
    const { container } = render(
      <PageLayout lang="ar" dir="rtl" header={<p>مكان اللقاء</p>} skipLinkLabel="انتقل إلى المحتوى">
        <TextField label="الاسم" error="مطلوب" />
        <Alert tone="warning">تنبيه</Alert>
      </PageLayout>,
    );
    const page = container.querySelector('.ms-page');
    expect(page?.getAttribute('dir')).toBe('rtl');
    expect(page?.closest('[dir]')?.getAttribute('dir')).toBe('rtl');
    expect(screen.getByRole('main')).toBeDefined();
    expect(screen.getByRole('textbox', { name: 'الاسم' }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(await seriousViolations(container)).toEqual([]);
  });
});
