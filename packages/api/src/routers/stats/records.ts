import { TRPCError } from '@trpc/server';
import { Prisma } from '@motesplats/db';
import { ageOn } from '@motesplats/target-group';
import { ageBandOf, SEXES, type Sex, type Track, type VisitRecord } from '@motesplats/statistics';

/** The visits a statistic is made from. Dates are inclusive; `locationId` null or absent = all. */
export type VisitRecordFilter = {
  from?: string | undefined;
  to?: string | undefined;
  locationId?: string | null | undefined;
  track?: Track | undefined;
  /**
   * Leave out newcomers recorded as unaccompanied minors (unaccompaniedMinor = true; NULL,
   * "not known", stays in). The goal statistics exclude them; the tables do not.
   */
  excludeUnaccompaniedMinors?: boolean;
};

/** The visit reached check-in or later: the person came. */
export const ATTENDED_STATUSES = ['checked-in', 'in-progress', 'completed'] as const;
/** Not invitations that count: a draft was never sent, a cancelled visit was withdrawn. */
const NOT_COUNTED = ['draft', 'cancelled'];

type Row = {
  personKey: string;
  locationId: string;
  date: string;
  track: number;
  invitingAgency: string;
  status: string;
  sex: string;
  birthDate: string;
  unaccompaniedMinor: boolean | null;
};

const isSex = (value: string): value is Sex => (SEXES as readonly string[]).includes(value);

/**
 * The statistics' records, made from the visits as they were recorded (nothing is typed twice):
 * one record per household member per visit. `personKey` is the newcomer's id (a pseudonym
 * inside the service; it never leaves it), `attended` is true once the visit reached check-in,
 * sex is the member's, the age band is the member's age on the day of the visit, and the
 * inviting agency and track are the visit's.
 *
 * The household's members are those recorded now: someone added to a household later also
 * appears in its earlier visits. The registry has no membership history to do better.
 *
 * This reads personal data (birth dates, sex, who came when) but only aggregates it inside
 * the process: the records are never returned, and what leaves is a protected table. So the
 * statistics procedures are not `personalData`; see the README in this folder.
 *
 * One SQL join instead of nested Prisma includes: a year of visits is tens of thousands of
 * households, which an `IN (…)` list of household ids would not carry.
 */
export async function loadVisitRecords(
  db: Prisma.TransactionClient,
  filter: VisitRecordFilter,
): Promise<VisitRecord[]> {
  const conditions: Prisma.Sql[] = [Prisma.sql`v."status" NOT IN (${Prisma.join(NOT_COUNTED)})`];
  if (filter.from) conditions.push(Prisma.sql`v."date" >= ${filter.from}::date`);
  if (filter.to) conditions.push(Prisma.sql`v."date" <= ${filter.to}::date`);
  if (filter.locationId) conditions.push(Prisma.sql`v."locationId" = ${filter.locationId}`);
  if (filter.track !== undefined) conditions.push(Prisma.sql`v."track" = ${filter.track}`);
  if (filter.excludeUnaccompaniedMinors) {
    conditions.push(Prisma.sql`n."unaccompaniedMinor" IS DISTINCT FROM TRUE`);
  }
  const rows = await db.$queryRaw<Row[]>`
    SELECT n."id" AS "personKey", v."locationId", to_char(v."date", 'YYYY-MM-DD') AS "date",
           v."track", v."invitingAgency", v."status", n."sex",
           to_char(n."birthDate", 'YYYY-MM-DD') AS "birthDate", n."unaccompaniedMinor"
      FROM "Visit" v
      JOIN "Newcomer" n ON n."householdId" = v."householdId"
     WHERE ${Prisma.join(conditions, ' AND ')}`;
  return rows.map(toRecord);
}

function toRecord(row: Row): VisitRecord {
  if (row.birthDate > row.date) {
    throw new TRPCError({
      code: 'PRECONDITION_FAILED',
      message: `Newcomer ${row.personKey} has a birth date after their visit on ${row.date}; correct the record before making statistics`,
    });
  }
  return {
    personKey: row.personKey,
    locationId: row.locationId,
    date: row.date,
    track: row.track as Track,
    // The registry stores female, male or unknown; anything else is not a recorded sex.
    sex: isSex(row.sex) ? row.sex : 'unknown',
    ageBand: ageBandOf(ageOn(row.birthDate, row.date)),
    invitingAgency: row.invitingAgency,
    attended: (ATTENDED_STATUSES as readonly string[]).includes(row.status),
  };
}
