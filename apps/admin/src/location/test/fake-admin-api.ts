import type {
  LocationDetail,
  LocationRevision,
  NationalFrameDto,
  PreviewDayDto,
  SessionUser,
} from '@motesplats/contracts';
import {
  DEFAULT_NATIONAL_FRAME,
  DEMO_CONFIG,
  TRACK_IDS,
  parseLocationConfig,
  validateAgainstFrame,
  type LocationConfig,
  type NationalFrame,
} from '@motesplats/location-config';
import type { AdminApi } from '../../api';

/** An error shaped like the tRPC client's: `data.code`, and `data.issues` on a BAD_REQUEST. */
export class FakeTrpcError extends Error {
  constructor(
    message: string,
    readonly data: { code: string; issues: Array<{ path: string; message: string }> },
  ) {
    super(message);
  }
}

export interface FakeAdminOptions {
  user?: SessionUser;
  config?: LocationConfig;
  frame?: NationalFrame;
}

export interface FakeAdmin {
  api: AdminApi;
  /** The stored location: its current config and version, and every saved revision. */
  state: { config: LocationConfig; version: number; revisions: LocationRevision[] };
  /** The inputs of every call to `locations.updateConfig`, in order. */
  saves: Array<Parameters<AdminApi['locations']['updateConfig']>[0]>;
  /** Someone else saves `change(config)` as the next version, as another admin's browser would. */
  saveAsSomeoneElse: (change: (config: LocationConfig) => LocationConfig, name?: string) => void;
}

/** A location admin at the demo location (an invented name). */
export const locationAdmin = (locationId = 'demo'): SessionUser => ({
  id: 'admin-demo',
  displayName: 'Ortsadministratör Testdemo',
  role: 'location-admin',
  agency: null,
  locationId,
});

/** What crosses the wire: JSON, so undefined fields vanish and nothing is shared by reference. */
const wire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const toFieldIssues = (issues: Array<{ path: string; message: string }>) =>
  issues.map((issue) => ({ path: `config.${issue.path}`, message: issue.message }));

function badRequest(issues: Array<{ path: string; message: string }>): FakeTrpcError {
  const fieldIssues = toFieldIssues(issues);
  return new FakeTrpcError(
    `Invalid input: ${fieldIssues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    { code: 'BAD_REQUEST', issues: fieldIssues },
  );
}

/** The preview's chains and a naive sample day: one household per enabled track, back to back. */
function previewOf(config: LocationConfig, date: string): PreviewDayDto {
  const chains = TRACK_IDS.map((track) => {
    const { enabled, chain } = config.tracks[track];
    return {
      track: Number(track) as 1 | 2 | 3,
      enabled,
      steps: chain.map((s) => ({ ...s, condition: s.condition ?? null })),
      totalMinutes: chain.reduce((sum, s) => sum + s.minutes, 0),
    };
  });
  const clock = (minutes: number) =>
    `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const visits = chains
    .filter((chain) => chain.enabled)
    .map((chain, index) => {
      let at = 9 * 60;
      return {
        label: `Exempelhushåll ${index + 1}`,
        track: chain.track,
        members: 2,
        language: 'ar',
        meetings: chain.steps.map((step) => {
          const start = at;
          at += step.minutes;
          return {
            actor: step.actor,
            start: clock(start),
            end: clock(at),
            room: config.rooms[0]?.name ?? null,
            mode: step.mode,
          };
        }),
      };
    });
  return { chains, date, closedReason: null, visits, unplaced: [] };
}

/**
 * A small in-memory gateway for the admin remote: one location (the demo config by default)
 * with versions and history, the frame, and a preview. Saves are checked as the gateway does
 * (schema, frame, expected version), so tests meet BAD_REQUEST and CONFLICT as they are.
 */
export function createFakeAdminApi(options: FakeAdminOptions = {}): FakeAdmin {
  const user = options.user ?? locationAdmin();
  const frame = options.frame ?? DEFAULT_NATIONAL_FRAME;
  const created = '2026-11-01T09:00:00.000Z';
  const state: FakeAdmin['state'] = {
    config: wire(options.config ?? DEMO_CONFIG),
    version: 1,
    revisions: [],
  };
  state.revisions.push({
    version: 1,
    config: wire(state.config),
    author: { id: 'seed', name: 'Installationen', role: 'national-admin' },
    createdAt: created,
  });
  const saves: FakeAdmin['saves'] = [];

  const detail = (): LocationDetail => ({
    id: state.config.id,
    name: state.config.name,
    municipalityCode: state.config.municipality.code,
    config: wire(state.config),
    version: state.version,
    updatedAt: state.revisions[0]?.createdAt ?? created,
  });

  const store = (config: LocationConfig, author: LocationRevision['author']) => {
    state.config = wire(config);
    state.version += 1;
    state.revisions.unshift({
      version: state.version,
      config: wire(config),
      author,
      // One minute per version, so the history reads in order.
      createdAt: new Date(Date.parse(created) + state.version * 60_000).toISOString(),
    });
  };

  const notHere = (what: string) => () => Promise.reject(new Error(`${what}: not in the fake`));

  const api: AdminApi = {
    auth: { me: async () => user },
    locations: {
      get: async () => detail(),
      history: async () => wire(state.revisions),
      updateConfig: async (input) => {
        saves.push(wire(input));
        const parsed = parseLocationConfig(input.config);
        if (!parsed.ok) throw badRequest(parsed.errors);
        const problems = validateAgainstFrame(parsed.config, frame);
        if (problems.length) throw badRequest(problems);
        if (input.expectedVersion !== state.version) {
          throw new FakeTrpcError(
            `expectedVersion: the configuration was changed by someone else (now version ${state.version}); reload to see their change`,
            { code: 'CONFLICT', issues: [] },
          );
        }
        store(parsed.config, { id: user.id, name: user.displayName, role: user.role });
        return detail();
      },
      previewDay: async (input) => {
        const parsed = parseLocationConfig(input.config);
        if (!parsed.ok) throw badRequest(parsed.errors);
        return previewOf(parsed.config, input.date);
      },
      overview: notHere('locations.overview'),
      templates: async () => [],
      create: notHere('locations.create'),
    },
    frame: {
      get: async (): Promise<NationalFrameDto> => ({
        frame: wire(frame),
        version: 1,
        updatedAt: created,
        updatedBy: null,
        breaches: [],
      }),
      update: notHere('frame.update'),
    },
    permits: { set: notHere('permits.set'), list: async () => [] },
  };

  return {
    api,
    state,
    saves,
    saveAsSomeoneElse: (change, name = 'Annan Administratör') =>
      store(change(wire(state.config)), { id: 'other-admin', name, role: 'location-admin' }),
  };
}
