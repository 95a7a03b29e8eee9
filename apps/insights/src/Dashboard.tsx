import { useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Tabs } from '@motesplats/ui';
import { useInsights } from './context';
import { FilterBar } from './filters/FilterBar';
import { defaultFilters, isComplete, type Filters } from './filters/filters';
import { GoalView } from './goal/GoalView';
import { VolumesView } from './volumes/VolumesView';
import { PulseView } from './pulse/PulseView';

type TabId = 'goal' | 'volumes' | 'pulse';

/** The dashboard: shared filters above, one view per tab. Filters live in this state only. */
export function Dashboard() {
  const { api, user } = useInsights();
  const [filters, setFilters] = useState<Filters>(() => defaultFilters(user));
  const [tab, setTab] = useState<TabId>('goal');
  const locations = useQuery({ queryKey: ['locations.list'], queryFn: () => api.locations.list() });
  const list = locations.data ?? [];
  const locationName = list.find((l) => l.id === filters.locationId)?.name ?? null;

  // Only the open tab is rendered, so only its statistics are asked for (each is audited).
  const content = (id: TabId, view: ReactNode) =>
    tab !== id ? null : isComplete(filters) ? (
      view
    ) : (
      <Alert tone="info">Välj en period med både start- och slutdatum.</Alert>
    );

  return (
    <div className="ms-insights">
      <h2>Statistik och uppföljning</h2>
      <FilterBar filters={filters} onChange={setFilters} />
      <Tabs
        label="Statistikvyer"
        selectedId={tab}
        onChange={(id) => setTab(id as TabId)}
        tabs={[
          {
            id: 'goal',
            label: 'Måluppfyllelse',
            content: content('goal', <GoalView filters={filters} locationName={locationName} />),
          },
          {
            id: 'volumes',
            label: 'Volymer',
            content: content('volumes', <VolumesView filters={filters} />),
          },
          {
            id: 'pulse',
            label: 'Pulsrapport',
            content: content('pulse', <PulseView filters={filters} locations={list} />),
          },
        ]}
      />
    </div>
  );
}
