import { z } from 'zod';
import { SearchHit, SearchNewcomersInput } from '@motesplats/contracts';
import { query } from '../../core/procedure.js';
import { ownLocation } from './household-scope.js';
import { identifierOf } from './identifier-rows.js';
import { isoDate } from './to-dto.js';

/**
 * Finds newcomers by a dossier number or a personal identity number, current or superseded,
 * within the caseworker's own location only.
 */
export const search = query({
  permission: 'newcomers:read',
  personalData: true,
  input: SearchNewcomersInput,
  output: z.array(SearchHit),
  async handler({ ctx, input }) {
    const locationId = ownLocation(ctx);
    const identifier = identifierOf(input)!;
    const kinds =
      identifier.kind === 'dossier-number'
        ? ['dossier-number']
        : ['personnummer', 'samordningsnummer'];
    const rows = await ctx.db.newcomerIdentifier.findMany({
      where: {
        value: identifier.value,
        kind: { in: kinds },
        newcomer: { household: { locationId } },
      },
      include: { newcomer: { include: { household: true } } },
    });
    await ctx.audit(
      ...(rows.length
        ? rows.map((row) => ({
            action: 'read' as const,
            entity: 'newcomer',
            entityId: row.newcomerId,
            locationId,
            householdId: row.newcomer.householdId,
            detail: { view: 'search', matchedBy: row.kind },
          }))
        : [
            {
              action: 'read' as const,
              entity: 'newcomer',
              locationId,
              detail: { view: 'search', hits: 0 },
            },
          ]),
    );
    return rows.map((row) => ({
      householdId: row.newcomer.householdId,
      reference: row.newcomer.household.reference,
      newcomer: {
        id: row.newcomer.id,
        givenName: row.newcomer.givenName,
        familyName: row.newcomer.familyName,
        birthDate: isoDate(row.newcomer.birthDate),
      },
      matchedBy: row.kind as z.infer<typeof SearchHit>['matchedBy'],
      current: row.validTo === null,
    }));
  },
});
