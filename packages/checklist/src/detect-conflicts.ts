import { ACTOR_IDS } from '@motesplats/location-config';
import { z } from 'zod';
import { dateOfDay, dayNumber, overlap } from './calendar-days.js';
import type { DayRange } from './calendar-days.js';
import { FULL_TIME_HOURS, WEEKLY_HOURS_LIMIT } from './conflict.js';
import type { Conflict, ConflictRule } from './conflict.js';
import { ChecklistError } from './errors.js';
import { explainConflict } from './explain-conflict.js';
import { checklistMessages } from './messages.js';
import { parseInput } from './parse-input.js';
import { PlannedActivitySchema, isAbsence } from './planned-activity.js';
import type { PlannedActivity } from './planned-activity.js';

type Plan = z.output<typeof PlannedActivitySchema> & { range: DayRange };

/**
 * Commitments that cannot all hold, per member (different members' plans never conflict):
 * sick leave or rest against any other activity; two full-time activities at once; more than
 * 40 hours a week in total during any period. Each conflict names the member, the plans, the
 * agencies and the period, and explains itself in sv and en. Order: by member (first seen),
 * then rule, then period, so the same plans always give the same list.
 * Throws ChecklistError INVALID_INPUT on a malformed plan or a repeated plan id.
 */
export function detectConflicts(plans: readonly PlannedActivity[]): Conflict[] {
  const parsed = parseInput(z.array(PlannedActivitySchema), plans, 'plans');
  const seen = new Set<string>();
  parsed.forEach((p, index) => {
    if (seen.has(p.id)) {
      throw new ChecklistError(
        'INVALID_INPUT',
        `plans[${index}].id: ${JSON.stringify(p.id)} is repeated`,
      );
    }
    seen.add(p.id);
  });

  const byMember = new Map<string, Plan[]>();
  for (const p of parsed) {
    const range = { from: dayNumber(p.from), until: p.until ? dayNumber(p.until) : Infinity };
    byMember.set(p.memberId, [...(byMember.get(p.memberId) ?? []), { ...p, range }]);
  }

  const conflicts: Conflict[] = [];
  for (const [memberId, memberPlans] of byMember) {
    const found = [
      ...absenceOverlaps(memberPlans),
      ...doubleFullTime(memberPlans),
      ...overHours(memberPlans),
    ];
    conflicts.push(...found.map((f) => toConflict(memberId, f)));
  }
  return conflicts;
}

type Finding = { rule: ConflictRule; plans: Plan[]; range: DayRange };

function absenceOverlaps(plans: Plan[]): Finding[] {
  const findings: Finding[] = [];
  for (const absence of plans.filter((p) => isAbsence(p.kind))) {
    for (const other of plans.filter((p) => !isAbsence(p.kind))) {
      const range = overlap(absence.range, other.range);
      if (range) findings.push({ rule: 'absence-overlap', plans: [absence, other], range });
    }
  }
  return byStart(findings);
}

function doubleFullTime(plans: Plan[]): Finding[] {
  const fullTime = plans.filter(isFullTime);
  const findings: Finding[] = [];
  fullTime.forEach((a, i) => {
    for (const b of fullTime.slice(i + 1)) {
      const range = overlap(a.range, b.range);
      if (range) findings.push({ rule: 'double-full-time', plans: [a, b], range });
    }
  });
  return byStart(findings);
}

/**
 * Sweeps the days on which the set of ongoing activities changes. Between two such days the
 * set, and so the total, is constant: each stretch over the limit is one conflict naming
 * exactly the activities ongoing then. Absences are not hours of work and are left out (they
 * conflict with everything anyway).
 */
function overHours(plans: Plan[]): Finding[] {
  const counted = plans.filter((p) => !isAbsence(p.kind));
  const boundaries = [...new Set(counted.flatMap((p) => [p.range.from, p.range.until + 1]))]
    .filter((d) => Number.isFinite(d))
    .sort((a, b) => a - b);

  const findings: Finding[] = [];
  boundaries.forEach((start, i) => {
    const next = boundaries[i + 1];
    const range = { from: start, until: next === undefined ? Infinity : next - 1 };
    const ongoing = counted.filter((p) => p.range.from <= start && start <= p.range.until);
    const total = ongoing.reduce((sum, p) => sum + p.hoursPerWeek, 0);
    if (total <= WEEKLY_HOURS_LIMIT) return;
    // Exactly two full-time activities: the double-full-time conflict already says it.
    if (ongoing.length === 2 && ongoing.every(isFullTime)) return;
    findings.push({ rule: 'over-hours', plans: ongoing, range });
  });
  return findings;
}

function isFullTime(p: Plan): boolean {
  return !isAbsence(p.kind) && p.hoursPerWeek >= FULL_TIME_HOURS;
}

function byStart(findings: Finding[]): Finding[] {
  return findings
    .map((f, index) => ({ f, index }))
    .sort((a, b) => a.f.range.from - b.f.range.from || a.index - b.index)
    .map(({ f }) => f);
}

function toConflict(memberId: string, finding: Finding): Conflict {
  const planIds = finding.plans.map((p) => p.id);
  const period = {
    from: dateOfDay(finding.range.from),
    until: Number.isFinite(finding.range.until) ? dateOfDay(finding.range.until) : null,
  };
  const base = {
    id: `${finding.rule}:${memberId}:${planIds.join('+')}:${period.from}`,
    rule: finding.rule,
    memberId,
    planIds,
    actors: ACTOR_IDS.filter((a) => finding.plans.some((p) => p.actor === a)),
    activities: finding.plans.map((p) => ({
      planId: p.id,
      actor: p.actor,
      kind: p.kind,
      hoursPerWeek: p.hoursPerWeek,
    })),
    period,
    totalHours: finding.plans.reduce((sum, p) => sum + p.hoursPerWeek, 0),
    messageKey: `conflict.${finding.rule}` as const,
  };
  return {
    ...base,
    explanation: {
      sv: explainConflict(base, checklistMessages.sv),
      en: explainConflict(base, checklistMessages.en),
    },
  };
}
