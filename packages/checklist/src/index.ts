export { buildChecklist } from './build-checklist.js';
export type { BuildChecklistInput } from './build-checklist.js';
export type { Checklist } from './checklist.js';
export { ChecklistItemSchema, itemId } from './checklist-item.js';
export type { ChecklistItem } from './checklist-item.js';
export {
  HouseholdFactsSchema,
  HouseholdMemberSchema,
  SatelliteFactsSchema,
} from './household-facts.js';
export type { HouseholdFacts, HouseholdMember, SatelliteFacts } from './household-facts.js';
export { ChainStepSchema } from './chain-step.js';
export type { ChainStep } from './chain-step.js';
export { ITEM_CODES, ITEM_CATALOGUE, isItemCode } from './item-codes.js';
export type { ItemCode, ItemDefinition } from './item-codes.js';
export { ITEM_STATUSES } from './item-status.js';
export type { ItemStatus } from './item-status.js';
export {
  ADULT_AGE,
  PENSION_AGE,
  WORKING_AGE,
  PRESCHOOL_AGE,
  SCHOOL_AGE,
  SFI_MIN_AGE,
} from './ages.js';
export { prerequisiteId, isWaiting } from './prerequisite.js';
export {
  ALL_PRESENT_TODAY,
  CONSENT_SCOPES,
  ConsentGrantSchema,
  GranteeSchema,
  isGrantActive,
} from './consent-grant.js';
export type { ConsentGrant, Grantee } from './consent-grant.js';
export { ViewerSchema, VIEWER_KINDS } from './viewer.js';
export type { Viewer } from './viewer.js';
export { readAccess, handlersOf, mayReadItem } from './read-access.js';
export type { ReadAccess } from './read-access.js';
export { viewChecklist } from './view-checklist.js';
export type { ChecklistView, ChecklistViewItem } from './view-checklist.js';
export {
  ACTIVITY_KINDS,
  ABSENCE_KINDS,
  PlannedActivitySchema,
  isAbsence,
} from './planned-activity.js';
export type { ActivityKind, PlannedActivity } from './planned-activity.js';
export { CONFLICT_RULES, WEEKLY_HOURS_LIMIT, FULL_TIME_HOURS } from './conflict.js';
export type { Conflict, ConflictActivity, ConflictRule } from './conflict.js';
export { detectConflicts } from './detect-conflicts.js';
export { visibleConflicts } from './visible-conflicts.js';
export { explainConflict } from './explain-conflict.js';
export {
  MOVE_DOCUMENTS,
  GRADES_DOCUMENTS,
  BENEFIT_TOPICS,
  APPLICATION_STATUSES,
  ASSISTANCE_APPLICATION_STATUSES,
  PENSION_BENEFITS,
  DETAIL_VALUES,
  DETAIL_FIELDS,
  DETAIL_TEXT_MAX,
  ITEM_DETAILS_SCHEMAS,
  detailFields,
  parseItemDetails,
} from './item-details.js';
export type {
  MoveDocument,
  GradesDocument,
  BenefitTopic,
  ApplicationStatus,
  AssistanceApplicationStatus,
  PensionBenefit,
  DetailValue,
  DetailField,
  ItemDetails,
  ItemDetailsIssue,
  ParsedItemDetails,
} from './item-details.js';
export {
  checklistMessages,
  translateChecklist,
  itemLabelKey,
  detailFieldLabelKey,
  detailValueLabelKey,
  ITEM_LABELS,
  DETAIL_FIELD_LABELS,
  DETAIL_VALUE_LABELS,
} from './messages.js';
export type { ChecklistMessageKey, ChecklistCatalogue } from './messages.js';
export { ChecklistError, CHECKLIST_ERROR_CODES } from './errors.js';
export type { ChecklistErrorCode } from './errors.js';
