import { StatisticsError } from './errors.js';
import { parseIsoDate } from './iso-date.js';

export const TRACKS = [1, 2, 3] as const;
/** 'unknown' is a real answer: in 2017 about 2 % of participants had no recorded sex. */
export const SEXES = ['female', 'male', 'unknown'] as const;
/**
 * The bands the reports use: children attending with a relative, the establishment
 * assignment's 18–64, and 65+ (Pensionsmyndigheten's step and the nuclear-family rule).
 */
export const AGE_BANDS = ['0-17', '18-64', '65+'] as const;

export type Track = (typeof TRACKS)[number];
export type Sex = (typeof SEXES)[number];
export type AgeBand = (typeof AGE_BANDS)[number];

/**
 * One invited visit to a Mötesplats, as statistics sees it: no name, no identity number.
 * `personKey` is a pseudonym that is stable for one person across visits; it is what lets
 * the tables count participants (persons) rather than visits.
 */
export type VisitRecord = {
  personKey: string;
  locationId: string;
  /** The day of the visit, 'YYYY-MM-DD'. */
  date: string;
  track: Track;
  sex: Sex;
  /** The band on the day of the visit. */
  ageBand: AgeBand;
  invitingAgency: string;
  /** Invited but did not come: false. Only attended visits make a person a participant. */
  attended: boolean;
};

function bad(index: number, field: string, value: unknown): StatisticsError {
  return new StatisticsError(
    'INVALID_RECORD',
    `records[${index}].${field} is not valid: ${JSON.stringify(value)}`,
  );
}

/**
 * Records reach the domain from a database, not from the type checker, so the fields a table
 * may group by are checked at run time. A bad row must fail loudly, not become a
 * mysterious extra row in a published table.
 */
export function validateRecord(record: VisitRecord, index: number): void {
  if (typeof record.personKey !== 'string' || record.personKey === '') {
    throw bad(index, 'personKey', record.personKey);
  }
  if (typeof record.locationId !== 'string' || record.locationId === '') {
    throw bad(index, 'locationId', record.locationId);
  }
  if (typeof record.invitingAgency !== 'string' || record.invitingAgency === '') {
    throw bad(index, 'invitingAgency', record.invitingAgency);
  }
  if (parseIsoDate(record.date) === null) {
    throw new StatisticsError(
      'INVALID_DATE',
      `records[${index}].date must be a real calendar date written as YYYY-MM-DD, got ${JSON.stringify(record.date)}`,
    );
  }
  if (!(TRACKS as readonly unknown[]).includes(record.track))
    throw bad(index, 'track', record.track);
  if (!(SEXES as readonly unknown[]).includes(record.sex)) throw bad(index, 'sex', record.sex);
  if (!(AGE_BANDS as readonly unknown[]).includes(record.ageBand)) {
    throw bad(index, 'ageBand', record.ageBand);
  }
  if (typeof record.attended !== 'boolean') throw bad(index, 'attended', record.attended);
}
