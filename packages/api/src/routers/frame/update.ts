import { TRPCError } from '@trpc/server';
import { NationalFrameDto, UpdateNationalFrameInput } from '@motesplats/contracts';
import { formatIssuePath, NationalFrameSchema } from '@motesplats/location-config';
import type { Prisma } from '@motesplats/db';
import { mutation } from '../../core/procedure.js';
import { badRequest } from '../../core/bad-request.js';
import { isUniqueViolation } from '../../core/unique-violation.js';
import { underField } from '../locations/config-problems.js';
import { FRAME_ROW_ID, loadFrameInForce } from './frame-in-force.js';
import { nationalFrameDto } from './frame-dto.js';

function conflict(current: number): TRPCError {
  return new TRPCError({
    code: 'CONFLICT',
    message: `expectedVersion: the national frame was changed by someone else (now version ${current}); reload to see their change`,
  });
}

/**
 * Saves a new national frame. It must parse (every problem is a 400 at 'frame.<path>') and name
 * the version it was based on: a stale save is a CONFLICT naming the current version. The first
 * save replaces the built-in default (version 1) and creates the row at version 2. Every saved
 * version is kept (NationalFrameRevision). Locations that break the new frame are not refused:
 * the answer lists them in `breaches`, and they must come within it at their next save.
 */
export const update = mutation({
  permission: 'frame:admin',
  input: UpdateNationalFrameInput,
  output: NationalFrameDto,
  async handler({ ctx, input }) {
    const parsed = NationalFrameSchema.safeParse(input.frame);
    if (!parsed.success) {
      const issues = parsed.error.issues.flatMap((issue) =>
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) => ({
              path: formatIssuePath([...issue.path, key]),
              message: `Expected no field "${key}" here: it is not part of the national frame`,
            }))
          : [{ path: formatIssuePath(issue.path), message: issue.message }],
      );
      throw badRequest(underField('frame', issues));
    }
    const frame = parsed.data as unknown as Prisma.InputJsonValue;
    const current = await loadFrameInForce(ctx.db);
    if (input.expectedVersion !== current.version) throw conflict(current.version);

    const by = {
      updatedById: ctx.session?.id ?? null,
      updatedByName: ctx.session?.displayName ?? null,
    };
    const version = current.version + 1;
    if (!current.stored) {
      try {
        await ctx.db.nationalFrame.create({ data: { id: FRAME_ROW_ID, frame, version, ...by } });
      } catch (error) {
        // Someone else saved the first frame at the same moment.
        if (isUniqueViolation(error)) {
          throw conflict(version);
        }
        throw error;
      }
    } else {
      const saved = await ctx.db.nationalFrame.updateMany({
        where: { id: FRAME_ROW_ID, version: input.expectedVersion },
        data: { frame, version, ...by },
      });
      if (saved.count === 0) throw conflict((await loadFrameInForce(ctx.db)).version);
    }
    await ctx.db.nationalFrameRevision.create({
      data: {
        version,
        frame,
        authorId: by.updatedById,
        authorName: ctx.session?.displayName ?? 'unknown',
        authorRole: ctx.session?.role ?? 'unknown',
      },
    });
    return nationalFrameDto(ctx.db, ctx.session, await loadFrameInForce(ctx.db));
  },
});
