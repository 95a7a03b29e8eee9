import type { PlanDto } from '@motesplats/contracts';
import type { PlannedActivity as PlanRow } from '@motesplats/db';
import { isoDate } from '../../core/db-dates.js';

/** A stored plan as the API returns it. */
export function planDto(row: PlanRow): PlanDto {
  return {
    id: row.id,
    memberId: row.memberId,
    actor: row.actor as PlanDto['actor'],
    kind: row.kind as PlanDto['kind'],
    hoursPerWeek: row.hoursPerWeek,
    from: isoDate(row.from),
    until: row.until ? isoDate(row.until) : null,
    note: row.note,
    version: row.version,
  };
}
