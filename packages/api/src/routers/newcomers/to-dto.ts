import type { Prisma } from '@motesplats/db';
import type { AssessmentDto, HouseholdDto, NewcomerDto } from '@motesplats/contracts';
import type { Assessment } from '@motesplats/target-group';
import { isoDate } from '../../core/db-dates.js';

export { isoDate };

export const householdInclude = {
  members: {
    orderBy: { birthDate: 'asc' },
    include: {
      identifiers: { orderBy: { validFrom: 'asc' } },
      assessments: { orderBy: { createdAt: 'desc' }, take: 1 },
    },
  },
} as const satisfies Prisma.HouseholdInclude;

export type HouseholdWithMembers = Prisma.HouseholdGetPayload<{ include: typeof householdInclude }>;
type MemberRow = HouseholdWithMembers['members'][number];
type AssessmentRow = MemberRow['assessments'][number];

export function assessmentDto(row: AssessmentRow): AssessmentDto {
  const result = row.result as unknown as Assessment;
  return {
    id: row.id,
    assessedOn: isoDate(row.assessedOn),
    ruleSet: row.ruleSet,
    inTargetGroup: result.inTargetGroup,
    category: result.category,
    conditions: result.conditions.map((c) => ({
      code: c.code,
      result: c.result,
      ...(c.legalRef ? { legalRef: c.legalRef } : {}),
      explanation: c.explanation,
    })),
    missingFacts: result.missingFacts,
    pensionRelevant: result.pensionRelevant,
    assessedAt: row.createdAt.toISOString(),
  };
}

export function newcomerDto(row: MemberRow): NewcomerDto {
  return {
    id: row.id,
    givenName: row.givenName,
    familyName: row.familyName,
    birthDate: isoDate(row.birthDate),
    sex: row.sex as NewcomerDto['sex'],
    permit:
      row.permitChapter === null
        ? null
        : {
            chapter: row.permitChapter,
            section: row.permitSection,
            grantedOn: row.permitGrantedOn ? isoDate(row.permitGrantedOn) : null,
          },
    housing: row.housing as NewcomerDto['housing'],
    unaccompaniedMinor: row.unaccompaniedMinor,
    relation:
      row.relationKind && row.relatedToId
        ? {
            kind: row.relationKind as NonNullable<NewcomerDto['relation']>['kind'],
            toNewcomerId: row.relatedToId,
            nuclearFamily: row.nuclearFamily,
          }
        : null,
    identifiers: row.identifiers.map((id) => ({
      kind: id.kind as NewcomerDto['identifiers'][number]['kind'],
      value: id.value,
      validFrom: id.validFrom.toISOString(),
      validTo: id.validTo ? id.validTo.toISOString() : null,
    })),
    latestAssessment: row.assessments[0] ? assessmentDto(row.assessments[0]) : null,
    version: row.version,
  };
}

export function householdDto(row: HouseholdWithMembers): HouseholdDto {
  return {
    id: row.id,
    reference: row.reference,
    locationId: row.locationId,
    language: row.language,
    municipalityCode: row.municipalityCode,
    members: row.members.map(newcomerDto),
  };
}
