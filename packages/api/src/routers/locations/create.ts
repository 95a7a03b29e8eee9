import { TRPCError } from '@trpc/server';
import { CreateLocationInput, LocationDetail, type ConfigProblem } from '@motesplats/contracts';
import {
  EXAMPLE_CONFIGS,
  parseLocationConfig,
  validateAgainstFrame,
  type LocationConfig,
} from '@motesplats/location-config';
import type { Prisma } from '@motesplats/db';
import { mutation } from '../../core/procedure.js';
import { badRequest } from '../../core/bad-request.js';
import { isUniqueViolation } from '../../core/unique-violation.js';
import { loadFrameInForce } from '../frame/frame-in-force.js';
import { locationDetail } from './location-dto.js';

function alreadyExists(locationId: string): TRPCError {
  return new TRPCError({
    code: 'CONFLICT',
    message: `locationId: a location '${locationId}' already exists`,
  });
}

/**
 * A problem in the new configuration, at the input field it came from: the id, name and
 * municipality are the caller's; anything else is the template's, named under 'template'.
 */
function atInputField(problem: ConfigProblem): ConfigProblem {
  if (problem.path === 'id') return { path: 'locationId', message: problem.message };
  if (problem.path === 'name' || problem.path.startsWith('municipality')) return problem;
  return { path: 'template', message: `${problem.path}: ${problem.message}` };
}

/**
 * A new location from a template: the template's configuration with the caller's id, name and
 * municipality (the venue, rooms and chains stay the template's, invented, for the location's
 * admin to edit). It must parse and keep within the frame in force. Creates the location at
 * version 1 with its first saved revision; an id in use is a CONFLICT.
 */
export const create = mutation({
  permission: 'locations:create',
  input: CreateLocationInput,
  output: LocationDetail,
  async handler({ ctx, input }) {
    const draft: LocationConfig = {
      ...structuredClone(EXAMPLE_CONFIGS[input.template]),
      id: input.locationId,
      name: input.name,
      municipality: { name: input.municipality.name, code: input.municipality.code },
    };
    const parsed = parseLocationConfig(draft);
    if (!parsed.ok) throw badRequest(parsed.errors.map(atInputField));
    const config = parsed.config;
    const problems = validateAgainstFrame(config, (await loadFrameInForce(ctx.db)).frame);
    if (problems.length > 0) throw badRequest(problems.map(atInputField));

    if (await ctx.db.location.findUnique({ where: { id: input.locationId } })) {
      throw alreadyExists(input.locationId);
    }
    const json = config as unknown as Prisma.InputJsonValue;
    const row = await ctx.db.location
      .create({
        data: {
          id: config.id,
          name: config.name,
          municipalityCode: config.municipality.code,
          config: json,
          version: 1,
        },
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw alreadyExists(input.locationId);
        throw error;
      });
    await ctx.db.locationConfigRevision.create({
      data: {
        locationId: row.id,
        version: row.version,
        config: json,
        authorId: ctx.session?.id ?? null,
        authorName: ctx.session?.displayName ?? 'unknown',
        authorRole: ctx.session?.role ?? 'unknown',
      },
    });
    return locationDetail(row);
  },
});
