import { useCallback, useState } from 'react';
import type { FieldErrors } from './problems';

/**
 * When a field's error is shown. The browser's own check runs on every change (live), but a
 * field shows it only once the admin has left it or tried to go on: an error for a kommunkod
 * while its first digit is being typed only distracts. A server error stays at its field until
 * that field changes.
 */
export function useFormFeedback(clientErrors: FieldErrors) {
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});

  const touch = useCallback((field: string) => {
    setTouched((prev) => (prev.has(field) ? prev : new Set(prev).add(field)));
  }, []);

  const changed = useCallback((field: string) => {
    setServerErrors((prev) => {
      if (prev[field] === undefined) return prev;
      const next = { ...prev };
      delete next[field];
      return next;
    });
  }, []);

  const errorFor = (field: string): string | undefined =>
    serverErrors[field] ?? (attempted || touched.has(field) ? clientErrors[field] : undefined);

  const reset = useCallback(() => {
    setTouched(new Set());
    setAttempted(false);
    setServerErrors({});
  }, []);

  return {
    errorFor,
    touch,
    changed,
    /**
     * Call when the admin tries to go on: the errors of `fields` (every field when left out)
     * show from then on. A wizard names the current step's fields, so the next step does not
     * open full of errors for fields not yet seen.
     */
    attempt: (fields?: readonly string[]) => {
      if (fields) setTouched((prev) => new Set([...prev, ...fields]));
      else setAttempted(true);
    },
    setServerErrors,
    reset,
  };
}
