/**
 * Every text the package produces, by message key, with ICU-style `{param}` placeholders, so the
 * i18n package can add ar, prs, so and ti without touching the rules. One text per language,
 * written to be read aloud to the newcomer and still be precise enough for the caseworker:
 * second person, short sentences, the Swedish term in brackets where a caseworker would look
 * for it. Legal citations stay Swedish in every language; that is how they are cited.
 * No apostrophes in the texts: in ICU MessageFormat an apostrophe can start a quoted span.
 */
const sv = {
  'permit.met':
    'Ditt uppehållstillstånd är beviljat enligt {permit}, och den grunden ingår i målgruppen.',
  'permit.notListed':
    'Ditt uppehållstillstånd är beviljat enligt {permit}, och den grunden ingår inte i målgruppen (grunder som ingår: {accepted}).',
  'permit.sectionMissing':
    'Vi vet att ditt uppehållstillstånd gäller {chapter} kap. {law}, men inte vilken paragraf. Paragrafen avgör om du ingår.',
  'permit.missing': 'Vi vet inte vilket uppehållstillstånd du har (grunder som ingår: {accepted}).',
  'permit.none':
    'Det finns inget uppehållstillstånd registrerat för dig. Man måste ha uppehållstillstånd på en grund som ingår ({accepted}).',
  'permit.notYetGranted':
    'Ditt uppehållstillstånd beviljades {grantedOn}. Den {onDate} hade du det ännu inte.',

  'age.principal.met': 'Du är {age} år. Man ska vara {min}–{max} år, och det är du.',
  'age.principal.tooYoung':
    'Du är {age} år. Man måste vara {min}–{max} år. Ett barn kan ändå ingå om barnet har kommit med eller flyttat till en anhörig som ingår i målgruppen.',
  'age.principal.tooOld':
    'Du är {age} år. Man måste vara {min}–{max} år. Den som har fyllt {nuclearFrom} år kan ändå ingå om man har flyttat till en anhörig i kärnfamiljen som ingår i målgruppen.',
  'age.child.met': 'Du är {age} år. Medföljande barn ska vara under {limit} år, och det är du.',
  'age.child.notMet':
    'Du är {age} år. Medföljande barn måste vara under {limit} år, så du kan inte ingå som medföljande barn.',
  'age.family.met': 'Du är {age} år. Anhöriga under {nuclearFrom} år ingår.',
  'age.family.senior':
    'Du är {age} år. Anhöriga som har fyllt {nuclearFrom} år ingår om de hör till kärnfamiljen.',

  'housing.municipalityPlaced':
    'Du har fått en plats i en kommun (kommunplacerad). Det boendet ingår.',
  'housing.own': 'Du har ordnat ett eget boende. Det boendet ingår.',
  'housing.migrationFacility':
    'Du bor kvar i Migrationsverkets boende (anläggningsboende). Det boendet ingår.',
  'housing.other':
    'Ditt boende är varken kommunplacering, eget boende eller Migrationsverkets boende. Bara de tre boendeformerna ingår.',
  'housing.none':
    'Det finns inget boende registrerat för dig. Man ska vara kommunplacerad, ha eget boende eller bo kvar i Migrationsverkets boende.',
  'housing.missing':
    'Vi vet inte hur du bor. Man ska vara kommunplacerad, ha eget boende eller bo kvar i Migrationsverkets boende.',

  'unaccompanied.flagged':
    'Du har kommit till Sverige som ensamkommande barn. Ensamkommande barn ingår inte i målgruppen.',
  'unaccompanied.no': 'Du har inte kommit till Sverige som ensamkommande barn.',
  'unaccompanied.adult': 'Du är {age} år och räknas därför inte som ensamkommande barn.',
  'unaccompanied.missing':
    'Vi vet inte om du har kommit till Sverige som ensamkommande barn. Ensamkommande barn ingår inte i målgruppen.',

  'relation.child.met': 'Du har kommit tillsammans med en anhörig som ingår i målgruppen.',
  'relation.child.notMet':
    'Den anhöriga du kom med ingår inte i målgruppen. Medföljande barn ingår bara när den anhöriga gör det.',
  'relation.child.missing': 'Vi vet inte om den anhöriga du kom med ingår i målgruppen.',
  'relation.family.met': 'Du har flyttat till en anhörig som ingår i målgruppen.',
  'relation.family.notMet':
    'Den anhöriga du har flyttat till ingår inte i målgruppen. Anhöriga ingår bara när den de flyttar till gör det.',
  'relation.family.missing': 'Vi vet inte om den anhöriga du har flyttat till ingår i målgruppen.',

  'nuclearFamily.met':
    'Du hör till kärnfamiljen. Därför ingår du, fast du har fyllt {nuclearFrom} år.',
  'nuclearFamily.notMet':
    'Du hör inte till kärnfamiljen. Anhöriga som har fyllt {nuclearFrom} år ingår bara om de hör till kärnfamiljen.',
  'nuclearFamily.missing':
    'Vi vet inte om du hör till kärnfamiljen. Det avgör saken, eftersom du har fyllt {nuclearFrom} år.',

  'category.principal': 'Du ingår i målgruppen.',
  'category.accompanying-child': 'Du ingår i målgruppen som medföljande barn.',
  'category.family-reunification': 'Du ingår i målgruppen som anhörig.',
  'category.family-reunification-65-plus':
    'Du ingår i målgruppen som anhörig i kärnfamiljen som har fyllt 65 år.',
  'category.excluded': 'Du ingår inte i målgruppen.',
  'category.unknown': 'Vi kan inte avgöra ännu om du ingår i målgruppen. Det saknas uppgifter.',
} as const;

export type MessageKey = keyof typeof sv;

const en: Record<MessageKey, string> = {
  'permit.met':
    'Your residence permit was granted under {permit}, and that ground is included in the target group.',
  'permit.notListed':
    'Your residence permit was granted under {permit}, and that ground is not included in the target group (included grounds: {accepted}).',
  'permit.sectionMissing':
    'We know your residence permit is under {chapter} kap. {law}, but not which section. The section decides whether you are included.',
  'permit.missing':
    'We do not know which residence permit you have (included grounds: {accepted}).',
  'permit.none':
    'No residence permit is recorded for you. You need a residence permit on an included ground ({accepted}).',
  'permit.notYetGranted':
    'Your residence permit was granted on {grantedOn}. On {onDate} you did not have it yet.',

  'age.principal.met': 'You are {age} years old. You must be {min}–{max}, and you are.',
  'age.principal.tooYoung':
    'You are {age} years old. You must be {min}–{max}. A child can still be included if the child came with, or joined, a relative who is in the target group.',
  'age.principal.tooOld':
    'You are {age} years old. You must be {min}–{max}. Someone aged {nuclearFrom} or over can still be included if they joined a nuclear-family relative who is in the target group.',
  'age.child.met':
    'You are {age} years old. Accompanying children must be under {limit}, and you are.',
  'age.child.notMet':
    'You are {age} years old. Accompanying children must be under {limit}, so you cannot be included as an accompanying child.',
  'age.family.met': 'You are {age} years old. Relatives under {nuclearFrom} are included.',
  'age.family.senior':
    'You are {age} years old. Relatives aged {nuclearFrom} or over are included if they belong to the nuclear family.',

  'housing.municipalityPlaced':
    'You have been placed in a municipality. That form of housing is included.',
  'housing.own': 'You have arranged your own housing. That form of housing is included.',
  'housing.migrationFacility':
    'You still live in housing provided by Migrationsverket (the Swedish Migration Agency). That form of housing is included.',
  'housing.other':
    'Your housing is not a municipal placement, your own housing or Migrationsverket housing. Only those three are included.',
  'housing.none':
    'No housing is recorded for you. You must be placed in a municipality, have your own housing or still live in Migrationsverket housing.',
  'housing.missing':
    'We do not know where you live. You must be placed in a municipality, have your own housing or still live in Migrationsverket housing.',

  'unaccompanied.flagged':
    'You came to Sweden as an unaccompanied child. Unaccompanied children are not included in the target group.',
  'unaccompanied.no': 'You did not come to Sweden as an unaccompanied child.',
  'unaccompanied.adult': 'You are {age} years old, so you do not count as an unaccompanied child.',
  'unaccompanied.missing':
    'We do not know whether you came to Sweden as an unaccompanied child. Unaccompanied children are not included in the target group.',

  'relation.child.met': 'You came together with a relative who is in the target group.',
  'relation.child.notMet':
    'The relative you came with is not in the target group. Accompanying children are included only when that relative is.',
  'relation.child.missing':
    'We do not know whether the relative you came with is in the target group.',
  'relation.family.met': 'You have joined a relative who is in the target group.',
  'relation.family.notMet':
    'The relative you joined is not in the target group. Relatives are included only when the person they join is.',
  'relation.family.missing':
    'We do not know whether the relative you joined is in the target group.',

  'nuclearFamily.met':
    'You belong to the nuclear family. So you are included, even though you are {nuclearFrom} or over.',
  'nuclearFamily.notMet':
    'You do not belong to the nuclear family. Relatives aged {nuclearFrom} or over are included only within the nuclear family.',
  'nuclearFamily.missing':
    'We do not know whether you belong to the nuclear family. It matters, because you are {nuclearFrom} or over.',

  'category.principal': 'You are in the target group.',
  'category.accompanying-child': 'You are in the target group as an accompanying child.',
  'category.family-reunification': 'You are in the target group as a relative.',
  'category.family-reunification-65-plus':
    'You are in the target group as a nuclear-family relative aged 65 or over.',
  'category.excluded': 'You are not in the target group.',
  'category.unknown':
    'We cannot tell yet whether you are in the target group. Some information is missing.',
};

export const LOCALES = ['sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export type MessageParams = Readonly<Record<string, string | number>>;

/** The catalogue, per locale, keyed by message key. */
export const messages: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> =
  Object.freeze({
    sv: Object.freeze(sv),
    en: Object.freeze(en),
  });

/**
 * Fills `{name}` placeholders. A placeholder without a value is left as it is, so a gap shows up
 * in the text (and in the tests) instead of turning into "undefined".
 */
export function formatMessage(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
}

export function translate(key: MessageKey, params: MessageParams, locale: Locale): string {
  return formatMessage(messages[locale][key], params);
}
