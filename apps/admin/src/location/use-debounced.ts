import { useEffect, useState } from 'react';

/** `value` once it has stayed the same for `ms`: typing "45" asks for one preview, not two. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
