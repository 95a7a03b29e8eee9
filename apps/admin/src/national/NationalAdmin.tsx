import { useId, useState, type ReactNode } from 'react';
import { Tabs } from '@motesplats/ui';
import { LocationConfigTab } from './LocationConfigTab';
import { FrameEditor } from './frame/FrameEditor';
import { LocationsOverview } from './overview/LocationsOverview';
import { PermitsPanel } from './permits/PermitsPanel';
import { CreateLocationWizard } from './wizard/CreateLocationWizard';
import './national.css';

type TabId = 'orter' | 'ny-ort' | 'ramverk' | 'uppehallstillstand' | 'ortens-konfiguration';

/** Statens servicecenter's view: all locations, new ones, the national frame, permits. */
export function NationalAdmin() {
  const titleId = useId();
  const [current, setCurrent] = useState<TabId>('orter');
  // A tab's content mounts on its first visit and then stays mounted (hidden), so its queries
  // run only when wanted and a half-filled form survives a look at another tab.
  const [visited, setVisited] = useState<ReadonlySet<TabId>>(() => new Set([current]));
  const select = (id: string) => {
    setCurrent(id as TabId);
    setVisited((prev) => (prev.has(id as TabId) ? prev : new Set(prev).add(id as TabId)));
  };
  const tab = (id: TabId, label: string, content: () => ReactNode) => ({
    id,
    label,
    content: visited.has(id) ? content() : null,
  });
  return (
    <section className="ms-national-admin" aria-labelledby={titleId}>
      <h2 id={titleId}>Nationell administration – Statens servicecenter</h2>
      <Tabs
        label="Nationell administration"
        selectedId={current}
        onChange={select}
        tabs={[
          tab('orter', 'Orter', () => <LocationsOverview />),
          tab('ny-ort', 'Ny ort', () => <CreateLocationWizard />),
          tab('ramverk', 'Nationellt ramverk', () => <FrameEditor />),
          tab('uppehallstillstand', 'Beviljade uppehållstillstånd', () => <PermitsPanel />),
          tab('ortens-konfiguration', 'Ortens konfiguration', () => <LocationConfigTab />),
        ]}
      />
    </section>
  );
}
