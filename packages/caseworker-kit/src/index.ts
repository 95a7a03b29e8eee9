export {
  createCaseworkerApi,
  gatewayProcedures,
  errorCode,
  errorIssues,
  errorMessage,
  type CaseworkerApi,
  type StepActionInput,
  type UpdateChecklistItemInput,
  type BookVisitInput,
  type DeskGrantInput,
  type UpsertPlanInput,
  type VisitActionInput,
} from './api.js';
export { AgencyRemote, type AgencyRemoteProps, type AgencyTab } from './AgencyRemote.js';
export { StandaloneRemote, type StandaloneRemoteProps } from './StandaloneRemote.js';
export { BookingPanel, type BookingPanelProps } from './BookingPanel.js';
export { InvitationPreview } from './InvitationPreview.js';
export { DeskConsent, grantUntil, type DeskConsentProps } from './DeskConsent.js';
export { PlanEntry, type PlanEntryProps } from './PlanEntry.js';
export { ItemCard, type ItemCardProps } from './ItemCard.js';
export type { DetailEditorProps, DetailEditors } from './detail-editor.js';
export { checkedIn, withChecked } from './detail-lists.js';
export { flagDetail, oneOfDetail, setDetail, textDetail, withDetail } from './detail-fields.js';
export {
  CaseworkerKitProvider,
  createKitQueryClient,
  gatewayBaseOf,
  useAgencyKit,
  useCaseworkerKit,
  type CaseworkerKitProviderProps,
  type CaseworkerKitValue,
} from './context.js';
export { DayQueue, DEFAULT_POLL_MS, myStepLabel, type DayQueueProps } from './DayQueue.js';
export { DayBoard, chainLabel, currentStepLabel, type DayBoardProps } from './DayBoard.js';
export {
  StepWorkspace,
  nextMeeting,
  type HouseholdExtrasProps,
  type StepWorkspaceProps,
} from './StepWorkspace.js';
export { RiskFlags } from './RiskFlags.js';
export {
  actorName,
  todayInSweden,
  trackLabel,
  ITEM_STATUS_SV,
  LANGUAGE_NAMES_SV,
} from './format.js';
