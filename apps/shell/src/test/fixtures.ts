import type { Composition, LocationSummary, SessionUser } from '@motesplats/contracts';

export const LOCATIONS: LocationSummary[] = [
  { id: 'demo', name: 'Demo', municipalityCode: '0180' },
  { id: 'gavle', name: 'Gävle', municipalityCode: '2180' },
];

export const CASEWORKER: SessionUser = {
  id: 'u1',
  displayName: 'Anna Testdemo',
  role: 'caseworker',
  agency: 'af',
  locationId: 'gavle',
};

export const COMPOSITION: Composition = {
  location: { id: 'demo', name: 'Demo' },
  remotes: [
    {
      id: 'caseworker-af',
      scope: 'caseworker_af',
      entry: '/remotes/caseworker-af/mf-manifest.json',
      module: './App',
      actor: 'af',
      label: { sv: 'Arbetsförmedlingen', en: 'Swedish Public Employment Service' },
    },
    {
      id: 'caseworker-fk',
      scope: 'caseworker_fk',
      entry: '/remotes/caseworker-fk/mf-manifest.json',
      module: './App',
      actor: 'fk',
      label: { sv: 'Försäkringskassan', en: 'Swedish Social Insurance Agency' },
    },
  ],
};
