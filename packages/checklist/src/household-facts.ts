import { SatelliteMunicipalitySchema } from '@motesplats/location-config';
import { IsoDateSchema } from '@motesplats/target-group';
import { z } from 'zod';

/** Whitespace alone is not an id: it would show as an empty key in ids and logs. */
const Id = z.string().regex(/\S/, { error: 'Expected a non-blank id' }).max(200);

/**
 * One person attending. No names and no identity numbers: only whether a number exists, which
 * is all Skatteverket's items need.
 */
export const HouseholdMemberSchema = z.strictObject({
  /** The member's id (the database's Newcomer id): items name their member by it. */
  id: Id,
  /** 'YYYY-MM-DD'. Ages are taken on the visit day with target-group's `ageOn`. */
  birthDate: IsoDateSchema,
  /** Has a personnummer or a samordningsnummer already. */
  hasPersonalIdentityNumber: z.boolean(),
  /** Needs dental care: a reason to register in the social insurance; absent means no. */
  needsDentalCare: z.boolean().optional(),
});
export type HouseholdMember = z.infer<typeof HouseholdMemberSchema>;

/**
 * The household's satellite municipality, exactly as the location's config holds it
 * (`config.satellites.find((s) => s.code === household.municipalityCode)`), so the contact
 * text is the config's own. A satellite that does not staff the office must say how to reach
 * it; location-config checks that for a whole config, this checks it for the one passed in.
 */
export const SatelliteFactsSchema = SatelliteMunicipalitySchema.refine(
  (s) => s.staffsOffice || s.homeContact !== undefined,
  {
    error: 'Expected homeContact for a satellite that does not staff the office',
    path: ['homeContact'],
  },
);
export type SatelliteFacts = z.infer<typeof SatelliteFactsSchema>;

/**
 * The facts that decide which items a household gets. Minimal on purpose, like tracks'
 * HouseholdFacts: what the item rules read and nothing more.
 */
export const HouseholdFactsSchema = z
  .strictObject({
    /** Everyone attending together, adults and children. */
    members: z.array(HouseholdMemberSchema).min(1, { error: 'Expected at least one member' }),
    /**
     * The household must bridge the gap between Migrationsverket's payments and the
     * establishment benefit (ekonomiskt bistånd); absent means no. The same name as tracks'
     * fact and the database column, so one value drives the chain and the checklist.
     */
    needsFinancialAssistance: z.boolean().optional(),
    /** Absent: the household belongs to the location's own municipality. */
    satellite: SatelliteFactsSchema.optional(),
  })
  .superRefine((household, ctx) => {
    const seen = new Set<string>();
    household.members.forEach((member, index) => {
      if (seen.has(member.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['members', index, 'id'],
          message: `Expected unique member ids, ${JSON.stringify(member.id)} is repeated`,
          input: member.id,
        });
      }
      seen.add(member.id);
    });
  });
export type HouseholdFacts = z.infer<typeof HouseholdFactsSchema>;
