import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Alert } from '@motesplats/ui';
import { errorMessage } from '@motesplats/caseworker-kit';

/** Loading and error states said the same way in every tab. */
export function QueryState<T>({
  query,
  what,
  children,
}: {
  query: UseQueryResult<T>;
  /** What is fetched, e.g. "orterna", for "Hämtar orterna…". */
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <p role="status">Hämtar {what}…</p>;
  if (query.isError) {
    return (
      <Alert tone="error" title={`Kunde inte hämta ${what}`}>
        {errorMessage(query.error)}
      </Alert>
    );
  }
  return <>{children(query.data)}</>;
}
