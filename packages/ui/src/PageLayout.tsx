import type { ReactNode } from 'react';
import { cx } from './field.js';

export interface PageLayoutProps {
  header: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
  skipLinkLabel?: string;
  mainId?: string;
  /** Language and direction of the page, e.g. lang="ar" dir="rtl". */
  lang?: string;
  dir?: 'ltr' | 'rtl';
  className?: string;
}

/** Page skeleton: skip link, then header / main / footer landmarks. */
export function PageLayout({
  header,
  footer,
  children,
  skipLinkLabel = 'Skip to main content',
  mainId = 'main-content',
  lang,
  dir,
  className,
}: PageLayoutProps) {
  return (
    <div className={cx('ms-page', className)} lang={lang} dir={dir}>
      <a className="ms-skip-link" href={`#${mainId}`}>
        {skipLinkLabel}
      </a>
      <header className="ms-page__header">{header}</header>
      <main id={mainId} className="ms-page__main" tabIndex={-1}>
        {children}
      </main>
      {footer ? <footer className="ms-page__footer">{footer}</footer> : null}
    </div>
  );
}
