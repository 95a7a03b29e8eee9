import { useSyncExternalStore } from 'react';
import { Alert } from '@motesplats/ui';
import type { ConfigIssue } from '@motesplats/location-config';
import { describePath, splitIssuePath } from './describe-path';
import { useIssues } from './issues-context';
import { issuePathToName } from './paths';
import { issueTextSv } from './issue-text-sv';

/**
 * The problems no field shows: rules about the whole config ('tracks': no track offered) or
 * fields this view does not edit (the venue). Problems at a field are shown there and counted
 * on their tab, so they are not repeated here.
 */
export function ErrorSummary({ issues }: { issues: readonly ConfigIssue[] }) {
  const { registry } = useIssues();
  useSyncExternalStore(registry.subscribe, registry.getVersion);
  const unplaced = issues.filter((issue) => !registry.has(issuePathToName(issue.path)));
  if (unplaced.length === 0) return null;
  return (
    <Alert tone="error" title="Konfigurationen har fel som inte hör till något fält">
      <ul data-testid="error-summary">
        {unplaced.map((issue) => (
          <li key={`${issue.path}:${issue.message}`}>
            <strong>{describePath(splitIssuePath(issue.path))}</strong> (<code>{issue.path}</code>
            ): {issueTextSv(issue)}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
