import { parseSwedishIdentityNumber, type IdentifierKind } from '@motesplats/contracts';

/** A normalised identifier as stored: kind plus digits. */
export function identifierOf(input: { dossierNumber?: string; personalIdentityNumber?: string }): {
  kind: IdentifierKind;
  value: string;
} | null {
  if (input.dossierNumber) return { kind: 'dossier-number', value: input.dossierNumber };
  if (input.personalIdentityNumber) {
    const parsed = parseSwedishIdentityNumber(input.personalIdentityNumber);
    if (parsed) return { kind: parsed.kind, value: parsed.value };
  }
  return null;
}

/** A person has one current dossier number and one current personal identity number. */
export function sameSlot(a: IdentifierKind, b: IdentifierKind): boolean {
  const slot = (kind: IdentifierKind) => (kind === 'dossier-number' ? 'dossier' : 'personal');
  return slot(a) === slot(b);
}
