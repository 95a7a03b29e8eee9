import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { AuditEntryDto, AuditForNewcomerInput } from '@motesplats/contracts';
import { query } from '../../core/procedure.js';

/**
 * Who looked at a person's data, and when. The newcomer sees it about their own household; a
 * national admin about anyone. Reading it is itself recorded.
 */
export const forNewcomer = query({
  permission: 'audit:read',
  personalData: true,
  input: AuditForNewcomerInput,
  output: z.array(AuditEntryDto),
  async handler({ ctx, input }) {
    const householdId = ctx.session?.role === 'newcomer' ? ctx.session.id : input.householdId;
    if (!householdId)
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: 'householdId: expected the household to show',
      });
    if (
      ctx.session?.role === 'newcomer' &&
      input.householdId &&
      input.householdId !== householdId
    ) {
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: 'householdId: you can see only your own household',
      });
    }
    const rows = await ctx.db.auditEvent.findMany({
      where: { householdId },
      orderBy: { id: 'desc' },
      take: 500,
    });
    const staffIds = [...new Set(rows.map((r) => r.actorId).filter((id): id is string => !!id))];
    const staff = await ctx.db.staffMember.findMany({ where: { id: { in: staffIds } } });
    const names = new Map(staff.map((s) => [s.id, s.displayName]));
    await ctx.audit({
      action: 'read',
      entity: 'audit-log',
      entityId: householdId,
      householdId,
      detail: { entries: rows.length },
    });
    return rows.map((row) => ({
      at: row.at.toISOString(),
      who: {
        name: row.actorRole === 'newcomer' ? null : (names.get(row.actorId ?? '') ?? null),
        role: row.actorRole,
        agency: row.actorAgency,
      },
      procedure: row.procedure,
      action: row.action,
      outcome: row.outcome as 'allowed' | 'denied',
    }));
  },
});
