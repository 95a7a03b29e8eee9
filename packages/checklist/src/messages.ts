import { ACTOR_IDS, ACTOR_NAMES } from '@motesplats/location-config';
import type { ActorId } from '@motesplats/location-config';
import { formatMessage } from '@motesplats/target-group';
import type { Locale, MessageParams } from '@motesplats/target-group';
import type { ItemCode } from './item-codes.js';
import { ITEM_CODES } from './item-codes.js';
import type { DetailField, DetailValue } from './item-details.js';
import { DETAIL_FIELDS, DETAIL_VALUES } from './item-details.js';

/**
 * Every text the package produces, by key, with `{param}` placeholders (target-group's format
 * and formatMessage), so the i18n package can add ar, prs, so and ti by key. Written to be read
 * by the newcomer: plain words, the Swedish term in brackets where a caseworker looks for it.
 * No apostrophes: in ICU MessageFormat an apostrophe can start a quoted span.
 */
const sv = {
  'item.decision-notification': 'Delgivning av beslutet om uppehållstillstånd',
  'item.move-notification':
    'Anmälan om flytt till Sverige, för folkbokföring och personnummer (Skatteverket beslutar)',
  'item.id-card-info': 'Information om id-kort: vad det kostar och vilka handlingar som behövs',
  'item.jobseeker-registration': 'Inskrivning på Arbetsförmedlingen',
  'item.establishment-meeting': 'Första etableringssamtalet: kartläggning av tidigare erfarenheter',
  'item.grades-assessment': 'Bedömning eller översättning av betyg och intyg',
  'item.establishment-benefit': 'Ansökan om etableringsersättning',
  'item.insurance-registration': 'Anmälan till den svenska socialförsäkringen',
  'item.benefits-info': 'Information om förmåner som passar hushållet, och stöd med ansökningar',
  'item.pension-application': 'Ansökan om ålderspension eller äldreförsörjningsstöd',
  'item.sfi-registration': 'Anmälan till svenska för invandrare (SFI)',
  'item.preschool-registration': 'Anmälan till förskola',
  'item.school-registration': 'Anmälan till skola',
  'item.financial-assistance':
    'Ansökan om ekonomiskt bistånd tills etableringsersättningen börjar betalas ut',
  'item.home-municipality-contact':
    'Kontakta din hemkommun om SFI, förskola, skola och ekonomiskt bistånd',
  'item.waiting': 'Väntar på: {prerequisite}',

  'status.todo': 'Att göra',
  'status.done': 'Klart',
  'status.not-applicable': 'Gäller inte',
  'status.follow-up': 'Följs upp',

  'detail.permitCardHandedOver': 'Kortet om uppehållstillstånd är överlämnat',
  'detail.documentsChecked': 'Kontrollerade handlingar',
  'detail.appointmentBooked': 'Tid för id-kort är bokad',
  'detail.experience': 'Tidigare erfarenheter',
  'detail.education': 'Utbildning',
  'detail.documents': 'Handlingar att bedöma eller översätta',
  'detail.submitted': 'Handlingarna är inlämnade',
  'detail.applicationStatus': 'Ansökan',
  'detail.topicsCovered': 'Förmåner som vi har gått igenom',
  'detail.benefit': 'Förmån',
  'detail.placementWish': 'Önskemål om plats',

  'detail-value.passport': 'Pass',
  'detail-value.permit-card': 'Kort om uppehållstillstånd',
  'detail-value.marriage-certificate': 'Vigselbevis',
  'detail-value.birth-certificate': 'Födelsebevis',
  'detail-value.other-id': 'Annan id-handling',
  'detail-value.school-grades': 'Skolbetyg',
  'detail-value.university-degree': 'Examensbevis från universitet eller högskola',
  'detail-value.vocational-certificate': 'Yrkesbevis',
  'detail-value.work-certificate': 'Arbetsgivarintyg',
  'detail-value.child-allowance': 'Barnbidrag',
  'detail-value.housing-allowance': 'Bostadsbidrag',
  'detail-value.parental-benefit': 'Föräldrapenning',
  'detail-value.sickness-benefit': 'Sjukpenning',
  'detail-value.dental-care': 'Tandvårdsstöd',
  'detail-value.maintenance-support': 'Underhållsstöd',
  'detail-value.not-applied': 'Inte ansökt',
  'detail-value.applied': 'Ansökt',
  'detail-value.submitted': 'Ansökan inlämnad',
  'detail-value.decided': 'Beslut fattat',
  'detail-value.guarantee-pension': 'Garantipension',
  'detail-value.elderly-maintenance-support': 'Äldreförsörjningsstöd',

  'activity.studies': 'studier',
  'activity.sfi': 'SFI',
  'activity.work': 'arbete',
  'activity.work-placement': 'praktik',
  'activity.job-search': 'jobbsökande',
  'activity.sick-leave': 'sjukskrivning',
  'activity.rest': 'vila',
  'activity.parental-leave': 'föräldraledighet',
  'activity.other': 'annan aktivitet',

  'period.closed': '{from}–{until}',
  'period.open': 'från och med {from}',
  'conflict.activity': '{kind} ({actor}, {hours} timmar i veckan)',
  'conflict.absence-overlap':
    'Planerna krockar {period}: {first} ({firstActor}) och {second} ({secondActor}). Den som är sjukskriven eller ska vila kan inte samtidigt delta i en annan aktivitet.',
  'conflict.double-full-time':
    'Två heltidsaktiviteter samtidigt {period}: {activities}. Heltid är minst {fullTime} timmar i veckan, och ingen kan göra två heltidsaktiviteter på en gång.',
  'conflict.over-hours':
    'För många timmar {period}: {activities} blir sammanlagt {hours} timmar i veckan. Det är mer än {limit} timmar i veckan.',
} as const;

export type ChecklistMessageKey = keyof typeof sv | `actor.${ActorId}`;

const en: Record<keyof typeof sv, string> = {
  'item.decision-notification': 'Notification of the residence permit decision',
  'item.move-notification':
    'Notification of moving to Sweden, for population registration and a personal identity number (Skatteverket decides)',
  'item.id-card-info': 'Information on the ID card: what it costs and which documents you need',
  'item.jobseeker-registration': 'Registration with Arbetsförmedlingen (the employment service)',
  'item.establishment-meeting': 'First establishment meeting: mapping of your earlier experience',
  'item.grades-assessment': 'Assessment or translation of grades and certificates',
  'item.establishment-benefit': 'Application for establishment benefit (etableringsersättning)',
  'item.insurance-registration': 'Registration in the Swedish social insurance',
  'item.benefits-info':
    'Information on benefits that fit your household, and support with applications',
  'item.pension-application':
    'Application for old-age pension or maintenance support for the elderly (äldreförsörjningsstöd)',
  'item.sfi-registration': 'Registration for Swedish for immigrants (SFI)',
  'item.preschool-registration': 'Registration for preschool',
  'item.school-registration': 'Registration for school',
  'item.financial-assistance':
    'Application for financial assistance (ekonomiskt bistånd) until the establishment benefit is paid',
  'item.home-municipality-contact':
    'Contact your home municipality about SFI, preschool, school and financial assistance',
  'item.waiting': 'Waiting for: {prerequisite}',

  'status.todo': 'To do',
  'status.done': 'Done',
  'status.not-applicable': 'Does not apply',
  'status.follow-up': 'Follow-up',

  'detail.permitCardHandedOver': 'Residence permit card handed over',
  'detail.documentsChecked': 'Documents checked',
  'detail.appointmentBooked': 'ID card appointment booked',
  'detail.experience': 'Earlier experience',
  'detail.education': 'Education',
  'detail.documents': 'Documents to assess or translate',
  'detail.submitted': 'Documents submitted',
  'detail.applicationStatus': 'Application',
  'detail.topicsCovered': 'Benefits gone through',
  'detail.benefit': 'Benefit',
  'detail.placementWish': 'Wish for a place',

  'detail-value.passport': 'Passport',
  'detail-value.permit-card': 'Residence permit card',
  'detail-value.marriage-certificate': 'Marriage certificate',
  'detail-value.birth-certificate': 'Birth certificate',
  'detail-value.other-id': 'Other identity document',
  'detail-value.school-grades': 'School grades',
  'detail-value.university-degree': 'University degree',
  'detail-value.vocational-certificate': 'Vocational certificate',
  'detail-value.work-certificate': 'Certificate of employment',
  'detail-value.child-allowance': 'Child allowance (barnbidrag)',
  'detail-value.housing-allowance': 'Housing allowance (bostadsbidrag)',
  'detail-value.parental-benefit': 'Parental benefit (föräldrapenning)',
  'detail-value.sickness-benefit': 'Sickness benefit (sjukpenning)',
  'detail-value.dental-care': 'Dental care support (tandvårdsstöd)',
  'detail-value.maintenance-support': 'Maintenance support (underhållsstöd)',
  'detail-value.not-applied': 'Not applied',
  'detail-value.applied': 'Applied',
  'detail-value.submitted': 'Application submitted',
  'detail-value.decided': 'Decided',
  'detail-value.guarantee-pension': 'Guarantee pension (garantipension)',
  'detail-value.elderly-maintenance-support':
    'Maintenance support for the elderly (äldreförsörjningsstöd)',

  'activity.studies': 'studies',
  'activity.sfi': 'SFI',
  'activity.work': 'work',
  'activity.work-placement': 'work placement',
  'activity.job-search': 'job search',
  'activity.sick-leave': 'sick leave',
  'activity.rest': 'rest',
  'activity.parental-leave': 'parental leave',
  'activity.other': 'another activity',

  'period.closed': 'from {from} to {until}',
  'period.open': 'from {from} on',
  'conflict.activity': '{kind} ({actor}, {hours} hours a week)',
  'conflict.absence-overlap':
    'The plans clash {period}: {first} ({firstActor}) and {second} ({secondActor}). Someone on sick leave or rest cannot take part in another activity at the same time.',
  'conflict.double-full-time':
    'Two full-time activities at once {period}: {activities}. Full time is at least {fullTime} hours a week, and nobody can do two full-time activities at once.',
  'conflict.over-hours':
    'Too many hours {period}: {activities} add up to {hours} hours a week. That is more than {limit} hours a week.',
};

/** location-config's actor names, so an agency is named the same everywhere. */
function actorNames(locale: Locale): Record<`actor.${ActorId}`, string> {
  return Object.fromEntries(ACTOR_IDS.map((a) => [`actor.${a}`, ACTOR_NAMES[a][locale]])) as Record<
    `actor.${ActorId}`,
    string
  >;
}

export type ChecklistCatalogue = Readonly<Record<ChecklistMessageKey, string>>;

/** The catalogue, per locale, keyed by message key. */
export const checklistMessages: Readonly<Record<Locale, ChecklistCatalogue>> = Object.freeze({
  sv: Object.freeze({ ...sv, ...actorNames('sv') }),
  en: Object.freeze({ ...en, ...actorNames('en') }),
});

export function translateChecklist(
  key: ChecklistMessageKey,
  params: MessageParams,
  locale: Locale,
): string {
  return formatMessage(checklistMessages[locale][key], params);
}

/** The label key of an item code. */
export function itemLabelKey(code: ItemCode): `item.${ItemCode}` {
  return `item.${code}`;
}

/** Sv and en labels by key, frozen, in the order of `keys`. */
function labelsOf<K extends string>(
  keys: readonly K[],
  keyOf: (key: K) => keyof typeof sv,
): Readonly<Record<K, { sv: string; en: string }>> {
  return Object.freeze(
    Object.fromEntries(
      keys.map((key) => [
        key,
        Object.freeze({
          sv: checklistMessages.sv[keyOf(key)],
          en: checklistMessages.en[keyOf(key)],
        }),
      ]),
    ) as Record<K, { sv: string; en: string }>,
  );
}

/** Each item code's label in Swedish and English (the UI shows Swedish, per the glossary). */
export const ITEM_LABELS: Readonly<Record<ItemCode, { sv: string; en: string }>> = labelsOf(
  ITEM_CODES,
  itemLabelKey,
);

/** The label key of a details field. */
export function detailFieldLabelKey(field: DetailField): `detail.${DetailField}` {
  return `detail.${field}`;
}

/** The label key of a details value. */
export function detailValueLabelKey(value: DetailValue): `detail-value.${DetailValue}` {
  return `detail-value.${value}`;
}

/** Each details field's label (see ITEM_DETAILS_SCHEMAS), e.g. the heading of a checkbox group. */
export const DETAIL_FIELD_LABELS: Readonly<Record<DetailField, { sv: string; en: string }>> =
  labelsOf(DETAIL_FIELDS, detailFieldLabelKey);

/**
 * Each details value's label, for the options a UI builds from MOVE_DOCUMENTS, GRADES_DOCUMENTS,
 * BENEFIT_TOPICS, APPLICATION_STATUSES and the rest. A value has one label in every list.
 */
export const DETAIL_VALUE_LABELS: Readonly<Record<DetailValue, { sv: string; en: string }>> =
  labelsOf(DETAIL_VALUES, detailValueLabelKey);
