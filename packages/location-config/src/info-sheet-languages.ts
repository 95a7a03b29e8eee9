import { z } from 'zod';

/** The national info sheet exists in Swedish, English, Arabic, Dari, Somali and Tigrinya. */
export const INFO_SHEET_LANGUAGES = ['sv', 'en', 'ar', 'prs', 'so', 'ti'] as const;
export const InfoSheetLanguage = z.enum(INFO_SHEET_LANGUAGES);
export type InfoSheetLanguage = z.infer<typeof InfoSheetLanguage>;
