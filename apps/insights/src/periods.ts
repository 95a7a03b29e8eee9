/** A stretch of calendar days, both ends inclusive, as the statistics API takes them. */
export interface Period {
  from: string;
  to: string;
  label: string;
}

const QUARTERS = [
  ['01-01', '03-31'],
  ['04-01', '06-30'],
  ['07-01', '09-30'],
  ['10-01', '12-31'],
] as const;

const clip = (period: Period, from: string, to: string): Period | null => {
  const start = period.from < from ? from : period.from;
  const end = period.to > to ? to : period.to;
  return start <= end ? { ...period, from: start, to: end } : null;
};

/**
 * The periods goal fulfilment is shown for: calendar years, or quarters when [from, to] lies
 * in one year (after the whole year itself, when that is what was picked). The ends are clipped to [from, to], so a period that starts mid-year (the
 * assignment began 2016-07-28) is asked for exactly; permits must be entered for that period.
 */
export function goalPeriods(from: string, to: string): Period[] {
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  const candidates: Period[] =
    first === last
      ? QUARTERS.map(([start, end], i) => ({
          from: `${first}-${start}`,
          to: `${first}-${end}`,
          label: `Kv ${i + 1} ${first}`,
        }))
      : Array.from({ length: last - first + 1 }, (_, i) => ({
          from: `${first + i}-01-01`,
          to: `${first + i}-12-31`,
          label: String(first + i),
        }));
  const periods = candidates
    .map((period) => clip(period, from, to))
    .filter((period): period is Period => period !== null)
    .map((period) => (isWhole(period) ? period : { ...period, label: periodLabel(period) }));
  // A whole year leads with itself: permits are usually entered per year, so the quarters alone
  // would show nothing but "permits missing" for a year whose goal is known.
  const wholeYear = first === last && from.slice(5) === '01-01' && to.slice(5) === '12-31';
  return wholeYear ? [{ from, to, label: `Helår ${first}` }, ...periods] : periods;
}

function isWhole(period: Period): boolean {
  const [start, end] = [period.from.slice(5), period.to.slice(5)];
  return (
    QUARTERS.some(([s, e]) => s === start && e === end) || (start === '01-01' && end === '12-31')
  );
}

/** A period as text: '2017' for a whole year, otherwise its dates. */
export function periodLabel({ from, to }: { from: string; to: string }): string {
  if (from.slice(5) === '01-01' && to.slice(5) === '12-31' && from.slice(0, 4) === to.slice(0, 4)) {
    return from.slice(0, 4);
  }
  return `${from} – ${to}`;
}
