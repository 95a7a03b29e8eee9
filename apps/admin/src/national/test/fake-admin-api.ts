import { vi } from 'vitest';
import {
  DEFAULT_NATIONAL_FRAME,
  EXAMPLE_CONFIGS,
  type LocationConfig,
} from '@motesplats/location-config';
import type {
  LocationDetail,
  LocationStatus,
  LocationTemplate,
  NationalFrameDto,
  PermitsEntry,
  SessionUser,
} from '@motesplats/contracts';
import type { AdminApi } from '../../api';

/** An error shaped like the tRPC client's: `data.code` and, for a 400, `data.issues`. */
export function trpcError(
  code: string,
  message: string,
  issues: { path: string; message: string }[] = [],
): Error {
  return Object.assign(new Error(message), { data: { code, issues } });
}

export const nationalAdmin: SessionUser = {
  id: 'u-national',
  displayName: 'Nationell Testadmin',
  role: 'national-admin',
  agency: null,
  locationId: null,
};

export const caseworker: SessionUser = {
  id: 'u-caseworker',
  displayName: 'Handläggare Test',
  role: 'caseworker',
  agency: 'af',
  locationId: 'demo',
};

export function locationStatus(overrides: Partial<LocationStatus> = {}): LocationStatus {
  return {
    id: 'demo',
    name: 'Mötesplats Demoby',
    municipalityCode: '9999',
    municipalityName: 'Demoby',
    version: 3,
    updatedAt: '2026-03-02T09:15:00.000Z',
    actors: ['mv', 'af', 'fk', 'pm', 'skv', 'kommun'],
    tracksEnabled: [1, 2, 3],
    frameProblems: [],
    lastPulse: { isoWeek: '2026-W09', status: 'green' },
    upcomingVisits: 12,
    ...overrides,
  };
}

export const TEMPLATES: LocationTemplate[] = [
  {
    id: 'demo',
    title: 'Alla aktörer, alla spår',
    description: 'Ett servicekontor där alla sex aktörer möter besökaren.',
    actors: ['mv', 'af', 'fk', 'pm', 'skv', 'kommun'],
    tracksEnabled: [1, 2, 3],
  },
  {
    id: 'with-mobile-team',
    title: 'Med mobilt team',
    description: 'Handläggarna reser till en lokal i en närliggande kommun.',
    actors: ['af', 'fk', 'skv', 'kommun'],
    tracksEnabled: [2, 3],
  },
];

function detailOf(id: string, name: string, template: string, code: string): LocationDetail {
  const base = EXAMPLE_CONFIGS[template as keyof typeof EXAMPLE_CONFIGS] ?? EXAMPLE_CONFIGS.demo;
  const config = { ...base, id, name, municipality: { ...base.municipality, code } };
  return {
    id,
    name,
    municipalityCode: code,
    config: config as LocationConfig,
    version: 1,
    updatedAt: new Date().toISOString(),
  };
}

export interface FakeOptions {
  user?: SessionUser | null;
  locations?: LocationStatus[];
  frame?: Partial<NationalFrameDto>;
  permits?: PermitsEntry[];
}

/**
 * An in-memory AdminApi: every procedure is a vi.fn over plain state, so a test can assert the
 * exact input sent and override one answer (mockRejectedValueOnce) to play a conflict or a 400.
 */
export function fakeAdminApi(options: FakeOptions = {}) {
  const state = {
    locations: options.locations ?? [locationStatus()],
    frame: {
      frame: structuredClone(DEFAULT_NATIONAL_FRAME),
      version: 1,
      updatedAt: '2026-01-10T08:00:00.000Z',
      updatedBy: null,
      breaches: [],
      ...options.frame,
    } as NationalFrameDto,
    permits: options.permits ?? [],
  };
  const user = options.user === undefined ? nationalAdmin : options.user;

  const api = {
    auth: { me: vi.fn(async () => user) },
    locations: {
      get: vi.fn(async ({ locationId }: { locationId: string }) => {
        const found = state.locations.find((l) => l.id === locationId);
        if (!found) throw trpcError('NOT_FOUND', `no location ${locationId}`);
        return detailOf(found.id, found.name, 'demo', found.municipalityCode);
      }),
      history: vi.fn(async () => []),
      updateConfig: vi.fn(async () => {
        throw trpcError('FORBIDDEN', 'not in this fake');
      }),
      previewDay: vi.fn(async () => {
        throw trpcError('FORBIDDEN', 'not in this fake');
      }),
      overview: vi.fn(async () => structuredClone(state.locations)),
      templates: vi.fn(async () => structuredClone(TEMPLATES)),
      create: vi.fn(async (input: Parameters<AdminApi['locations']['create']>[0]) => {
        if (state.locations.some((l) => l.id === input.locationId)) {
          throw trpcError('CONFLICT', `location ${input.locationId} exists`);
        }
        const template = TEMPLATES.find((t) => t.id === input.template) ?? TEMPLATES[0]!;
        state.locations.push(
          locationStatus({
            id: input.locationId,
            name: input.name,
            municipalityCode: input.municipality.code,
            municipalityName: input.municipality.name,
            version: 1,
            actors: template.actors,
            tracksEnabled: template.tracksEnabled,
            lastPulse: null,
            upcomingVisits: 0,
          }),
        );
        return detailOf(input.locationId, input.name, input.template, input.municipality.code);
      }),
    },
    frame: {
      get: vi.fn(async () => structuredClone(state.frame)),
      update: vi.fn(async (input: Parameters<AdminApi['frame']['update']>[0]) => {
        if (input.expectedVersion !== state.frame.version) {
          throw trpcError('CONFLICT', `expectedVersion: now version ${state.frame.version}`);
        }
        state.frame = {
          ...state.frame,
          frame: input.frame as NationalFrameDto['frame'],
          version: state.frame.version + 1,
          updatedAt: new Date().toISOString(),
          updatedBy: nationalAdmin.displayName,
        };
        return structuredClone(state.frame);
      }),
    },
    permits: {
      set: vi.fn(async (input: Parameters<AdminApi['permits']['set']>[0]) => {
        const locationId = input.locationId ?? null;
        const entry: PermitsEntry = {
          id: `p-${state.permits.length + 1}`,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          locationId,
          count: input.count,
          enteredBy: nationalAdmin.id,
          updatedAt: new Date().toISOString(),
        };
        state.permits = [
          ...state.permits.filter(
            (p) =>
              !(
                p.periodStart === entry.periodStart &&
                p.periodEnd === entry.periodEnd &&
                p.locationId === locationId
              ),
          ),
          entry,
        ];
        return entry;
      }),
      list: vi.fn(async () => structuredClone(state.permits)),
    },
  } satisfies AdminApi;

  return { api, state };
}
