import { TrackId } from '@motesplats/location-config';
import type { ActorId } from '@motesplats/location-config';
import { IsoDateSchema, ageOn } from '@motesplats/target-group';
import { z } from 'zod';
import { ChainStepSchema } from './chain-step.js';
import type { ChainStep } from './chain-step.js';
import type { Checklist } from './checklist.js';
import type { ChecklistItem } from './checklist-item.js';
import { itemId } from './checklist-item.js';
import { ChecklistError } from './errors.js';
import { HouseholdFactsSchema } from './household-facts.js';
import type { HouseholdFacts } from './household-facts.js';
import { ITEM_CATALOGUE, ITEM_CODES } from './item-codes.js';
import type { ItemCode } from './item-codes.js';
import { ITEM_RULES, isChild } from './item-rules.js';
import type { HouseholdContext } from './item-rules.js';
import { parseInput } from './parse-input.js';

export type BuildChecklistInput = {
  household: HouseholdFacts;
  /** 1 | 2 | 3, or location-config's TrackId '1' | '2' | '3' (what tracks' chainFor takes). */
  track: 1 | 2 | 3 | TrackId;
  /** The visit's chain: tracks' PlannedStep[] as chainFor returns it, or `{ actor, kind }`s. */
  chain: ChainStep[];
  /** The visit day, 'YYYY-MM-DD'. */
  onDate: string;
};

const TrackSchema = z
  .union([z.literal(1), z.literal(2), z.literal(3), TrackId])
  .transform((t) => Number(t) as 1 | 2 | 3);

const InputSchema = z
  .strictObject({
    household: HouseholdFactsSchema,
    track: TrackSchema,
    chain: z.array(ChainStepSchema),
    onDate: IsoDateSchema,
  })
  .superRefine((input, ctx) => {
    input.household.members.forEach((member, index) => {
      // Both are valid 'YYYY-MM-DD' here, so string order is date order.
      if (member.birthDate > input.onDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['household', 'members', index, 'birthDate'],
          message: `Expected a birth date on or before the visit day ${input.onDate}`,
          input: member.birthDate,
        });
      }
    });
  });

/**
 * The household's checklist for one visit: the items each actor in the chain fills in, derived
 * from the facts, all 'todo'. An actor not in the chain gets no items, except the home
 * municipality's contact item, which a satellite household needs whatever the chain.
 * Throws ChecklistError INVALID_INPUT on malformed input (the message names the field).
 */
export function buildChecklist(input: BuildChecklistInput): Checklist {
  const { household, track, chain, onDate } = parseInput(InputSchema, input, 'input');

  const homeContactText = resolveHomeContact(household, chain);
  const members = household.members.map((m) => ({
    id: m.id,
    age: ageOn(m.birthDate, onDate),
    hasPersonalIdentityNumber: m.hasPersonalIdentityNumber,
    needsDentalCare: m.needsDentalCare === true,
  }));
  const context: HouseholdContext = {
    track,
    members,
    hasChildren: members.some((m) => isChild(m.age)),
    needsFinancialAssistance: household.needsFinancialAssistance === true,
    homeMunicipalityElsewhere: homeContactText !== null,
  };

  // Actors in chain order, each once; the municipality is added last for a satellite household
  // whose chain has no municipality step, so its contact item still appears.
  const actors: ActorId[] = [...new Set(chain.map((s) => s.actor))];
  if (homeContactText !== null && !actors.includes('kommun')) actors.push('kommun');

  const items: ChecklistItem[] = [];
  for (const actor of actors) {
    const codes = ITEM_CODES.filter((code) => ITEM_CATALOGUE[code].actor === actor);
    for (const code of codes) {
      const rule = ITEM_RULES[code];
      if (rule.scope === 'household' && rule.applies(context)) {
        // The contact item's note starts as the config's text: where and when to go. A note is
        // what storage keeps, so the text survives without a column of its own.
        const note = code === 'home-municipality-contact' ? (homeContactText ?? '') : '';
        items.push(newItem(actor, code, null, note));
      }
    }
    for (const member of members) {
      for (const code of codes) {
        const rule = ITEM_RULES[code];
        if (rule.scope === 'member' && rule.applies(member, context)) {
          items.push(newItem(actor, code, member.id, ''));
        }
      }
    }
  }
  return { track, onDate, items };
}

/**
 * The contact text when the household's home municipality is not at the office, else null.
 * Either signal counts: the household's satellite not staffing the office (today's config), or
 * a 'home-municipality-info' step in the visit's chain (tracks made it when the visit was
 * planned; a visit keeps its steps when the config changes later). So a config change between
 * planning and viewing never makes the checklist unbuildable. The satellite's text comes first;
 * tracks copies the same text onto the step.
 */
function resolveHomeContact(
  household: HouseholdFacts,
  chain: Array<z.output<typeof ChainStepSchema>>,
): string | null {
  const satellite = household.satellite;
  const infoStep = chain.find((s) => s.actor === 'kommun' && s.kind === 'home-municipality-info');
  const notStaffed = satellite !== undefined && !satellite.staffsOffice;
  if (!notStaffed && !infoStep) return null;
  // SatelliteFactsSchema guarantees homeContact for a satellite that does not staff the office.
  const text =
    (notStaffed ? satellite.homeContact?.text : undefined) ?? infoStep?.homeContact?.text;
  if (text === undefined) {
    throw new ChecklistError(
      'INVALID_INPUT',
      "input.chain: a 'home-municipality-info' step needs the home municipality's homeContact, on the step or in household.satellite",
    );
  }
  return text;
}

function newItem(
  actor: ActorId,
  code: ItemCode,
  memberId: string | null,
  note: string,
): ChecklistItem {
  return {
    id: itemId(actor, code, memberId),
    actor,
    code,
    memberId,
    status: 'todo',
    note,
    updatedAt: null,
    updatedBy: null,
    version: 1,
    details: {},
  };
}
