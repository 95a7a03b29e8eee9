/**
 * Shared constants (the default frame, the examples) are frozen all the way down: a consumer
 * that edits one in place would change it for every other consumer in the same process.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
