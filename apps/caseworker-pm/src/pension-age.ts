import { PENSION_AGE } from '@motesplats/checklist';
import { ageOn, isIsoDate } from '@motesplats/target-group';

/** A household member as the pension check needs it. */
export interface DatedMember {
  birthDate: string;
}

/**
 * Age in whole years on the visit day, or null when the birth date is not a real date or lies
 * after the day. The checklist decides who gets a pension item with the same `ageOn`, so the
 * panel and the items cannot disagree on a birthday (or on someone born on 29 February, who
 * turns a year older on 1 March in a common year). A wrong birth date is the register's
 * problem to fix; the panel must not crash the caseworker's workspace over it.
 */
export function ageOnVisitDay(birthDate: string, onDate: string): number | null {
  if (!isIsoDate(birthDate) || !isIsoDate(onDate) || birthDate > onDate) return null;
  return ageOn(birthDate, onDate);
}

/** The members who are of pension age on the visit day, oldest first, each with their age. */
export function membersOfPensionAge<M extends DatedMember>(
  members: readonly M[],
  onDate: string,
): { member: M; age: number }[] {
  return members
    .map((member) => ({ member, age: ageOnVisitDay(member.birthDate, onDate) }))
    .filter((m): m is { member: M; age: number } => m.age !== null && m.age >= PENSION_AGE)
    .sort((a, b) => b.age - a.age);
}
