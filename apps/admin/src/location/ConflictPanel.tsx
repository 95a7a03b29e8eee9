import { Alert, Button } from '@motesplats/ui';
import type { LocationConfig } from '@motesplats/location-config';
import { DiffTable } from './DiffTable';
import { diffConfigs } from './diff';
import { formatTimestamp } from '../format-time';
import type { Conflict } from './use-save';

export interface ConflictPanelProps {
  conflict: Conflict;
  /** The version the admin started from, to show what the other person changed. */
  baseConfig: LocationConfig;
  baseVersion: number;
  /** The admin's draft, to show what they would write over. */
  draft: LocationConfig;
  canOverwrite: boolean;
  busy: boolean;
  onReload: () => void;
  onOverwrite: () => void;
}

export function ConflictPanel({
  conflict,
  baseConfig,
  baseVersion,
  draft,
  canOverwrite,
  busy,
  onReload,
  onOverwrite,
}: ConflictPanelProps) {
  const { latest, revision } = conflict;
  const who = revision
    ? ` (${revision.author.name}, ${formatTimestamp(revision.createdAt)})`
    : ` (${formatTimestamp(latest.updatedAt)})`;
  return (
    <section
      className="ms-loc-conflict"
      aria-labelledby="loc-conflict-heading"
      data-testid="conflict"
    >
      <Alert tone="warning">
        <h3 id="loc-conflict-heading">
          Någon annan har sparat version {latest.version}
          {who}
        </h3>
        <p>
          Du utgick från version {baseVersion}. Ditt utkast finns kvar. Välj om du vill ladda om
          deras version (ditt utkast försvinner) eller fortsätta redigera och spara över deras
          version.
        </p>
      </Alert>
      <DiffTable
        caption={`Deras ändringar (version ${baseVersion} → ${latest.version})`}
        rows={diffConfigs(baseConfig, latest.config)}
      />
      <DiffTable
        caption={`Ditt utkast jämfört med version ${latest.version}`}
        rows={diffConfigs(latest.config, draft)}
      />
      <div className="ms-loc-actions">
        <Button variant="secondary" onClick={onReload} disabled={busy}>
          Ladda om deras version
        </Button>
        <Button
          variant="danger"
          onClick={onOverwrite}
          disabled={!canOverwrite}
          busy={busy}
          busyLabel="Sparar"
        >
          Spara över deras version
        </Button>
      </div>
    </section>
  );
}
