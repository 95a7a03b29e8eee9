import { TRPCError } from '@trpc/server';
import { LocationDetail, UpdateLocationConfigInput } from '@motesplats/contracts';
import { parseLocationConfig, validateAgainstFrame } from '@motesplats/location-config';
import type { Prisma } from '@motesplats/db';
import { mutation } from '../../core/procedure.js';
import { assertLocationScope } from '../../auth/location-scope.js';
import { badRequest } from '../../core/bad-request.js';
import { locationDetail } from './location-dto.js';
import { notFound } from './config-scope.js';
import { underField } from './config-problems.js';
import { loadFrameInForce } from '../frame/frame-in-force.js';

const underConfig = (issues: Array<{ path: string; message: string }>) =>
  underField('config', issues);

/**
 * Saves a location's configuration. It must parse, keep within the national frame in force (the
 * stored one, else the built-in default; see ../frame/frame-in-force.ts) and name the
 * version it was based on: a stale save is a CONFLICT, never a lost update. Every save is kept.
 */
export const updateConfig = mutation({
  permission: 'locations:admin',
  input: UpdateLocationConfigInput,
  output: LocationDetail,
  async handler({ ctx, input }) {
    assertLocationScope(ctx.session, input.locationId);
    const parsed = parseLocationConfig(input.config);
    if (!parsed.ok) throw badRequest(underConfig(parsed.errors));
    const config = parsed.config;
    const problems = [
      ...(config.id === input.locationId
        ? []
        : [
            {
              path: 'id',
              message: `Expected the id of the location being edited, '${input.locationId}'`,
            },
          ]),
      ...validateAgainstFrame(config, (await loadFrameInForce(ctx.db)).frame),
    ];
    if (problems.length) throw badRequest(underConfig(problems));

    const current = await ctx.db.location.findUnique({ where: { id: input.locationId } });
    if (!current) throw notFound(input.locationId);
    const saved = await ctx.db.location.updateMany({
      where: { id: input.locationId, version: input.expectedVersion },
      data: {
        config: config as unknown as Prisma.InputJsonValue,
        name: config.name,
        municipalityCode: config.municipality.code,
        version: { increment: 1 },
      },
    });
    if (saved.count === 0) {
      throw new TRPCError({
        code: 'CONFLICT',
        message: `expectedVersion: the configuration was changed by someone else (now version ${current.version}); reload to see their change`,
      });
    }
    const row = await ctx.db.location.findUniqueOrThrow({ where: { id: input.locationId } });
    await ctx.db.locationConfigRevision.create({
      data: {
        locationId: row.id,
        version: row.version,
        config: config as unknown as Prisma.InputJsonValue,
        authorId: ctx.session?.id ?? null,
        authorName: ctx.session?.displayName ?? 'unknown',
        authorRole: ctx.session?.role ?? 'unknown',
      },
    });
    return locationDetail(row);
  },
});
