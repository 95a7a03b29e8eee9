import type {
  GoalFigure,
  LocationSummary,
  PulseReportDto,
  Role,
  SessionUser,
  StatsCell,
  StatsGoalInput,
  StatsTable,
  StatsTableInput,
} from '@motesplats/contracts';
import type { InsightsApi, Keyed } from '../api';
import type { PulseSubmitInput } from '@motesplats/contracts';

/** An error as the tRPC client reports it: the code is in `data.code`. */
export class FakeTrpcError extends Error {
  data: { code: string; httpStatus: number };
  constructor(code: string, message: string, httpStatus = 400) {
    super(message);
    this.data = { code, httpStatus };
  }
}

export const LOCATIONS: LocationSummary[] = [
  { id: 'gavle', name: 'Gävle', municipalityCode: '2180' },
  { id: 'uppsala', name: 'Uppsala', municipalityCode: '0380' },
];

export const userOf = (role: Role, locationId: string | null = null): SessionUser => ({
  id: `${role}-1`,
  displayName: `Test ${role}`,
  role,
  agency: role === 'caseworker' ? 'af' : null,
  locationId: role === 'location-admin' || role === 'caseworker' ? (locationId ?? 'gavle') : null,
});

export const shown = (value: number): StatsCell => ({ value, flag: null });
export const hidden: StatsCell = { value: null, flag: 'hidden' };

export function figure(
  participants: StatsCell,
  permits: number | null,
  location: LocationSummary | null = null,
): GoalFigure {
  const percent =
    permits && participants.value !== null
      ? Math.round((participants.value / permits) * 100)
      : null;
  return {
    locationId: location?.id ?? null,
    locationName: location?.name ?? null,
    participants,
    permitsGranted: permits,
    permitPeriods:
      permits === null
        ? []
        : [{ periodStart: '2017-01-01', periodEnd: '2017-12-31', count: permits }],
    share: percent === null ? null : participants.value! / permits!,
    percent,
    met: percent === null ? null : percent >= 50,
    missing: permits === null ? 'No residence permits are entered' : null,
  };
}

/** A one-column table (cols: year) with the given row cells; totals hidden if any row is. */
export function tableOf(input: StatsTableInput, rows: Array<[string, StatsCell]>): StatsTable {
  const anyHidden = rows.some(([, c]) => c.flag === 'hidden');
  const sum = rows.reduce((s, [, c]) => s + (c.value ?? 0), 0);
  const total = anyHidden ? { value: sum + 3, flag: null } : shown(sum);
  return {
    rows: input.rows,
    cols: input.cols,
    rowKeys: rows.map(([k]) => k),
    colKeys: ['2017'],
    rowLabels: rows.map(([k]) => k),
    colLabels: ['2017'],
    cells: rows.map(([, c]) => [c]),
    rowTotals: rows.map(([, c]) => c),
    colTotals: [total as StatsCell],
    total: total as StatsCell,
    protection: { method: 'suppress', threshold: 5, additive: true },
    filter: {
      from: input.from ?? null,
      to: input.to ?? null,
      locationId: input.locationId ?? null,
      track: input.track ?? null,
    },
  };
}

export interface FakeOptions {
  user?: SessionUser | null;
  /** National permits by 'from..to'; a period not here is PRECONDITION_FAILED. */
  permits?: Record<string, number>;
  /** National participants by 'from..to'. */
  participants?: Record<string, number>;
  perLocation?: GoalFigure[];
  tables?: Partial<Record<string, Array<[string, StatsCell]>>>;
  reports?: PulseReportDto[];
  /** Called before a submission is stored: another user's write in between. */
  beforeSubmit?: (reports: PulseReportDto[]) => void;
}

export function report(overrides: Partial<PulseReportDto> = {}): PulseReportDto {
  const none = { byTrack: { '1': shown(0), '2': shown(0), '3': shown(0) }, total: shown(0) };
  return {
    id: `r-${overrides.locationId ?? 'gavle'}-${overrides.isoWeek ?? '2017-W05'}`,
    locationId: 'gavle',
    isoWeek: '2017-W05',
    weekStart: '2017-01-30',
    weekEnd: '2017-02-05',
    status: 'green',
    counts: { participants: none, visits: none, noShows: none, threshold: 5 },
    deviations: '',
    questions: '',
    suggestions: '',
    submittedBy: 'someone',
    submittedAt: '2017-02-03T12:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

/** An in-memory InsightsApi that keeps pulse reports and records every call's input. */
export function fakeApi(options: FakeOptions = {}) {
  const calls: Record<string, unknown[]> = {};
  const record = (path: string, input: unknown) => {
    (calls[path] ??= []).push(input);
  };
  const reports = [...(options.reports ?? [])];
  const user = options.user === undefined ? userOf('analyst') : options.user;

  const api: InsightsApi = {
    auth: { me: async () => user },
    locations: { list: async () => LOCATIONS },
    stats: {
      async table(input) {
        record('stats.table', input);
        return tableOf(input, options.tables?.[input.rows] ?? [['1', shown(10)]]);
      },
      async goal(input: StatsGoalInput) {
        record('stats.goal', input);
        const key = `${input.from}..${input.to}`;
        const permits = options.permits?.[key];
        if (permits === undefined) {
          throw new FakeTrpcError(
            'PRECONDITION_FAILED',
            `No residence permits are entered for ${key}`,
            412,
          );
        }
        return {
          from: input.from,
          to: input.to,
          goal: 0.5,
          overall: figure(shown(options.participants?.[key] ?? 0), permits),
          perLocation: input.locationId ? null : (options.perLocation ?? []),
        };
      },
      pulse: {
        async submit(input: Keyed<PulseSubmitInput>) {
          record('stats.pulse.submit', input);
          options.beforeSubmit?.(reports);
          const at = reports.findIndex(
            (r) => r.locationId === input.locationId && r.isoWeek === input.isoWeek,
          );
          const existing = at >= 0 ? reports[at]! : null;
          if (
            input.expectedVersion === undefined
              ? existing
              : existing?.version !== input.expectedVersion
          ) {
            throw new FakeTrpcError('CONFLICT', 'expectedVersion: changed by someone else', 409);
          }
          const saved = report({
            locationId: input.locationId,
            isoWeek: input.isoWeek,
            status: input.status,
            deviations: input.deviations ?? '',
            questions: input.questions ?? '',
            suggestions: input.suggestions ?? '',
            version: (existing?.version ?? 0) + 1,
          });
          if (at >= 0) reports[at] = saved;
          else reports.push(saved);
          return saved;
        },
        async list(input) {
          record('stats.pulse.list', input);
          return reports.filter(
            (r) =>
              (!input?.locationId || r.locationId === input.locationId) &&
              (!input?.fromWeek || r.isoWeek >= input.fromWeek) &&
              (!input?.toWeek || r.isoWeek <= input.toWeek),
          );
        },
      },
    },
  };
  return { api, calls, reports };
}
