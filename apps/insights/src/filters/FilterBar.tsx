import { useQuery } from '@tanstack/react-query';
import { DateField, Select } from '@motesplats/ui';
import { todayInSweden, type Track } from '@motesplats/contracts';
import { useInsights } from '../context';
import { ownLocation } from '../access';
import { FIRST_YEAR, yearPeriod, type Filters } from './filters';

export interface FilterBarProps {
  filters: Filters;
  onChange: (next: Filters) => void;
}

const CUSTOM = '';

/** The filters every view shares: period (with year presets), location and track. */
export function FilterBar({ filters, onChange }: FilterBarProps) {
  const { api, user } = useInsights();
  const locations = useQuery({ queryKey: ['locations.list'], queryFn: () => api.locations.list() });
  const own = ownLocation(user);
  const thisYear = Number(todayInSweden().slice(0, 4));
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);
  const preset =
    years.find((y) => {
      const p = yearPeriod(y);
      return p.from === filters.from && p.to === filters.to;
    }) ?? null;
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });

  const locationOptions = own
    ? [{ value: own, label: locations.data?.find((l) => l.id === own)?.name ?? own }]
    : [
        { value: CUSTOM, label: 'Alla orter' },
        ...(locations.data ?? []).map((l) => ({ value: l.id, label: l.name })),
      ];

  return (
    <form
      className="ms-insights-filters"
      aria-label="Filter"
      onSubmit={(event) => event.preventDefault()}
    >
      <Select
        label="År"
        value={preset === null ? CUSTOM : String(preset)}
        options={[
          { value: CUSTOM, label: 'Egen period' },
          ...years.map((y) => ({ value: String(y), label: String(y) })),
        ]}
        onChange={(event) => {
          if (event.target.value !== CUSTOM) set(yearPeriod(Number(event.target.value)));
        }}
      />
      <DateField
        label="Från och med"
        value={filters.from}
        max={filters.to || undefined}
        onChange={(event) => set({ from: event.target.value })}
      />
      <DateField
        label="Till och med"
        value={filters.to}
        min={filters.from || undefined}
        onChange={(event) => set({ to: event.target.value })}
        error={
          filters.from && filters.to && filters.to < filters.from
            ? 'Slutdatumet ligger före startdatumet.'
            : undefined
        }
      />
      <Select
        label="Ort"
        value={filters.locationId ?? CUSTOM}
        options={locationOptions}
        // The API limits a location admin to their own location; the choice only shows it.
        disabled={!!own}
        hint={own ? 'Du ser statistik för din egen ort.' : undefined}
        onChange={(event) => set({ locationId: event.target.value || null })}
      />
      <Select
        label="Spår"
        value={filters.track === null ? CUSTOM : String(filters.track)}
        options={[
          { value: CUSTOM, label: 'Alla spår' },
          { value: '1', label: 'Spår 1' },
          { value: '2', label: 'Spår 2' },
          { value: '3', label: 'Spår 3' },
        ]}
        onChange={(event) =>
          set({ track: event.target.value ? (Number(event.target.value) as Track) : null })
        }
      />
    </form>
  );
}
