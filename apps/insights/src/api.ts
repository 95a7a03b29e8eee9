import { gatewayProcedures } from '@motesplats/caseworker-kit';
import type {
  LocationSummary,
  PulseListInput,
  PulseReportDto,
  PulseSubmitInput,
  SessionUser,
  StatsGoal,
  StatsGoalInput,
  StatsTable,
  StatsTableInput,
} from '@motesplats/contracts';

/** Every write carries a fresh idempotency key, so a retried request is applied once. */
export type Keyed<T> = T & { idempotencyKey: string };

/**
 * The gateway procedures the insights remote calls, typed with the contracts' DTOs (an app
 * imports the API's types only through contracts, as the admin remote does).
 */
export interface InsightsApi {
  auth: { me(input: void): Promise<SessionUser | null> };
  locations: { list(input: void): Promise<LocationSummary[]> };
  stats: {
    table(input: StatsTableInput): Promise<StatsTable>;
    goal(input: StatsGoalInput): Promise<StatsGoal>;
    pulse: {
      submit(input: Keyed<PulseSubmitInput>): Promise<PulseReportDto>;
      list(input: PulseListInput): Promise<PulseReportDto[]>;
    };
  };
}

export function createInsightsApi(trpcUrl: string): InsightsApi {
  const { query, mutation } = gatewayProcedures(trpcUrl);
  return {
    auth: { me: query('auth.me') },
    locations: { list: query('locations.list') },
    stats: {
      table: query('stats.table'),
      goal: query('stats.goal'),
      pulse: { submit: mutation('stats.pulse.submit'), list: query('stats.pulse.list') },
    },
  };
}
