import { Alert, Button } from '@motesplats/ui';
import type { NationalFrameDto } from '@motesplats/contracts';
import { formatTimestamp } from '../../format-time';

/**
 * Someone saved the frame after this form was loaded. The admin's edits stay in the form; they
 * see whose version is now in force and either load it (which replaces their edits) or save
 * their own on top of it, knowingly.
 */
export function FrameConflict({
  latest,
  onReload,
  onOverwrite,
}: {
  latest: NationalFrameDto;
  onReload: () => void;
  onOverwrite: () => void;
}) {
  return (
    <Alert tone="warning" title="Någon annan har sparat ramverket under tiden">
      <p>
        Version {latest.version} sparades av {latest.updatedBy ?? 'okänd'} den{' '}
        {formatTimestamp(latest.updatedAt)}. Dina ändringar är inte sparade men finns kvar i
        formuläret.
      </p>
      <Button variant="secondary" onClick={onReload}>
        Läs in version {latest.version} (dina ändringar försvinner)
      </Button>{' '}
      <Button variant="secondary" onClick={onOverwrite}>
        Spara dina ändringar över version {latest.version}
      </Button>
    </Alert>
  );
}
