import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import type { Prisma } from '@motesplats/db';
import type { SessionUser } from '@motesplats/contracts';
import { t } from './trpc.js';
import type { ProcedureMeta } from './meta.js';
import type { ApiContext, ApiDeps, RequestInfo } from './context.js';
import { authorize } from '../auth/authorize.js';
import type { Permission } from '../auth/permissions.js';
import { writeAudit, type AuditEntry, type AuditOrigin } from './audit.js';
import {
  IdempotencyKey,
  IdempotencyRaceError,
  claimFor,
  findReplay,
  recordResult,
  type IdempotencyClaim,
} from './idempotency.js';

/** What a handler gets. `db` is the request's transaction whenever personal data is involved. */
export type HandlerContext = {
  db: Prisma.TransactionClient;
  session: SessionUser | null;
  deps: ApiDeps;
  request: RequestInfo;
  /** Records access to personal data in the same transaction as the access itself. */
  audit: (...entries: AuditEntry[]) => Promise<void>;
};

type Handler<I, O> = (args: { ctx: HandlerContext; input: I; prepared: unknown }) => Promise<O>;

/**
 * Work that must run before the transaction and stay done even if the procedure then fails:
 * checking a personal code, whose failed tries must be counted. Its result reaches the handler.
 */
type Before<I> = (args: { ctx: HandlerContext; input: I }) => Promise<unknown>;

// PGlite is one connection, so concurrent transactions queue; give them room before failing.
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;

function originOf(ctx: ApiContext, path: string): AuditOrigin {
  return { procedure: path, requestId: ctx.request.requestId, session: ctx.session };
}

function principalOf(ctx: ApiContext): string {
  return ctx.session ? `${ctx.session.role}:${ctx.session.id}` : `anonymous:${ctx.request.ip}`;
}

function deniedEntry(type: string, path: string, reason: string): AuditEntry {
  return { action: type === 'query' ? 'read' : 'attempt', entity: path, detail: { reason } };
}

/** Every procedure passes here first. No declared permission means no access. */
const guarded = t.procedure.use(async ({ ctx, meta, path, type, next }) => {
  const verdict = authorize(meta?.permission, ctx.session);
  if (verdict === 'allow') return next();
  const message =
    verdict === 'UNAUTHORIZED'
      ? `Sign in to use ${path}`
      : meta?.permission
        ? `Your role (${ctx.session?.role ?? 'none'}) may not use ${path}`
        : `${path} declares no permission, so it is denied by default`;
  if (meta?.personalData) {
    await writeAudit(
      ctx.deps.db.prisma,
      originOf(ctx, path),
      [deniedEntry(type, path, message)],
      'denied',
    );
  }
  throw new TRPCError({ code: verdict, message });
});

async function execute<I, O>(
  meta: ProcedureMeta,
  handler: Handler<I, O>,
  ctx: ApiContext,
  input: I,
  path: string,
  type: string,
  claim: IdempotencyClaim | null,
  before?: Before<I>,
): Promise<O> {
  const origin = originOf(ctx, path);
  const base = { session: ctx.session, deps: ctx.deps, request: ctx.request };
  const prisma = ctx.deps.db.prisma as unknown as Prisma.TransactionClient;
  const directAudit = (...entries: AuditEntry[]) => writeAudit(prisma, origin, entries, 'allowed');

  if (!meta.personalData && !claim) {
    const prepared = before
      ? await before({ ctx: { ...base, db: prisma, audit: directAudit }, input })
      : undefined;
    return handler({ ctx: { ...base, db: prisma, audit: directAudit }, input, prepared });
  }

  try {
    const prepared = before
      ? await before({ ctx: { ...base, db: prisma, audit: directAudit }, input })
      : undefined;
    return await ctx.deps.db.prisma.$transaction(async (tx) => {
      if (claim) {
        const replay = await findReplay(tx, claim);
        if (replay) return replay.result as O;
      }
      let audited = 0;
      const audit = async (...entries: AuditEntry[]) => {
        audited += entries.length;
        await writeAudit(tx, origin, entries, 'allowed');
      };
      const result = await handler({ ctx: { ...base, db: tx, audit }, input, prepared });
      if (meta.personalData && audited === 0) {
        // A programming error, not the caller's: refuse rather than serve unaudited personal data.
        throw new Error(`${path} handles personal data but wrote no audit event`);
      }
      if (claim) await recordResult(tx, claim, result);
      return result;
    }, TRANSACTION_OPTIONS);
  } catch (error) {
    if (error instanceof IdempotencyRaceError && claim) {
      const replay = await findReplay(prisma, claim);
      if (replay) return replay.result as O;
    }
    if (
      meta.personalData &&
      error instanceof TRPCError &&
      (error.code === 'FORBIDDEN' || error.code === 'UNAUTHORIZED')
    ) {
      // The transaction rolled back; the refusal itself must still be on record.
      await writeAudit(prisma, origin, [deniedEntry(type, path, error.message)], 'denied');
    }
    throw error;
  }
}

/** A read. `personalData: true` runs it in a transaction that must write an audit event. */
export function query<TOut extends z.ZodType, TIn extends z.ZodType = z.ZodVoid>(spec: {
  permission: Permission;
  personalData?: boolean;
  input?: TIn;
  output: TOut;
  handler: Handler<z.output<TIn>, z.input<TOut>>;
}) {
  const meta: ProcedureMeta = {
    permission: spec.permission,
    personalData: spec.personalData ?? false,
    idempotency: null,
  };
  return guarded
    .meta(meta)
    .input((spec.input ?? z.void()) as TIn)
    .output(spec.output)
    .query(
      ({ ctx, input, path }) =>
        execute(
          meta,
          spec.handler,
          ctx,
          input as z.output<TIn>,
          path,
          'query',
          null,
        ) as Promise<never>,
    );
}

type MutationSpec<TIn extends z.ZodObject, TOut extends z.ZodType> = {
  permission: Permission;
  personalData?: boolean;
  input: TIn;
  output: TOut;
  before?: Before<z.output<TIn>>;
  handler: Handler<z.output<TIn>, z.input<TOut>>;
};

/**
 * A write. Its input gains a required `idempotencyKey`; a replay by the same principal returns
 * the first result and never applies twice.
 */
export function mutation<TIn extends z.ZodObject, TOut extends z.ZodType>(
  spec: MutationSpec<TIn, TOut>,
) {
  const meta: ProcedureMeta = {
    permission: spec.permission,
    personalData: spec.personalData ?? false,
    idempotency: 'stored',
  };
  type Keyed = z.output<TIn> & { idempotencyKey: string };
  const schema = spec.input.extend({ idempotencyKey: IdempotencyKey }) as unknown as z.ZodType<
    Keyed,
    z.input<TIn> & { idempotencyKey: string }
  >;
  return guarded
    .meta(meta)
    .input(schema)
    .output(spec.output)
    .mutation(({ ctx, input, path }) => {
      const { idempotencyKey, ...rest } = input as Keyed;
      const claim = claimFor(principalOf(ctx), idempotencyKey, path, rest);
      return execute(
        meta,
        spec.handler,
        ctx,
        rest as z.output<TIn>,
        path,
        'mutation',
        claim,
        spec.before,
      ) as Promise<never>;
    });
}

/**
 * A write whose repetition is harmless by nature (signing in, signing out): no key, no stored
 * result. It must say why, and the procedure walk test checks that it did.
 */
export function naturallyIdempotentMutation<TIn extends z.ZodObject, TOut extends z.ZodType>(
  spec: MutationSpec<TIn, TOut> & { why: string },
) {
  const meta: ProcedureMeta = {
    permission: spec.permission,
    personalData: spec.personalData ?? false,
    idempotency: { exempt: spec.why },
  };
  return guarded
    .meta(meta)
    .input(spec.input)
    .output(spec.output)
    .mutation(
      ({ ctx, input, path }) =>
        execute(
          meta,
          spec.handler,
          ctx,
          input as z.output<TIn>,
          path,
          'mutation',
          null,
        ) as Promise<never>,
    );
}

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
