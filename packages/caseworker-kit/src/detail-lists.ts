/**
 * A set of checked values kept in an item's details as a list (`documentsChecked`). The list is
 * always in the order of the value list, so ticking and unticking a box gives back the very
 * details the item had, and the kit's unsaved-changes check ends clean again. An empty set
 * drops the field for the same reason: `{}` is what a fresh item has.
 */
export function checkedIn<T extends string>(all: readonly T[], raw: unknown): T[] {
  return Array.isArray(raw) ? all.filter((value) => raw.includes(value)) : [];
}

export function withChecked<T extends string>(
  details: Record<string, unknown>,
  field: string,
  all: readonly T[],
  value: T,
  checked: boolean,
): Record<string, unknown> {
  const current = checkedIn(all, details[field]);
  const next = all.filter((v) => (v === value ? checked : current.includes(v)));
  const { [field]: _previous, ...rest } = details;
  return next.length ? { ...rest, [field]: next } : rest;
}
