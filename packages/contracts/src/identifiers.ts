import PersonnummerModule from 'personnummer';
import { z } from 'zod';

// The package ships CommonJS whose module.exports is the class, but its types declare an ES
// default export; under NodeNext the two disagree, so take whichever the runtime gave us.
const Personnummer = ((PersonnummerModule as unknown as { default?: unknown }).default ??
  PersonnummerModule) as unknown as typeof PersonnummerModule.default;

export type SwedishIdentityNumber = {
  kind: 'personnummer' | 'samordningsnummer';
  /** 12 digits, century included: the one form we store and search by. */
  value: string;
  /** The birth date the number encodes (a samordningsnummer's day is the birth day + 60). */
  birthDate: string;
};

/**
 * Reads a personnummer or samordningsnummer in any common form (YYMMDD-NNNN, YYYYMMDDNNNN, …),
 * checking the date and the check digit with the maintained `personnummer` library.
 */
export function parseSwedishIdentityNumber(input: string): SwedishIdentityNumber | null {
  try {
    const parsed = Personnummer.parse(input.trim(), {
      allowCoordinationNumber: true,
      allowInterimNumber: false,
    });
    const date = parsed.getDate();
    const pad = (n: number) => String(n).padStart(2, '0');
    return {
      kind: parsed.isCoordinationNumber() ? 'samordningsnummer' : 'personnummer',
      value: parsed.format(true).replace(/\D/g, ''),
      birthDate: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
    };
  } catch {
    return null;
  }
}

export const SwedishIdentityNumberInput = z
  .string()
  .refine((value) => parseSwedishIdentityNumber(value) !== null, {
    message:
      'expected a valid personnummer or samordningsnummer, e.g. YYYYMMDD-NNNN (a samordningsnummer has the birth day + 60), with a correct check digit',
  });

/**
 * Migrationsverket's dossier number. We accept 6–10 digits with at most one hyphen and store the
 * digits only, so '12-345678' and '12345678' find the same person.
 */
export const DossierNumberInput = z
  .string()
  .trim()
  .regex(/^\d+(-\d+)?$/, 'expected a dossier number of 6–10 digits, e.g. 12-345678')
  .refine((value) => /^\d{6,10}$/.test(value.replace('-', '')), {
    message: 'expected a dossier number of 6–10 digits, e.g. 12-345678',
  })
  .transform((value) => value.replace('-', ''));

export const IdentifierKind = z.enum(['dossier-number', 'personnummer', 'samordningsnummer']);
export type IdentifierKind = z.infer<typeof IdentifierKind>;
