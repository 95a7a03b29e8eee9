// Test helpers for apps built on the kit: a wire-level fake of the gateway (the real tRPC client
// and React Query run against it), DTO fixtures with invented people, and axe in jsdom.
export { fakeTrpcFetch, type FakeAnswer, type FakeProcedure } from './trpc-fetch.js';
export * from './fixtures.js';
export { statefulChecklist } from './stateful-checklist.js';
export { agencyGateway, type AgencyGatewayOptions } from './agency-gateway.js';
export { renderRemote } from './render-remote.js';
export { openVisit } from './open-visit.js';
export { renderTurnedAway } from './turned-away.js';
export { seriousViolations } from './axe.js';
