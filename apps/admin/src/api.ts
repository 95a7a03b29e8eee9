import { gatewayProcedures } from '@motesplats/caseworker-kit';
import type {
  CreateLocationInput,
  LocationDetail,
  LocationRevision,
  LocationStatus,
  LocationTemplate,
  NationalFrameDto,
  PermitsEntry,
  PermitsListInput,
  PermitsSetInput,
  PreviewDayDto,
  PreviewDayInput,
  SessionUser,
  UpdateNationalFrameInput,
} from '@motesplats/contracts';

/** Every write carries a fresh idempotency key, so a retried request is applied once. */
export type Keyed<T> = T & { idempotencyKey: string };

/**
 * The gateway procedures the admin remote calls, typed with the contracts' DTOs (an app imports
 * the API's types only through contracts; see the kit's CaseworkerApi for the same pattern).
 */
export interface AdminApi {
  auth: { me(input: void): Promise<SessionUser | null> };
  locations: {
    get(input: { locationId: string }): Promise<LocationDetail>;
    history(input: { locationId: string }): Promise<LocationRevision[]>;
    updateConfig(
      input: Keyed<{ locationId: string; expectedVersion: number; config: unknown }>,
    ): Promise<LocationDetail>;
    previewDay(input: PreviewDayInput): Promise<PreviewDayDto>;
    overview(input: void): Promise<LocationStatus[]>;
    templates(input: void): Promise<LocationTemplate[]>;
    create(input: Keyed<CreateLocationInput>): Promise<LocationDetail>;
  };
  frame: {
    get(input: void): Promise<NationalFrameDto>;
    update(input: Keyed<UpdateNationalFrameInput>): Promise<NationalFrameDto>;
  };
  permits: {
    set(input: Keyed<PermitsSetInput>): Promise<PermitsEntry>;
    list(input: PermitsListInput): Promise<PermitsEntry[]>;
  };
}

export function createAdminApi(trpcUrl: string): AdminApi {
  const { query, mutation } = gatewayProcedures(trpcUrl);
  return {
    auth: { me: query('auth.me') },
    locations: {
      get: query('locations.get'),
      history: query('locations.history'),
      updateConfig: mutation('locations.updateConfig'),
      // A POST: the draft configuration is too long for a URL.
      previewDay: mutation('locations.previewDay'),
      overview: query('locations.overview'),
      templates: query('locations.templates'),
      create: mutation('locations.create'),
    },
    frame: { get: query('frame.get'), update: mutation('frame.update') },
    permits: { set: mutation('stats.permits.set'), list: query('stats.permits.list') },
  };
}
