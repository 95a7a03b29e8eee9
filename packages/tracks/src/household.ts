import { MunicipalityCode } from '@motesplats/location-config';
import { IsoDateSchema } from '@motesplats/target-group';
import { z } from 'zod';

/**
 * The few facts about a household that decide which steps of a chain it meets. Minimal on
 * purpose: no names, no identity numbers, no permit details (the target-group package judges
 * those). Only what the step conditions and the satellite rule need.
 */
export const HouseholdMemberSchema = z.strictObject({
  /** 'YYYY-MM-DD'. Ages are taken on `onDate`, the visit day. */
  birthDate: IsoDateSchema,
});
export type HouseholdMember = z.infer<typeof HouseholdMemberSchema>;

export const HouseholdFactsSchema = z
  .strictObject({
    /** The day of the visit: someone turning 65 the week after does not meet Pensionsmyndigheten. */
    onDate: IsoDateSchema,
    /** Everyone attending the visit together, adults and children. */
    members: z.array(HouseholdMemberSchema).min(1, { error: 'Expected at least one member' }),
    /**
     * The household's home municipality. Left out, or the location's own code, means the
     * location's municipality; a satellite's code selects that satellite's arrangement.
     */
    municipalityCode: MunicipalityCode.optional(),
    /** Known need to apply for financial assistance (ekonomiskt bistånd); left out means no. */
    needsFinancialAssistance: z.boolean().optional(),
  })
  .superRefine((household, ctx) => {
    household.members.forEach((member, index) => {
      // Both are valid 'YYYY-MM-DD' strings here, so string order is date order.
      if (member.birthDate > household.onDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['members', index, 'birthDate'],
          message: `Expected a birth date on or before the visit day ${household.onDate}`,
          input: member.birthDate,
        });
      }
    });
  });
export type HouseholdFacts = z.infer<typeof HouseholdFactsSchema>;
