import { useEffect, type ChangeEvent } from 'react';
import { cx, useFieldIds } from './field.js';

export interface Language {
  code: string;
  /** The language's name in itself (endonym). */
  name: string;
  dir: 'ltr' | 'rtl';
}

/**
 * The six languages of the national information sheet, named in themselves. Mirrors LOCALES and
 * LOCALE_NAMES in @motesplats/i18n; apps may pass their own list.
 */
export const DEFAULT_LANGUAGES: readonly Language[] = [
  { code: 'sv', name: 'Svenska', dir: 'ltr' },
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'prs', name: 'دری', dir: 'rtl' },
  { code: 'so', name: 'Soomaali', dir: 'ltr' },
  { code: 'ti', name: 'ትግርኛ', dir: 'ltr' },
];

export interface LanguageSwitcherProps {
  value: string;
  onChange: (code: string, language: Language) => void;
  languages?: readonly Language[];
  /** Bilingual by default so that everyone can find it. */
  label?: string;
  /** Sets `lang` and `dir` on `<html>` for the selected language (default true). */
  applyToDocument?: boolean;
  id?: string;
  className?: string;
}

export function LanguageSwitcher({
  value,
  onChange,
  languages = DEFAULT_LANGUAGES,
  label = 'Språk / Language',
  applyToDocument = true,
  id,
  className,
}: LanguageSwitcherProps) {
  const ids = useFieldIds(id, undefined, undefined);
  const selected = languages.find((l) => l.code === value);

  useEffect(() => {
    if (!applyToDocument || !selected || typeof document === 'undefined') return;
    document.documentElement.lang = selected.code;
    document.documentElement.dir = selected.dir;
  }, [applyToDocument, selected]);

  const handleChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const language = languages.find((l) => l.code === event.target.value);
    if (language) onChange(language.code, language);
  };

  return (
    <div className={cx('ms-language-switcher', className)}>
      <label htmlFor={ids.inputId}>{label}</label>
      <select id={ids.inputId} className="ms-input" value={value} onChange={handleChange}>
        {languages.map((l) => (
          <option key={l.code} value={l.code} lang={l.code} dir={l.dir}>
            {l.name}
          </option>
        ))}
      </select>
    </div>
  );
}
