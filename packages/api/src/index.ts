export { appRouter, type AppRouter } from './router.js';
export {
  createApiContext,
  type ApiContext,
  type ApiDeps,
  type RequestInfo,
} from './core/context.js';
export {
  createCallerFactory,
  query,
  mutation,
  naturallyIdempotentMutation,
  router,
  type HandlerContext,
} from './core/procedure.js';
export type { ProcedureMeta } from './core/meta.js';
export { PERMISSIONS, type Permission, type Audience } from './auth/permissions.js';
export { authorize, type Verdict } from './auth/authorize.js';
export { signSessionToken, verifySessionToken } from './auth/session-token.js';
export type { AuditEntry, AuditAction } from './core/audit.js';
export type { FieldIssue } from './core/error-format.js';
export { accessCodeFrom, newAccessCode, normaliseAccessCode } from './auth/access-code.js';
export { statsTableFor, buildStatsTable } from './routers/stats/table.js';
export { sealAccessCode, sealSecretOf, unsealAccessCode } from './auth/sealed-code.js';
export { invitationForVisit } from './routers/invitations/render-visit.js';
export { invitationPrintFor, type PrintableInvitation } from './routers/invitations/print.js';
export { fieldIssues } from './core/error-format.js';
