import { z } from 'zod';
import { ChecklistError } from './errors.js';
import type { ItemCode } from './item-codes.js';
import { isItemCode } from './item-codes.js';

/*
 * What an agency records on an item besides its status and note: a few structured facts per
 * item code (MV hands over the permit card, AF follows the benefit application). The value lists
 * are exported so a UI builds its options from them, and labelled in messages.ts.
 *
 * Stored rows start as `{}` and keep whatever was valid when written, so every field is optional
 * and `{}` is valid for every code. Fields may be added; renaming or removing one would make
 * stored details invalid, so, like a code, a field or a value is never renamed, only added.
 * The objects are strict: a misspelt field is refused instead of being stored and never shown.
 */

/** Identity documents Skatteverket checked for the move notification (folkbokföring). */
export const MOVE_DOCUMENTS = [
  'passport',
  'permit-card',
  'marriage-certificate',
  'birth-certificate',
  'other-id',
] as const;
export type MoveDocument = (typeof MOVE_DOCUMENTS)[number];

/** Documents Arbetsförmedlingen assesses or has translated. */
export const GRADES_DOCUMENTS = [
  'school-grades',
  'university-degree',
  'vocational-certificate',
  'work-certificate',
] as const;
export type GradesDocument = (typeof GRADES_DOCUMENTS)[number];

/** Försäkringskassan's benefits gone through with the household. */
export const BENEFIT_TOPICS = [
  'child-allowance',
  'housing-allowance',
  'parental-benefit',
  'sickness-benefit',
  'dental-care',
  'maintenance-support',
] as const;
export type BenefitTopic = (typeof BENEFIT_TOPICS)[number];

/** An application to a state agency: AF's establishment benefit, PM's pension. */
export const APPLICATION_STATUSES = ['not-applied', 'applied', 'decided'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/**
 * The municipality's application for financial assistance. The municipality's own word is that
 * an application is submitted (lämnas in) to social services, hence a list of its own.
 */
export const ASSISTANCE_APPLICATION_STATUSES = ['not-applied', 'submitted', 'decided'] as const;
export type AssistanceApplicationStatus = (typeof ASSISTANCE_APPLICATION_STATUSES)[number];

/** What Pensionsmyndigheten applies for: garantipension or äldreförsörjningsstöd. */
export const PENSION_BENEFITS = ['guarantee-pension', 'elderly-maintenance-support'] as const;
export type PensionBenefit = (typeof PENSION_BENEFITS)[number];

/** The longest text of each free-text field (a form's maxLength); the note takes the rest. */
export const DETAIL_TEXT_MAX = Object.freeze({
  experience: 2000,
  education: 2000,
  placementWish: 500,
} as const);

/**
 * Every value a detail can take, each once. A value means the same in every list it is in
 * ('decided' is a decision on the application, whoever decides), so one label serves them all.
 */
export const DETAIL_VALUES = Object.freeze([
  ...new Set([
    ...MOVE_DOCUMENTS,
    ...GRADES_DOCUMENTS,
    ...BENEFIT_TOPICS,
    ...APPLICATION_STATUSES,
    ...ASSISTANCE_APPLICATION_STATUSES,
    ...PENSION_BENEFITS,
  ]),
]);
export type DetailValue = (typeof DETAIL_VALUES)[number];

const yesNo = () => z.boolean({ error: 'expected true or false' }).optional();

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `expected one of: ${values.join(', ')}` });

/** A set of values: each from the list, each once (the UI's checkboxes). */
const setOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values, { error: `expected a list of: ${values.join(', ')}` }), {
      error: `expected a list of: ${values.join(', ')}`,
    })
    .refine((list) => new Set(list).size === list.length, {
      error: `expected each of ${values.join(', ')} at most once`,
    })
    .optional();

const text = (max: number) =>
  z
    .string({ error: 'expected text' })
    .max(max, { error: `expected at most ${max} characters` })
    .optional();

const placement = () => z.strictObject({ placementWish: text(DETAIL_TEXT_MAX.placementWish) });

/** The details schema of each item code. */
export const ITEM_DETAILS_SCHEMAS = Object.freeze({
  'decision-notification': z.strictObject({ permitCardHandedOver: yesNo() }),
  'move-notification': z.strictObject({ documentsChecked: setOf(MOVE_DOCUMENTS) }),
  'id-card-info': z.strictObject({ appointmentBooked: yesNo() }),
  'jobseeker-registration': z.strictObject({}),
  'establishment-meeting': z.strictObject({
    experience: text(DETAIL_TEXT_MAX.experience),
    education: text(DETAIL_TEXT_MAX.education),
  }),
  'grades-assessment': z.strictObject({ documents: setOf(GRADES_DOCUMENTS), submitted: yesNo() }),
  'establishment-benefit': z.strictObject({
    applicationStatus: oneOf(APPLICATION_STATUSES).optional(),
  }),
  'insurance-registration': z.strictObject({}),
  'benefits-info': z.strictObject({ topicsCovered: setOf(BENEFIT_TOPICS) }),
  'pension-application': z.strictObject({
    benefit: oneOf(PENSION_BENEFITS).optional(),
    applicationStatus: oneOf(APPLICATION_STATUSES).optional(),
  }),
  'sfi-registration': placement(),
  'preschool-registration': placement(),
  'school-registration': placement(),
  'financial-assistance': z.strictObject({
    applicationStatus: oneOf(ASSISTANCE_APPLICATION_STATUSES).optional(),
  }),
  'home-municipality-contact': z.strictObject({}),
} satisfies Record<ItemCode, z.ZodType>);

/** Every field name any code's details have ('permitCardHandedOver', 'applicationStatus', ...). */
export type DetailField = {
  [C in ItemCode]: keyof (typeof ITEM_DETAILS_SCHEMAS)[C]['shape'] & string;
}[ItemCode];

/** The fields an item code's details may have, in schema order. */
export function detailFields<C extends ItemCode>(
  code: C,
): Array<keyof (typeof ITEM_DETAILS_SCHEMAS)[C]['shape'] & string> {
  return Object.keys(ITEM_DETAILS_SCHEMAS[code].shape) as Array<
    keyof (typeof ITEM_DETAILS_SCHEMAS)[C]['shape'] & string
  >;
}

/** Every detail field, each once, in item code order (for DETAIL_FIELD_LABELS). */
export const DETAIL_FIELDS: readonly DetailField[] = Object.freeze([
  ...new Set((Object.keys(ITEM_DETAILS_SCHEMAS) as ItemCode[]).flatMap((c) => detailFields(c))),
]);

/** The details of an item with code C, e.g. `ItemDetails<'establishment-benefit'>`. */
export type ItemDetails<C extends ItemCode = ItemCode> = z.output<(typeof ITEM_DETAILS_SCHEMAS)[C]>;

/** A field at fault, `details.<field>`, with what was expected: the API's FieldIssue shape. */
export type ItemDetailsIssue = { path: string; message: string };

export type ParsedItemDetails<C extends ItemCode = ItemCode> =
  { ok: true; details: ItemDetails<C> } | { ok: false; issues: ItemDetailsIssue[] };

/**
 * Validates details for an item code. Every problem is reported, at its field: an element of a
 * list is reported at the list (`details.documentsChecked`), where a form shows it. An unknown
 * field is reported at its own name, with the fields the code does have.
 * Throws ChecklistError INVALID_INPUT only for a code that is not an item code (a caller's bug,
 * not the user's input).
 */
export function parseItemDetails<C extends ItemCode>(
  code: C,
  value: unknown,
): ParsedItemDetails<C> {
  if (!isItemCode(code)) {
    throw new ChecklistError('INVALID_INPUT', `code: expected an item code, got '${String(code)}'`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      issues: [{ path: 'details', message: 'expected an object with the details of the item' }],
    };
  }
  const parsed = ITEM_DETAILS_SCHEMAS[code].safeParse(value);
  if (parsed.success) return { ok: true, details: parsed.data as ItemDetails<C> };

  const fields: string[] = detailFields(code);
  const issues: ItemDetailsIssue[] = [];
  const add = (issue: ItemDetailsIssue) => {
    if (!issues.some((i) => i.path === issue.path && i.message === issue.message)) {
      issues.push(issue);
    }
  };
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const expected =
        fields.length === 0
          ? `unknown detail: ${code} expects no details`
          : `unknown detail: ${code} expects one of ${fields.join(', ')}`;
      for (const key of issue.keys) add({ path: `details.${key}`, message: expected });
    } else {
      const field = issue.path[0];
      add({
        path: field === undefined ? 'details' : `details.${String(field)}`,
        message: issue.message,
      });
    }
  }
  return { ok: false, issues };
}
