import { useRef } from 'react';

/**
 * One idempotency key per distinct request: pressing save twice, or again after a network
 * error, resends the same key, so the gateway applies the write once; a changed request gets a
 * fresh key.
 */
export function useIdempotencyKey(): (request: unknown) => string {
  const last = useRef<{ body: string; key: string } | null>(null);
  return (request) => {
    const body = JSON.stringify(request);
    if (last.current?.body !== body) last.current = { body, key: crypto.randomUUID() };
    return last.current.key;
  };
}
