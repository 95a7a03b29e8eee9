import { randomBytes } from 'node:crypto';
import { HouseholdDto, RegisterHouseholdInput } from '@motesplats/contracts';
import { mutation } from '../../core/procedure.js';
import { ownLocation } from './household-scope.js';
import { householdDto, householdInclude } from './to-dto.js';
import { identifierOf } from './identifier-rows.js';
import { conflictOnDuplicate } from './unique-violation.js';
import { dbDate } from '../../core/db-dates.js';

/** Short, unguessable and easy to read aloud: no 0/O or 1/I. */
function householdReference(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(8);
  return `H-${Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('')}`;
}

export const register = mutation({
  permission: 'newcomers:write',
  personalData: true,
  input: RegisterHouseholdInput,
  output: HouseholdDto,
  async handler({ ctx, input }) {
    const locationId = ownLocation(ctx);
    const household = await ctx.db.household.create({
      data: { locationId, reference: householdReference(), language: input.language ?? null },
    });
    const idByRef = new Map<string, string>();
    // Principals first, so relatives can point at them.
    const ordered = [...input.members].sort((a, b) => Number(!!a.relation) - Number(!!b.relation));
    for (const member of ordered) {
      const index = input.members.indexOf(member);
      const created = await ctx.db.newcomer.create({
        data: {
          householdId: household.id,
          givenName: member.givenName,
          familyName: member.familyName,
          birthDate: dbDate(member.birthDate),
          sex: member.sex,
          permitChapter: member.permit?.chapter ?? null,
          permitSection: member.permit?.section ?? null,
          permitGrantedOn: member.permit?.grantedOn ? dbDate(member.permit.grantedOn) : null,
          housing: member.housing ?? null,
          unaccompaniedMinor: member.unaccompaniedMinor ?? null,
          relationKind: member.relation?.kind ?? null,
          relatedToId: member.relation ? (idByRef.get(member.relation.toRef) ?? null) : null,
          nuclearFamily: member.relation?.nuclearFamily ?? null,
        },
      });
      idByRef.set(member.ref, created.id);
      for (const [field, value] of [
        ['dossierNumber', member.dossierNumber],
        ['personalIdentityNumber', member.personalIdentityNumber],
      ] as const) {
        const identifier = identifierOf({ [field]: value });
        if (!identifier) continue;
        await conflictOnDuplicate(`members[${index}].${field}`, () =>
          ctx.db.newcomerIdentifier.create({
            data: { newcomerId: created.id, ...identifier, createdBy: ctx.session?.id ?? null },
          }),
        );
      }
    }
    await ctx.audit({
      action: 'create',
      entity: 'household',
      entityId: household.id,
      locationId,
      householdId: household.id,
      detail: { members: input.members.length },
    });
    const stored = await ctx.db.household.findUniqueOrThrow({
      where: { id: household.id },
      include: householdInclude,
    });
    return householdDto(stored);
  },
});
