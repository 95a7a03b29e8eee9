import { useQuery } from '@tanstack/react-query';
import { Alert } from '@motesplats/ui';
import { useAdmin } from '../context';
import { errorMessage } from './errors';
import { formatTimestamp } from '../format-time';
import { LocationEditor } from './LocationEditor';
import './location.css';

export interface LocationAdminProps {
  /** The location to edit; the one the shell has open by default (the national view passes one). */
  locationId?: string;
}

/**
 * The location admin's view: the open location's configuration as forms, checked live with the
 * gateway's schema and the national frame in force, with a preview, a history and saving under
 * the version loaded.
 */
export function LocationAdmin({ locationId: override }: LocationAdminProps = {}) {
  const { api, locationId: open } = useAdmin();
  const locationId = override ?? open;
  const detail = useQuery({
    queryKey: ['locations.get', { locationId }],
    queryFn: () => api.locations.get({ locationId }),
    // The editor keeps its own draft; a refetch in the background must not look like news.
    refetchOnWindowFocus: false,
  });
  const frame = useQuery({ queryKey: ['frame.get'], queryFn: () => api.frame.get(), retry: false });

  if (detail.isPending) return <p role="status">Hämtar ortens konfiguration…</p>;
  if (detail.isError) {
    return (
      <Alert tone="error">
        Kunde inte hämta ortens konfiguration: {errorMessage(detail.error)}
      </Alert>
    );
  }
  // Without the frame the form still works; the gateway checks the frame on save regardless.
  if (frame.isPending) return <p role="status">Hämtar det nationella ramverket…</p>;
  return (
    <section className="ms-loc" aria-labelledby="loc-heading">
      <h2 id="loc-heading">Ortens konfiguration: {detail.data.name}</h2>
      <p>
        Version {detail.data.version}, sparad {formatTimestamp(detail.data.updatedAt)}.
      </p>
      {frame.isError ? (
        <Alert tone="warning">
          Kunde inte hämta det nationella ramverket ({errorMessage(frame.error)}). Ramverket
          kontrolleras när du sparar.
        </Alert>
      ) : null}
      <LocationEditor
        key={locationId}
        locationId={locationId}
        detail={detail.data}
        frame={frame.data?.frame ?? null}
      />
    </section>
  );
}
