import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  APPLICATION_STATUSES,
  ASSISTANCE_APPLICATION_STATUSES,
  BENEFIT_TOPICS,
  ChecklistError,
  DETAIL_FIELDS,
  GRADES_DOCUMENTS,
  ITEM_CODES,
  ITEM_DETAILS_SCHEMAS,
  MOVE_DOCUMENTS,
  PENSION_BENEFITS,
  detailFields,
  parseItemDetails,
} from '../src/index.js';
import type { ItemCode, ItemDetails } from '../src/index.js';

const issuesOf = (code: ItemCode, value: unknown) => {
  const parsed = parseItemDetails(code, value);
  if (parsed.ok) throw new Error(`expected ${JSON.stringify(value)} to be refused for ${code}`);
  return parsed.issues;
};

/** Valid details of each code, written again from the brief: the oracle for the schemas. */
const text = (max: number) => fc.string({ maxLength: max });
const setOf = <T>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values));
const VALID: { [C in ItemCode]: fc.Arbitrary<ItemDetails<C>> } = {
  'decision-notification': fc.record({ permitCardHandedOver: fc.boolean() }, { requiredKeys: [] }),
  'move-notification': fc.record({ documentsChecked: setOf(MOVE_DOCUMENTS) }, { requiredKeys: [] }),
  'id-card-info': fc.record({ appointmentBooked: fc.boolean() }, { requiredKeys: [] }),
  'jobseeker-registration': fc.constant({}),
  'establishment-meeting': fc.record(
    { experience: text(2000), education: text(2000) },
    { requiredKeys: [] },
  ),
  'grades-assessment': fc.record(
    { documents: setOf(GRADES_DOCUMENTS), submitted: fc.boolean() },
    { requiredKeys: [] },
  ),
  'establishment-benefit': fc.record(
    { applicationStatus: fc.constantFrom(...APPLICATION_STATUSES) },
    { requiredKeys: [] },
  ),
  'insurance-registration': fc.constant({}),
  'benefits-info': fc.record({ topicsCovered: setOf(BENEFIT_TOPICS) }, { requiredKeys: [] }),
  'pension-application': fc.record(
    {
      benefit: fc.constantFrom(...PENSION_BENEFITS),
      applicationStatus: fc.constantFrom(...APPLICATION_STATUSES),
    },
    { requiredKeys: [] },
  ),
  'sfi-registration': fc.record({ placementWish: text(500) }, { requiredKeys: [] }),
  'preschool-registration': fc.record({ placementWish: text(500) }, { requiredKeys: [] }),
  'school-registration': fc.record({ placementWish: text(500) }, { requiredKeys: [] }),
  'financial-assistance': fc.record(
    { applicationStatus: fc.constantFrom(...ASSISTANCE_APPLICATION_STATUSES) },
    { requiredKeys: [] },
  ),
  'home-municipality-contact': fc.constant({}),
};

const validPair = fc
  .constantFrom(...ITEM_CODES)
  .chain((code) => VALID[code].map((details) => ({ code, details })));

describe('ITEM_DETAILS_SCHEMAS', () => {
  it('has one schema per item code, in code order', () => {
    expect(Object.keys(ITEM_DETAILS_SCHEMAS)).toEqual([...ITEM_CODES]);
  });

  it.each(ITEM_CODES)('%s accepts {} (what every stored row starts with)', (code) => {
    expect(parseItemDetails(code, {})).toEqual({ ok: true, details: {} });
  });

  it('lists each code’s fields, and every field once in DETAIL_FIELDS', () => {
    expect(detailFields('pension-application')).toEqual(['benefit', 'applicationStatus']);
    expect(detailFields('jobseeker-registration')).toEqual([]);
    expect(new Set(DETAIL_FIELDS).size).toBe(DETAIL_FIELDS.length);
    expect(new Set(DETAIL_FIELDS)).toEqual(new Set(ITEM_CODES.flatMap((c) => detailFields(c))));
  });
});

describe('parseItemDetails', () => {
  it('returns valid details as given', () => {
    const details = { benefit: 'guarantee-pension', applicationStatus: 'applied' } as const;
    expect(parseItemDetails('pension-application', details)).toEqual({ ok: true, details });
    expect(
      parseItemDetails('move-notification', { documentsChecked: ['passport', 'permit-card'] }),
    ).toEqual({ ok: true, details: { documentsChecked: ['passport', 'permit-card'] } });
  });

  it.each<[ItemCode, Record<string, unknown>, string, RegExp]>([
    [
      'establishment-benefit',
      { applicationStatus: 'submitted' },
      'details.applicationStatus',
      /not-applied, applied, decided/,
    ],
    [
      'financial-assistance',
      { applicationStatus: 'applied' },
      'details.applicationStatus',
      /not-applied, submitted, decided/,
    ],
    [
      'decision-notification',
      { permitCardHandedOver: 'yes' },
      'details.permitCardHandedOver',
      /true or false/,
    ],
    ['id-card-info', { appointmentBooked: 1 }, 'details.appointmentBooked', /true or false/],
    ['move-notification', { documentsChecked: ['visa'] }, 'details.documentsChecked', /passport/],
    [
      'move-notification',
      { documentsChecked: 'passport' },
      'details.documentsChecked',
      /a list of/,
    ],
    [
      'move-notification',
      { documentsChecked: ['passport', 'passport'] },
      'details.documentsChecked',
      /at most once/,
    ],
    ['grades-assessment', { documents: ['diploma'] }, 'details.documents', /school-grades/],
    ['benefits-info', { topicsCovered: ['pension'] }, 'details.topicsCovered', /child-allowance/],
    ['pension-application', { benefit: 'old-age' }, 'details.benefit', /guarantee-pension/],
    [
      'establishment-meeting',
      { experience: 'x'.repeat(2001) },
      'details.experience',
      /at most 2000 characters/,
    ],
    ['establishment-meeting', { education: 42 }, 'details.education', /text/],
    ['sfi-registration', { placementWish: 'x'.repeat(501) }, 'details.placementWish', /500/],
    ['school-registration', { placementWish: null }, 'details.placementWish', /text/],
  ])('%s %j: names %s and what was expected', (code, value, path, expected) => {
    const issues = issuesOf(code, value);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe(path);
    expect(issues[0]?.message).toMatch(expected);
  });

  it('texts at the limit are accepted', () => {
    expect(parseItemDetails('establishment-meeting', { experience: 'x'.repeat(2000) }).ok).toBe(
      true,
    );
    expect(parseItemDetails('preschool-registration', { placementWish: 'x'.repeat(500) }).ok).toBe(
      true,
    );
  });

  it('refuses unknown fields by name, and says which fields the code has', () => {
    expect(issuesOf('establishment-meeting', { experience: 'ok', educaton: 'typo' })).toEqual([
      {
        path: 'details.educaton',
        message: 'unknown detail: establishment-meeting expects one of experience, education',
      },
    ]);
    expect(issuesOf('jobseeker-registration', { a: 1, b: 2 })).toEqual([
      { path: 'details.a', message: 'unknown detail: jobseeker-registration expects no details' },
      { path: 'details.b', message: 'unknown detail: jobseeker-registration expects no details' },
    ]);
    // A field of another code is still unknown here.
    expect(issuesOf('establishment-benefit', { permitCardHandedOver: true })[0]?.path).toBe(
      'details.permitCardHandedOver',
    );
  });

  it('reports every field at fault', () => {
    const issues = issuesOf('pension-application', { benefit: 'x', applicationStatus: 'y' });
    expect(issues.map((i) => i.path)).toEqual(['details.benefit', 'details.applicationStatus']);
  });

  it.each([null, 'x', 1, [], [{}]])('refuses a non-object (%j) at details', (value) => {
    expect(issuesOf('decision-notification', value)).toEqual([
      { path: 'details', message: 'expected an object with the details of the item' },
    ]);
  });

  it('throws INVALID_INPUT for a code that is not an item code (a caller’s bug)', () => {
    expect(() => parseItemDetails('no-such-code' as ItemCode, {})).toThrow(ChecklistError);
  });

  it('does not change its input', () => {
    const value = { documentsChecked: ['passport'] };
    parseItemDetails('move-notification', value);
    expect(value).toEqual({ documentsChecked: ['passport'] });
  });
});

describe('parseItemDetails properties', () => {
  const RUNS = { numRuns: 300 };

  it('accepts every valid details object and returns it unchanged', () => {
    fc.assert(
      fc.property(validPair, ({ code, details }) => {
        expect(parseItemDetails(code, details)).toEqual({ ok: true, details });
      }),
      RUNS,
    );
  });

  it('refuses any extra field, naming exactly that field', () => {
    fc.assert(
      fc.property(
        validPair,
        fc
          .string({ minLength: 1 })
          .filter((k) => !(DETAIL_FIELDS as readonly string[]).includes(k)),
        fc.jsonValue(),
        ({ code, details }, key, value) => {
          const issues = issuesOf(code, { ...details, [key]: value });
          expect(issues.map((i) => i.path)).toEqual([`details.${key}`]);
        },
      ),
      RUNS,
    );
  });

  it('a value of the wrong type is refused at its field, whatever the field', () => {
    const withField = validPair.chain(({ code, details }) => {
      const fields: string[] = detailFields(code);
      return fields.length === 0
        ? fc.constant(null)
        : fc.constantFrom(...fields).map((field) => ({ code, details, field }));
    });
    fc.assert(
      fc.property(
        withField.filter((x) => x !== null),
        // No detail is a number or a nested object.
        fc.oneof(fc.integer(), fc.double(), fc.constant({ nested: true })),
        ({ code, details, field }, value) => {
          const issues = issuesOf(code, { ...details, [field]: value });
          expect(issues.map((i) => i.path)).toEqual([`details.${field}`]);
        },
      ),
      RUNS,
    );
  });
});
