import type { PersonFacts } from '@motesplats/target-group';
import type { NewcomerDto } from '@motesplats/contracts';

/**
 * A stored newcomer as target-group facts. NULL columns become left-out fields, which the rules
 * report as missing facts; nothing is defaulted. The principal's own result decides the relation.
 */
export function personFacts(
  member: NewcomerDto,
  principalInTargetGroup: boolean | 'unknown' | undefined,
): PersonFacts {
  const facts: PersonFacts = { birthDate: member.birthDate };
  if (member.permit) {
    facts.permit = {
      chapter: member.permit.chapter,
      ...(member.permit.section !== null ? { section: member.permit.section } : {}),
      ...(member.permit.grantedOn ? { grantedOn: member.permit.grantedOn } : {}),
    };
  }
  if (member.housing) facts.housing = member.housing;
  if (member.unaccompaniedMinor !== null) facts.unaccompaniedMinor = member.unaccompaniedMinor;
  if (member.relation) {
    facts.relation = {
      kind: member.relation.kind,
      ...(member.relation.nuclearFamily !== null
        ? { nuclearFamily: member.relation.nuclearFamily }
        : {}),
      ...(typeof principalInTargetGroup === 'boolean' ? { principalInTargetGroup } : {}),
    };
  }
  return facts;
}
