import { TRPCError } from '@trpc/server';
import { InvitationQuery, type InvitationDto, type SessionUser } from '@motesplats/contracts';
import type { Prisma } from '@motesplats/db';
import type { ApiDeps } from '../../core/context.js';
import { authorize } from '../../auth/authorize.js';
import type { Permission } from '../../auth/permissions.js';
import { sealSecretOf, unsealAccessCode } from '../../auth/sealed-code.js';
import { writeAudit, type AuditEntry, type AuditOrigin } from '../../core/audit.js';
import { badRequest } from '../../core/bad-request.js';
import { formatPath } from '../../core/error-format.js';
import { invitationForVisit } from './render-visit.js';
import { loadVisitInScope } from './load-visit.js';

/** What a printed invitation carries beyond the DTO: the household's personal access code. */
export type PrintableInvitation = {
  invitation: InvitationDto;
  /** 'XXXX-XXXX-XXXX-XXXX', unsealed from the household's NewcomerAccess row. */
  accessCode: string;
};

// PGlite is one connection, so concurrent transactions queue; give them room before failing.
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;

/** Printing shows the invitation and the personal code: both permissions, denied by default. */
const PRINT_PERMISSIONS: readonly Permission[] = ['invitations:read', 'newcomer:access-code'];

function authorizePrint(session: SessionUser | null): void {
  for (const permission of PRINT_PERMISSIONS) {
    const verdict = authorize(permission, session);
    if (verdict === 'UNAUTHORIZED') {
      throw new TRPCError({ code: verdict, message: 'Sign in to print an invitation' });
    }
    if (verdict === 'FORBIDDEN') {
      throw new TRPCError({
        code: verdict,
        message: `Your role (${session?.role ?? 'none'}) may not print invitations`,
      });
    }
  }
}

async function compose(
  deps: ApiDeps,
  db: Prisma.TransactionClient,
  session: SessionUser | null,
  input: unknown,
): Promise<{ result: PrintableInvitation; entries: AuditEntry[] }> {
  authorizePrint(session);
  const parsed = InvitationQuery.safeParse(input);
  if (!parsed.success) {
    throw badRequest(
      parsed.error.issues.map((issue) => ({
        path: issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : formatPath(issue.path),
        message:
          issue.code === 'unrecognized_keys' ? 'not a parameter of this document' : issue.message,
      })),
    );
  }
  const { visitId, language } = parsed.data;
  const visit = await loadVisitInScope({ db, session }, visitId);
  const invitation = invitationForVisit(visit, language);
  const access = await db.newcomerAccess.findUnique({ where: { householdId: visit.householdId } });
  const accessCode =
    access?.sealedCode != null
      ? unsealAccessCode(sealSecretOf(deps), visit.householdId, access.sealedCode)
      : null;
  if (!accessCode) {
    throw new TRPCError({
      code: 'CONFLICT',
      message: !access
        ? 'This household has no personal access code yet: issue a new code, then print the invitation'
        : 'The personal access code of this household cannot be printed again (it was issued before codes were kept for reprinting, or under another seal key): issue a new code, then print the invitation',
    });
  }
  const scope = {
    entityId: visit.id,
    locationId: visit.locationId,
    householdId: visit.householdId,
  };
  return {
    result: { invitation, accessCode },
    entries: [
      { action: 'read', entity: 'invitation', ...scope, detail: { language, printed: true } },
      {
        action: 'read',
        entity: 'access-code',
        entityId: visit.householdId,
        locationId: visit.locationId,
        householdId: visit.householdId,
        detail: { visitId: visit.id, printed: true },
      },
    ],
  };
}

/**
 * A visit's invitation with the household's personal access code, for a host outside tRPC (the
 * gateway's PDF). `input` is `{ visitId, language }` as received: it is checked here. The same
 * permission ('invitations:read', plus 'newcomer:access-code' for the code), the same location
 * scope and the same composition as `invitations.get`. Every call is audited: an allowed print
 * as reads of the invitation and of the code, any refusal (401, 403, 404, 400, 409, 412) as a
 * denied read. Refusals are TRPCErrors, so the host can map them to HTTP statuses.
 */
export async function invitationPrintFor(
  deps: ApiDeps,
  session: SessionUser | null,
  input: unknown,
  origin: { requestId: string; procedure: string },
): Promise<PrintableInvitation> {
  const prisma = deps.db.prisma as unknown as Prisma.TransactionClient;
  const auditOrigin: AuditOrigin = { ...origin, session };
  try {
    return await deps.db.prisma.$transaction(async (tx) => {
      const { result, entries } = await compose(deps, tx, session, input);
      await writeAudit(tx, auditOrigin, entries, 'allowed');
      return result;
    }, TRANSACTION_OPTIONS);
  } catch (error) {
    if (error instanceof TRPCError && error.code !== 'INTERNAL_SERVER_ERROR') {
      const visitId =
        input &&
        typeof input === 'object' &&
        typeof (input as { visitId?: unknown }).visitId === 'string'
          ? (input as { visitId: string }).visitId.slice(0, 64)
          : null;
      await writeAudit(
        prisma,
        auditOrigin,
        [
          {
            action: 'read',
            entity: 'invitation',
            entityId: visitId,
            detail: { code: error.code, reason: error.message },
          },
        ],
        'denied',
      );
    }
    throw error;
  }
}
