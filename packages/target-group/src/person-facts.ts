import { z } from 'zod';
import { isIsoDate } from './iso-date.js';

/**
 * What is known about one person. Two kinds of "nothing" are kept apart on purpose:
 * - `undefined` (field left out): the fact is not known yet, so a condition that needs it is
 *   'unknown' and the fact is named in `missingFacts`;
 * - `null`: the fact is known to be absent (no residence permit, no housing), so the condition
 *   is 'not-met'.
 * `relation` is the exception: it is a claim that the person came as, or joined, a relative.
 * Leaving it out (or `null`) means the person is assessed on their own permit, as a principal.
 */
export const HOUSING_KINDS = ['municipality-placed', 'own', 'migration-facility', 'other'] as const;
export type Housing = (typeof HOUSING_KINDS)[number];

export const RELATION_KINDS = ['accompanying-child', 'family-reunification'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** A residence permit, cited by its provision in utlänningslagen (2005:716). */
export type Permit = { chapter: number; section?: number; grantedOn?: string };

export type Relation = {
  kind: RelationKind;
  /** Only asked for relatives aged 65 or over: they are in the target group only within the nuclear family. */
  nuclearFamily?: boolean;
  /**
   * Whether the relative the person came with, or joined, is in the target group. Left out when
   * that is not yet known (e.g. the relative's own assessment is 'unknown'): the relation is then
   * 'unknown' too, never assumed.
   */
  principalInTargetGroup?: boolean;
};

export type PersonFacts = {
  /** 'YYYY-MM-DD' */
  birthDate: string;
  permit?: Permit | null;
  housing?: Housing | null;
  unaccompaniedMinor?: boolean;
  relation?: Relation | null;
};

/** The same date check the assessment uses, for API inputs such as the assessment date. */
export const IsoDateSchema = z.string().refine(isIsoDate, {
  message: 'expected a real calendar date written as YYYY-MM-DD, e.g. "2017-03-01"',
});

const PermitSchema = z.strictObject({
  chapter: z.number().int().positive(),
  section: z.number().int().positive().optional(),
  grantedOn: IsoDateSchema.optional(),
});

const RelationSchema = z.strictObject({
  kind: z.enum(RELATION_KINDS),
  nuclearFamily: z.boolean().optional(),
  principalInTargetGroup: z.boolean().optional(),
});

/**
 * For the API edge. Strict objects: a misspelt field would otherwise be dropped and silently
 * turn into a "missing fact", which reads as 'unknown' instead of as the typo it is.
 */
export const PersonFactsSchema = z.strictObject({
  birthDate: IsoDateSchema,
  permit: PermitSchema.nullable().optional(),
  housing: z.enum(HOUSING_KINDS).nullable().optional(),
  unaccompaniedMinor: z.boolean().optional(),
  relation: RelationSchema.nullable().optional(),
});
