export {
  createCaseworkerApi,
  errorCode,
  type CaseworkerApi,
  type StepActionInput,
  type UpdateChecklistItemInput,
} from './api.js';
export {
  CaseworkerKitProvider,
  createKitQueryClient,
  useCaseworkerKit,
  type CaseworkerKitProviderProps,
  type CaseworkerKitValue,
} from './context.js';
export { DayQueue, DEFAULT_POLL_MS, myStepLabel, type DayQueueProps } from './DayQueue.js';
export { DayBoard, currentStepLabel, type DayBoardProps } from './DayBoard.js';
export { StepWorkspace, nextMeeting, type StepWorkspaceProps } from './StepWorkspace.js';
export { RiskFlags } from './RiskFlags.js';
export { todayInSweden } from './format.js';
