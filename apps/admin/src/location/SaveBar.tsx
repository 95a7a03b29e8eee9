import { Alert, Button } from '@motesplats/ui';
import { DiffTable } from './DiffTable';
import type { DiffRow } from './diff';
import { describePath, splitIssuePath } from './describe-path';
import { configIssues, errorCode, errorMessage } from './errors';
import { issueTextSv } from './issue-text-sv';

export interface SaveBarProps {
  baseVersion: number;
  changes: readonly DiffRow[];
  /** Why saving is not possible now, or null when it is. */
  blockedReason: string | null;
  busy: boolean;
  error: unknown;
  notice: string | null;
}

/**
 * The submit button and what the admin needs to know before and after pressing it. A refused
 * save leaves the draft in place; the gateway's message is shown with its field paths.
 */
export function SaveBar({
  baseVersion,
  changes,
  blockedReason,
  busy,
  error,
  notice,
}: SaveBarProps) {
  const refused = error && errorCode(error) !== 'CONFLICT';
  const issues = refused ? configIssues(error) : [];
  return (
    <div className="ms-loc-savebar">
      <div className="ms-loc-actions">
        <Button
          type="submit"
          disabled={blockedReason !== null && !busy}
          busy={busy}
          busyLabel="Sparar"
          aria-describedby="loc-save-state"
        >
          Spara
        </Button>
        <p id="loc-save-state" className="ms-field__hint">
          Utgår från version {baseVersion}.{' '}
          {blockedReason ??
            `${changes.length} ändring${changes.length === 1 ? '' : 'ar'} att spara.`}
        </p>
      </div>
      {changes.length ? (
        <details>
          <summary>Visa osparade ändringar ({changes.length})</summary>
          <DiffTable caption="Osparade ändringar" rows={changes} />
        </details>
      ) : null}
      {notice ? <p role="status">{notice}</p> : null}
      {refused ? (
        <Alert tone="error" title="Konfigurationen sparades inte">
          <p>{errorMessage(error)}</p>
          {issues.length ? (
            <ul>
              {issues.map((issue) => (
                <li key={`${issue.path}:${issue.message}`}>
                  {describePath(splitIssuePath(issue.path))}: {issueTextSv(issue)}
                </li>
              ))}
            </ul>
          ) : null}
          <p>Ditt utkast finns kvar.</p>
        </Alert>
      ) : null}
    </div>
  );
}
