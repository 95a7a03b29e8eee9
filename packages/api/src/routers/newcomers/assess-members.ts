import { TRPCError } from '@trpc/server';
import type { NewcomerDto } from '@motesplats/contracts';
import { assessTargetGroup, TargetGroupError, type Assessment } from '@motesplats/target-group';
import type { Prisma } from '@motesplats/db';
import { personFacts } from './facts.js';
import { dbDate } from '../../core/db-dates.js';

function assessOrRefuse(
  facts: Parameters<typeof assessTargetGroup>[0],
  onDate: string,
  field: string,
): Assessment {
  try {
    return assessTargetGroup(facts, onDate);
  } catch (error) {
    if (
      error instanceof TargetGroupError &&
      (error.code === 'NO_RULE_SET' || error.code === 'INVALID_DATE')
    ) {
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: `${field}: ${error.message}`,
        cause: error,
      });
    }
    throw error;
  }
}

/**
 * Assesses every member on the date. Principals first: a relative's result depends on the
 * result of the person they came with or joined.
 */
export function assessMembers(
  members: NewcomerDto[],
  onDate: string,
  dateField: string,
): Map<string, Assessment> {
  const results = new Map<string, Assessment>();
  for (const member of members.filter((m) => !m.relation)) {
    results.set(member.id, assessOrRefuse(personFacts(member, undefined), onDate, dateField));
  }
  for (const member of members.filter((m) => m.relation)) {
    const principal = results.get(member.relation!.toNewcomerId);
    results.set(
      member.id,
      assessOrRefuse(personFacts(member, principal?.inTargetGroup), onDate, dateField),
    );
  }
  return results;
}

/** Keeps each assessment with its rule set and date, so it can be explained later as given. */
export async function storeAssessments(
  db: Prisma.TransactionClient,
  results: Map<string, Assessment>,
  onDate: string,
  assessedBy: string | null,
) {
  const rows = [];
  for (const [newcomerId, assessment] of results) {
    rows.push(
      await db.targetGroupAssessment.create({
        data: {
          newcomerId,
          assessedOn: dbDate(onDate),
          ruleSet: assessment.ruleSet,
          inTargetGroup: String(assessment.inTargetGroup),
          category: assessment.category,
          result: assessment as unknown as Prisma.InputJsonValue,
          assessedBy,
        },
      }),
    );
  }
  return rows;
}
