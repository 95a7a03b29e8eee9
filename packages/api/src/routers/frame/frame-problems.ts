import {
  parseLocationConfig,
  validateAgainstFrame,
  type NationalFrame,
  type ParseLocationConfigResult,
} from '@motesplats/location-config';
import type { ConfigProblem, FrameBreach } from '@motesplats/contracts';
import type { Prisma } from '@motesplats/db';

/**
 * Where a saved configuration breaks the frame, at its paths. A saved configuration that no
 * longer parses is outside the frame as well: its parse errors are the problems.
 */
export function frameProblemsOf(
  parsed: ParseLocationConfigResult,
  frame: NationalFrame,
): ConfigProblem[] {
  if (!parsed.ok) return parsed.errors;
  return validateAgainstFrame(parsed.config, frame);
}

/**
 * Every location (or only `locationId`) whose saved configuration breaks `frame`, by name.
 */
export async function frameBreaches(
  db: Prisma.TransactionClient,
  frame: NationalFrame,
  locationId?: string,
): Promise<FrameBreach[]> {
  const rows = await db.location.findMany({
    ...(locationId === undefined ? {} : { where: { id: locationId } }),
    select: { id: true, name: true, config: true },
    orderBy: { name: 'asc' },
  });
  return rows.flatMap((row) => {
    const problems = frameProblemsOf(parseLocationConfig(row.config), frame);
    return problems.length > 0 ? [{ locationId: row.id, name: row.name, problems }] : [];
  });
}
