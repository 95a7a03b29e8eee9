export { defaultChain } from './default-chain.js';
export { chainFor, CHAIN_FOR_ERROR_CODES } from './chain-for.js';
export type { ChainForResult, ChainForErrorCode } from './chain-for.js';
export { HouseholdFactsSchema, HouseholdMemberSchema } from './household.js';
export type { HouseholdFacts, HouseholdMember } from './household.js';
export { conditionHolds, PENSION_AGE, ADULT_AGE } from './conditions.js';
export { STEP_KINDS, HOME_INFO_PERFORMERS, HOME_INFO_MINUTES } from './planned-step.js';
export type { PlannedStep, StepKind } from './planned-step.js';
export {
  VISIT_STATUSES,
  FINAL_STATUSES,
  STEP_STATUSES,
  isStepDone,
  firstOpenStep,
} from './visit.js';
export type { Visit, VisitStep, VisitStatus, StepStatus, Staff, Stamp, Slot } from './visit.js';
export { VISIT_ERROR_CODES } from './visit-errors.js';
export type { VisitError, VisitErrorCode } from './visit-errors.js';
export { VisitEventSchema, StaffSchema, VISIT_EVENT_TYPES } from './visit-events.js';
export type { VisitEvent, VisitEventType } from './visit-events.js';
export { TimestampSchema, isTimestamp, swedishDate, LOCATION_TIME_ZONE } from './timestamp.js';
export { createVisit } from './create-visit.js';
export type { NewVisit, VisitResult } from './create-visit.js';
export { transition } from './transition.js';
