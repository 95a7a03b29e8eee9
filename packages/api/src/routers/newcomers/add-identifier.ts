import { TRPCError } from '@trpc/server';
import { AddIdentifierInput, NewcomerDto } from '@motesplats/contracts';
import { mutation } from '../../core/procedure.js';
import { loadNewcomerHouseholdInScope } from './household-scope.js';
import { householdInclude, newcomerDto } from './to-dto.js';
import { identifierOf, sameSlot } from './identifier-rows.js';
import { conflictOnDuplicate } from './unique-violation.js';

/**
 * Records a new identifier, e.g. the personnummer that Skatteverket assigns after the
 * notification of moving to Sweden. The identifier it replaces stays on record, closed.
 */
export const addIdentifier = mutation({
  permission: 'newcomers:write',
  personalData: true,
  input: AddIdentifierInput,
  output: NewcomerDto,
  async handler({ ctx, input }) {
    const household = await loadNewcomerHouseholdInScope(ctx, input.newcomerId);
    const identifier = identifierOf(input)!;
    const field = input.dossierNumber ? 'dossierNumber' : 'personalIdentityNumber';
    const now = ctx.deps.now();
    const current = household.members
      .find((m) => m.id === input.newcomerId)!
      .identifiers.filter(
        (id) => id.validTo === null && sameSlot(id.kind as typeof identifier.kind, identifier.kind),
      );
    if (current.some((id) => id.kind === identifier.kind && id.value === identifier.value)) {
      throw new TRPCError({
        code: 'CONFLICT',
        message: `${field}: this newcomer already has this number`,
      });
    }
    for (const old of current) {
      await ctx.db.newcomerIdentifier.update({ where: { id: old.id }, data: { validTo: now } });
    }
    await conflictOnDuplicate(field, () =>
      ctx.db.newcomerIdentifier.create({
        data: {
          newcomerId: input.newcomerId,
          ...identifier,
          validFrom: now,
          createdBy: ctx.session?.id ?? null,
        },
      }),
    );
    await ctx.audit({
      action: 'update',
      entity: 'newcomer-identifier',
      entityId: input.newcomerId,
      locationId: household.locationId,
      householdId: household.id,
      detail: { kind: identifier.kind, superseded: current.map((c) => c.kind) },
    });
    const reloaded = await ctx.db.household.findUniqueOrThrow({
      where: { id: household.id },
      include: householdInclude,
    });
    return newcomerDto(reloaded.members.find((m) => m.id === input.newcomerId)!);
  },
});
