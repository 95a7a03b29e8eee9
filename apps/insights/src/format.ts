import type { StatsDim } from '@motesplats/contracts';

const SEX_SV: Record<string, string> = {
  female: 'Kvinnor',
  male: 'Män',
  unknown: 'Ej registrerat',
};
const AGE_SV: Record<string, string> = {
  '0-17': '0–17 år',
  '18-64': '18–64 år',
  '65+': '65 år och äldre',
};

/** Dimension names as the tables' headers show them. */
export const DIM_SV: Record<StatsDim, string> = {
  location: 'Ort',
  track: 'Spår',
  sex: 'Kön',
  ageBand: 'Åldersgrupp',
  isoWeek: 'Vecka',
  month: 'Månad',
  year: 'År',
  invitingAgency: 'Kallande myndighet',
};

/** A key's Swedish label; the API's own label (a location's name, a year) otherwise. */
export function keyLabel(dim: StatsDim, key: string, apiLabel: string): string {
  switch (dim) {
    case 'track':
      return `Spår ${key}`;
    case 'sex':
      return SEX_SV[key] ?? key;
    case 'ageBand':
      return AGE_SV[key] ?? key;
    default:
      return apiLabel;
  }
}

const number = new Intl.NumberFormat('sv-SE');
export const formatCount = (n: number) => number.format(n);
/** Swedish style: a space before the percent sign ('58 %'). */
export const formatPercent = (n: number) => `${number.format(n)} %`;
