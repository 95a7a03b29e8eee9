import {
  ACTOR_NAMES,
  type ActorId,
  type DayVisit,
  type InvitationLanguage,
  type PlanDto,
  type VisitDto,
} from '@motesplats/contracts';
import type { Status } from '@motesplats/ui';

/** The six languages of the invitation and the info sheet, named in Swedish. */
export const LANGUAGE_NAMES_SV: Record<InvitationLanguage, string> = {
  sv: 'Svenska',
  en: 'Engelska',
  ar: 'Arabiska',
  prs: 'Dari',
  so: 'Somaliska',
  ti: 'Tigrinja',
};

/** The abbreviations caseworkers use on the board, where six full names do not fit a cell. */
export const ACTOR_SHORT_SV: Record<ActorId, string> = {
  mv: 'MV',
  af: 'AF',
  fk: 'FK',
  pm: 'PM',
  skv: 'SKV',
  kommun: 'Kommun',
};

export function actorName(actor: ActorId): string {
  return ACTOR_NAMES[actor]?.sv ?? actor;
}

// Today's date in Sweden: one definition, in contracts, for the gateway and every frontend.
export { todayInSweden } from '@motesplats/contracts';

export function memberNames(visit: DayVisit): string {
  return visit.household.members.map((m) => `${m.givenName} ${m.familyName}`).join(', ');
}

/** The planned time when the day plan has one, otherwise the booked time. */
export function visitTime(visit: DayVisit): string {
  return visit.planned ? `${visit.planned.start}–${visit.planned.end}` : visit.time;
}

export function trackLabel(track: number): string {
  return `Spår ${track}`;
}

export const VISIT_STATUS_SV: Record<VisitDto['status'], string> = {
  draft: 'Utkast',
  booked: 'Bokad',
  'checked-in': 'Incheckad',
  'in-progress': 'Pågår',
  completed: 'Avslutad',
  'no-show': 'Uteblev',
  cancelled: 'Avbokad',
};

export const STEP_STATUS_SV: Record<VisitDto['steps'][number]['status'], string> = {
  pending: 'Väntar',
  'in-progress': 'Pågår',
  completed: 'Klart',
  skipped: 'Hoppades över',
};

export const ITEM_STATUS_SV: Record<Exclude<Status, 'at-risk'>, string> = {
  todo: 'Att göra',
  done: 'Klar',
  'follow-up': 'Uppföljning',
  'not-applicable': 'Ej aktuell',
};

export const RISK_SV: Record<DayVisit['atRisk'][number]['code'], string> = {
  PERMIT_CARD_NOT_READY: 'Tillståndskort inte klart',
  ID_DOCUMENTS_NOT_READY: 'ID-handlingar saknas',
  OUTSIDE_TARGET_GROUP: 'Utanför målgruppen',
};

export const ACTIVITY_KIND_SV: Record<PlanDto['kind'], string> = {
  studies: 'Studier',
  sfi: 'SFI',
  work: 'Arbete',
  'work-placement': 'Praktik',
  'job-search': 'Jobbsökande',
  'sick-leave': 'Sjukskrivning',
  rest: 'Vila',
  'parental-leave': 'Föräldraledighet',
  other: 'Annat',
};
