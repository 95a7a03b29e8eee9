import { api } from './api';

type ChecklistAnswer = ReturnType<typeof api.checklist>;

let pending: ChecklistAnswer | null = null;

/**
 * Asks for the checklist as soon as the session is known, while the language and the page's
 * code are still on their way: on slow 3G that saves the round trip the page would otherwise
 * start only once it has rendered.
 */
export function prefetchChecklist(): void {
  pending = api.checklist();
  // Handled by the page that takes it; until then a failure is not an unhandled rejection.
  pending.catch(() => undefined);
}

/** The prefetched answer, once; afterwards (a retry, a later visit) a fresh request. */
export function takeChecklist(): ChecklistAnswer {
  const answer = pending ?? api.checklist();
  pending = null;
  return answer;
}
