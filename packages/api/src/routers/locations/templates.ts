import { z } from 'zod';
import { LocationTemplate, type LocationTemplateName, type Track } from '@motesplats/contracts';
import { EXAMPLE_CONFIGS, EXAMPLE_NAMES, TRACK_IDS } from '@motesplats/location-config';
import { query } from '../../core/procedure.js';

/**
 * What the new-location wizard says about each template, in Swedish. The configurations
 * themselves are @motesplats/location-config's examples; a new example without words here fails
 * to compile.
 */
export const TEMPLATE_TEXTS: Record<LocationTemplateName, { title: string; description: string }> =
  {
    demo: {
      title: 'Fullständig mötesplats',
      description:
        'Alla sex aktörer, alla tre spår och inga kranskommuner: en heltäckande utgångspunkt att ta bort ifrån.',
    },
    'gavle-like': {
      title: 'Spår 1 med kommunens enheter',
      description:
        'Bara spår 1, en kedja Migrationsverket → Arbetsförmedlingen → kommunen → servicekontoret där kommunen möter med både arbetsmarknadsenheten och socialtjänsten.',
    },
    'satellite-not-staffed': {
      title: 'Med kranskommuner',
      description:
        'Spår 1 och 2 med nyanlända från kranskommuner, där de kommuner som inte bemannar kontoret får veta hur de når sin hemkommun.',
    },
    'with-branch': {
      title: 'Med filial',
      description:
        'Möten i kommunens lokaler och en filial på servicekontoret i en kranskommun, dit Migrationsverket och Arbetsförmedlingen skickar handläggare.',
    },
    'with-mobile-team': {
      title: 'Med mobilt team och videomöte',
      description:
        'Möten i Arbetsförmedlingens lokaler, ett mobilt team som reser till en grannort och Pensionsmyndigheten med på video.',
    },
  };

export function locationTemplate(name: LocationTemplateName): LocationTemplate {
  const config = EXAMPLE_CONFIGS[name];
  return {
    id: name,
    ...TEMPLATE_TEXTS[name],
    actors: [...config.actors],
    tracksEnabled: TRACK_IDS.filter((track) => config.tracks[track].enabled).map(
      (track) => Number(track) as Track,
    ),
  };
}

/** The templates a national admin can start a new location from. */
export const templates = query({
  permission: 'locations:create',
  output: z.array(LocationTemplate),
  async handler() {
    return EXAMPLE_NAMES.map(locationTemplate);
  },
});
