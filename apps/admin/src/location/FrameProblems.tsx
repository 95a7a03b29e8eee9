import { Alert } from '@motesplats/ui';
import type { ConfigIssue } from '@motesplats/location-config';
import { describePath, splitIssuePath } from './describe-path';
import { issueTextSv } from './issue-text-sv';

/** Where the draft breaks the national frame in force: the gateway refuses to save it. */
export function FrameProblems({ issues }: { issues: readonly ConfigIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <Alert tone="warning" title="Utkastet bryter mot det nationella ramverket">
      <p>Det går inte att spara förrän det här är ändrat:</p>
      <ul data-testid="frame-problems">
        {issues.map((issue) => (
          <li key={`${issue.path}:${issue.message}`}>
            <strong>{describePath(splitIssuePath(issue.path))}</strong>: {issueTextSv(issue)}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
