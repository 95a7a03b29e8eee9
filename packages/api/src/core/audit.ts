import type { Prisma } from '@motesplats/db';
import type { SessionUser } from '@motesplats/contracts';

/** 'attempt' records a denied mutation, whose intended effect never happened. */
export type AuditAction = 'read' | 'create' | 'update' | 'delete' | 'attempt';

/** What a handler says about one access to personal data. */
export type AuditEntry = {
  action: AuditAction;
  entity: string;
  entityId?: string | null;
  locationId?: string | null;
  householdId?: string | null;
  detail?: Prisma.InputJsonValue;
};

export type AuditOrigin = {
  procedure: string;
  requestId: string;
  session: SessionUser | null;
};

/**
 * Writes audit rows with the given client. Called with the handler's transaction client, so the
 * rows commit or roll back together with the data they describe.
 */
export async function writeAudit(
  db: Prisma.TransactionClient,
  origin: AuditOrigin,
  entries: readonly AuditEntry[],
  outcome: 'allowed' | 'denied',
): Promise<void> {
  if (entries.length === 0) return;
  await db.auditEvent.createMany({
    data: entries.map((entry) => ({
      requestId: origin.requestId,
      actorId: origin.session?.id ?? null,
      actorRole: origin.session?.role ?? null,
      actorAgency: origin.session?.agency ?? null,
      procedure: origin.procedure,
      action: entry.action,
      outcome,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      locationId: entry.locationId ?? null,
      householdId: entry.householdId ?? null,
      ...(entry.detail === undefined ? {} : { detail: entry.detail }),
    })),
  });
}
