/*
 * Reading and writing one field of an item's details. The kit hands an editor the details as an
 * untyped object (its shape depends on the item code), so a field is read defensively: a value
 * of the wrong type shows as empty instead of breaking the form.
 */

type Details = Record<string, unknown>;

export function textDetail(details: Details, field: string): string {
  const value = details[field];
  return typeof value === 'string' ? value : '';
}

export function flagDetail(details: Details | undefined, field: string): boolean {
  return details?.[field] === true;
}

/** The field's value if it is one of `values`, otherwise undefined. */
export function oneOfDetail<T extends string>(
  details: Details,
  field: string,
  values: readonly T[],
): T | undefined {
  const value = details[field];
  return values.find((v) => v === value);
}

/** The field's values that are in `values`, in the order of `values`. */
export function setDetail<T extends string>(
  details: Details,
  field: string,
  values: readonly T[],
): T[] {
  const value = details[field];
  return Array.isArray(value) ? values.filter((v) => value.includes(v)) : [];
}

/**
 * The details with one field set. An empty value (blank text, an empty list, an unticked box)
 * leaves the field out, so clearing what was just entered gives back the saved details and the
 * form no longer counts as changed; to the reader an absent field and an empty one mean the same.
 */
export function withDetail(details: Details, field: string, value: unknown): Details {
  const empty =
    value === undefined ||
    value === false ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0);
  if (!empty) return { ...details, [field]: value };
  const { [field]: _removed, ...rest } = details;
  return rest;
}
