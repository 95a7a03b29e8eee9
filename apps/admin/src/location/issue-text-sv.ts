import type { ConfigIssue, IssueCode, IssueParams } from '@motesplats/location-config';
import { describePath, splitIssuePath } from './describe-path';
import { actorSv } from './labels';

const p = (params: IssueParams | undefined, key: string): string => String(params?.[key] ?? '');

/**
 * Swedish for every rule of the configuration and the national frame. A Record over the codes:
 * a new rule in location-config does not compile here until it has its Swedish text.
 */
const RULES_SV: Record<IssueCode, (params: IssueParams | undefined) => string> = {
  'unknown-field': (x) => `Fältet "${p(x, 'key')}" finns inte i en ortskonfiguration.`,
  unique: (x) =>
    `"${p(x, 'key')}" finns redan (${describePath(splitIssuePath(p(x, 'firstPath')))}).`,
  'track.none-enabled': () => 'Minst ett spår måste erbjudas.',
  'chain.empty-enabled': (x) => `Spår ${p(x, 'track')} erbjuds men har inga steg.`,
  'chain.actor-twice': (x) =>
    `${actorSv(p(x, 'actor'))} möter redan den nyanlända i steg ${p(x, 'step')}. Varje aktör finns en gång i kedjan.`,
  'chain.in-person-absent': (x) =>
    `${actorSv(p(x, 'actor'))} är inte på plats. Lägg till aktören under Aktörer eller gör steget till ett videosteg.`,
  'chain.mv-outside-track-1': (x) =>
    `Migrationsverket ingår inte i spår ${p(x, 'track')}: de nyanlända där har redan fått sitt beslut.`,
  'chain.track-1-starts-with-mv': () =>
    'Spår 1 börjar med Migrationsverket, som delger beslutet om uppehållstillstånd.',
  'chain.mv-unconditional': () => 'Migrationsverkets steg i spår 1 gäller alla (inget villkor).',
  'reach.satellite-is-home': (x) =>
    `Kranskommunen kan inte vara ortens egen kommun (${p(x, 'code')}).`,
  'reach.home-contact-missing': () =>
    'Ange hur de nyanlända når sin hemkommun (drop-in eller bokad tid, med en text) när kommunen inte finns på kontoret.',
  'reach.staff-not-present': (x) =>
    `${actorSv(p(x, 'actor'))} är inte på plats och kan därför inte bemanna härifrån.`,
  'hours.closes-before-opens': (x) =>
    `Stängningstiden måste vara efter öppningstiden ${p(x, 'opens')}.`,
  'frame.required-actor': (x) =>
    `Det nationella ramverket kräver ett steg med ${actorSv(p(x, 'actor'))} i spår ${p(x, 'track')}.`,
  'frame.required-unconditional': (x) =>
    `Det nationella ramverket kräver att steget med ${actorSv(p(x, 'actor'))} gäller alla i spår ${p(x, 'track')} (inget villkor).`,
  'frame.max-minutes': (x) =>
    `Spår ${p(x, 'track')} tar ${p(x, 'minutes')} minuter; det nationella ramverket tillåter högst ${p(x, 'maximum')}.`,
  'frame.in-person': (x) =>
    `Det nationella ramverket kräver att ${actorSv(p(x, 'actor'))} möter den nyanlända på plats.`,
  'frame.info-sheet-languages': (x) =>
    `Det nationella ramverket kräver informationsbladet på ${p(x, 'missing')}.`,
};

/** Formats the schema checks per field: their bounds mean minutes, people, characters or items. */
const FORMAT_SV: Record<string, string> = {
  postalCode: 'Skriv postnumret som NNN NN, till exempel 123 45.',
  code: 'Ange en kommunkod med fyra siffror.',
  opens: 'Skriv tiden som TT:MM, till exempel 08:30.',
  closes: 'Skriv tiden som TT:MM, till exempel 16:00.',
  language: 'Ange en språkkod med två eller tre små bokstäver, till exempel ar eller prs.',
  id: 'Använd små bokstäver a–z, siffror och enstaka bindestreck.',
};

const UNIT_SV: Record<string, string> = {
  minutes: 'minuter',
  capacity: 'platser',
  count: 'tolkar',
};

function zodSv(code: string, field: string, params: IssueParams | undefined): string | null {
  const origin = p(params, 'origin');
  const unit = UNIT_SV[field];
  switch (code) {
    case 'too_small':
      if (origin === 'array') return 'Välj eller lägg till minst en.';
      if (origin === 'string') return 'Fyll i fältet.';
      return `Ange minst ${p(params, 'minimum')}${unit ? ` ${unit}` : ''}.`;
    case 'too_big':
      if (origin === 'string') return `Högst ${p(params, 'maximum')} tecken.`;
      return `Ange högst ${p(params, 'maximum')}${unit ? ` ${unit}` : ''}.`;
    case 'invalid_type':
      return p(params, 'expected') === 'number' || p(params, 'expected') === 'int'
        ? 'Ange ett heltal.'
        : 'Fyll i fältet.';
    case 'invalid_format':
      return FORMAT_SV[field] ?? 'Fyll i en text.';
    case 'invalid_value':
      return 'Välj ett av alternativen.';
    default:
      return null;
  }
}

/**
 * The issue in Swedish, for the admin. location-config's messages are English (the API's and
 * developers' language); the code and params say the same thing, so the UI says it in Swedish.
 * An issue without a code we know keeps its English message rather than saying nothing.
 */
export function issueTextSv(issue: ConfigIssue): string {
  const code = issue.code;
  if (code?.startsWith('zod.')) {
    const field = String(splitIssuePath(issue.path).at(-1) ?? '');
    return zodSv(code.slice(4), field, issue.params) ?? issue.message;
  }
  if (code && code in RULES_SV) return RULES_SV[code as IssueCode](issue.params);
  return issue.message;
}
