import { z } from 'zod';
import { LocationId } from './location.js';
import { IsoDate } from './dates.js';
import {
  DossierNumberInput,
  IdentifierKind,
  SwedishIdentityNumberInput,
  parseSwedishIdentityNumber,
} from './identifiers.js';

export const HOUSING = ['municipality-placed', 'own', 'migration-facility', 'other'] as const;
export const RELATION_KIND = ['accompanying-child', 'family-reunification'] as const;
export const SEX = ['female', 'male', 'unknown'] as const;

const Name = z
  .string()
  .trim()
  .min(1, 'expected a name')
  .max(100, 'expected at most 100 characters');

/** A residence permit under utlänningslagen (2005:716). */
export const PermitInput = z.strictObject({
  chapter: z.number().int().min(1).max(30),
  section: z.number().int().min(1).max(99).optional(),
  grantedOn: IsoDate.optional(),
});

/**
 * The target-group facts a caseworker records. A fact left out is unknown, and the assessment
 * says so; `null` for permit or housing means known to be absent.
 */
export const NewcomerFactsInput = z.strictObject({
  permit: PermitInput.nullable().optional(),
  housing: z.enum(HOUSING).nullable().optional(),
  unaccompaniedMinor: z.boolean().optional(),
});

export const MemberInput = NewcomerFactsInput.extend({
  /** The member's key within this request, so relations can point at each other. */
  ref: z.string().min(1).max(40),
  givenName: Name,
  familyName: Name,
  birthDate: IsoDate,
  sex: z.enum(SEX),
  dossierNumber: DossierNumberInput.optional(),
  personalIdentityNumber: SwedishIdentityNumberInput.optional(),
  relation: z
    .strictObject({
      kind: z.enum(RELATION_KIND),
      toRef: z.string().min(1),
      nuclearFamily: z.boolean().optional(),
    })
    .optional(),
});
export type MemberInput = z.infer<typeof MemberInput>;

export const RegisterHouseholdInput = z
  .strictObject({
    language: z
      .string()
      .regex(/^[a-z]{2,3}$/, 'expected a language code such as ar, prs, so, ti')
      .optional(),
    members: z.array(MemberInput).min(1, 'expected at least one member').max(20),
  })
  .superRefine((household, ctx) => {
    const refs = new Map(household.members.map((m, i) => [m.ref, i]));
    household.members.forEach((member, i) => {
      if (refs.get(member.ref) !== i) {
        ctx.addIssue({
          code: 'custom',
          path: ['members', i, 'ref'],
          message: `ref '${member.ref}' is used twice`,
        });
      }
      if (member.relation) {
        const target = refs.get(member.relation.toRef);
        if (target === undefined || target === i) {
          ctx.addIssue({
            code: 'custom',
            path: ['members', i, 'relation', 'toRef'],
            message: `expected the ref of another member of this household, got '${member.relation.toRef}'`,
          });
        } else if (household.members[target]?.relation) {
          ctx.addIssue({
            code: 'custom',
            path: ['members', i, 'relation', 'toRef'],
            message:
              'expected a relative who came on their own permit (the principal), not another relative',
          });
        }
      }
      if (member.personalIdentityNumber) {
        const parsed = parseSwedishIdentityNumber(member.personalIdentityNumber);
        if (parsed && parsed.birthDate !== member.birthDate) {
          ctx.addIssue({
            code: 'custom',
            path: ['members', i, 'personalIdentityNumber'],
            message: `the number encodes the birth date ${parsed.birthDate}, but birthDate is ${member.birthDate}`,
          });
        }
      }
    });
  });
export type RegisterHouseholdInput = z.infer<typeof RegisterHouseholdInput>;

export const IdentifierDto = z.object({
  kind: IdentifierKind,
  value: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});

export const AssessmentDto = z.object({
  id: z.string(),
  assessedOn: IsoDate,
  ruleSet: z.string(),
  inTargetGroup: z.union([z.boolean(), z.literal('unknown')]),
  category: z.string(),
  conditions: z.array(
    z.object({
      code: z.string(),
      result: z.enum(['met', 'not-met', 'unknown']),
      legalRef: z.string().optional(),
      explanation: z.object({ sv: z.string(), en: z.string() }),
    }),
  ),
  missingFacts: z.array(z.string()),
  pensionRelevant: z.boolean(),
  assessedAt: z.string(),
});
export type AssessmentDto = z.infer<typeof AssessmentDto>;

export const NewcomerDto = z.object({
  id: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: IsoDate,
  sex: z.enum(SEX),
  permit: z
    .object({ chapter: z.number(), section: z.number().nullable(), grantedOn: IsoDate.nullable() })
    .nullable(),
  housing: z.enum(HOUSING).nullable(),
  unaccompaniedMinor: z.boolean().nullable(),
  relation: z
    .object({
      kind: z.enum(RELATION_KIND),
      toNewcomerId: z.string(),
      nuclearFamily: z.boolean().nullable(),
    })
    .nullable(),
  identifiers: z.array(IdentifierDto),
  latestAssessment: AssessmentDto.nullable(),
  version: z.number().int(),
});
export type NewcomerDto = z.infer<typeof NewcomerDto>;

export const HouseholdDto = z.object({
  id: z.string(),
  reference: z.string(),
  locationId: LocationId,
  language: z.string().nullable(),
  /** The home municipality (kommunkod), when known: a satellite's household is served elsewhere. */
  municipalityCode: z.string().nullable(),
  members: z.array(NewcomerDto),
});
export type HouseholdDto = z.infer<typeof HouseholdDto>;

export const HouseholdRef = z.strictObject({
  householdId: z.uuid({ message: 'expected a household id (UUID)' }),
});

export const SearchNewcomersInput = z
  .strictObject({
    dossierNumber: DossierNumberInput.optional(),
    personalIdentityNumber: SwedishIdentityNumberInput.optional(),
  })
  .refine((q) => (q.dossierNumber === undefined) !== (q.personalIdentityNumber === undefined), {
    message: 'expected exactly one of dossierNumber or personalIdentityNumber',
    path: ['dossierNumber'],
  });

export const SearchHit = z.object({
  householdId: z.string(),
  reference: z.string(),
  newcomer: z.object({
    id: z.string(),
    givenName: z.string(),
    familyName: z.string(),
    birthDate: IsoDate,
  }),
  matchedBy: IdentifierKind,
  current: z.boolean(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const AddIdentifierInput = z
  .strictObject({
    newcomerId: z.uuid({ message: 'expected a newcomer id (UUID)' }),
    dossierNumber: DossierNumberInput.optional(),
    personalIdentityNumber: SwedishIdentityNumberInput.optional(),
  })
  .refine((q) => (q.dossierNumber === undefined) !== (q.personalIdentityNumber === undefined), {
    message: 'expected exactly one of dossierNumber or personalIdentityNumber',
    path: ['dossierNumber'],
  });

export const UpdateFactsInput = z.strictObject({
  newcomerId: z.uuid({ message: 'expected a newcomer id (UUID)' }),
  expectedVersion: z.number().int().min(1),
  facts: NewcomerFactsInput,
});

export const AssessHouseholdInput = z.strictObject({
  householdId: z.uuid({ message: 'expected a household id (UUID)' }),
  /** The day the assessment is for; defaults to today in Sweden. */
  onDate: IsoDate.optional(),
});

export const HouseholdAssessmentDto = z.object({
  householdId: z.string(),
  onDate: IsoDate,
  members: z.array(z.object({ newcomerId: z.string(), assessment: AssessmentDto })),
});
