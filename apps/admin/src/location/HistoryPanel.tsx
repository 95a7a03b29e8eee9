import { useQuery } from '@tanstack/react-query';
import { Alert, Button } from '@motesplats/ui';
import type { LocationRevision } from '@motesplats/contracts';
import { useAdmin } from '../context';
import { DiffTable } from './DiffTable';
import { diffConfigs } from './diff';
import { errorMessage } from './errors';
import { formatTimestamp } from '../format-time';

const ROLE_SV: Record<string, string> = {
  'location-admin': 'ortsadministratör',
  'national-admin': 'nationell administratör',
};

export interface HistoryPanelProps {
  locationId: string;
  /** Loads a revision's configuration into the draft; saving makes it a new version. */
  onRestore: (revision: LocationRevision) => void;
}

/** Every saved version, newest first, each with what it changed from the one before. */
export function HistoryPanel({ locationId, onRestore }: HistoryPanelProps) {
  const { api } = useAdmin();
  const history = useQuery({
    queryKey: ['locations.history', { locationId }],
    queryFn: () => api.locations.history({ locationId }),
  });
  return (
    <section aria-labelledby="loc-history-heading">
      <h3 id="loc-history-heading">Historik</h3>
      {history.isPending ? <p role="status">Hämtar historiken…</p> : null}
      {history.isError ? (
        <Alert tone="error">Kunde inte hämta historiken: {errorMessage(history.error)}</Alert>
      ) : null}
      <ol className="ms-loc-history" data-testid="history">
        {history.data?.map((revision, index, all) => {
          const previous = all[index + 1];
          return (
            <li key={revision.version} data-testid={`revision-${revision.version}`}>
              <h4>
                Version {revision.version}: {revision.author.name} (
                {ROLE_SV[revision.author.role] ?? revision.author.role}),{' '}
                {formatTimestamp(revision.createdAt)}
              </h4>
              {previous ? (
                <details>
                  <summary>Ändringar från version {previous.version}</summary>
                  <DiffTable
                    caption={`Version ${previous.version} → ${revision.version}`}
                    rows={diffConfigs(previous.config, revision.config)}
                  />
                </details>
              ) : (
                <p>Första sparade versionen.</p>
              )}
              <Button variant="secondary" onClick={() => onRestore(revision)}>
                Återställ version {revision.version}
              </Button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
