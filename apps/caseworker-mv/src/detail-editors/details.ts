/*
 * Reading and writing one field of an item's details. The kit hands an editor the details as an
 * untyped object (its shape depends on the item code), so a field is read defensively: a value
 * of the wrong type shows as empty instead of breaking the form.
 */

type Details = Record<string, unknown>;

export function flagDetail(details: Details | undefined, field: string): boolean {
  return details?.[field] === true;
}

/**
 * The details with one field set. An empty value (an unticked box, blank text) leaves the field
 * out, so undoing a change gives back the saved details and the form no longer counts as
 * changed; to the reader an absent field and an empty one mean the same.
 */
export function withDetail(details: Details, field: string, value: unknown): Details {
  const empty =
    value === undefined || value === false || (typeof value === 'string' && value.trim() === '');
  if (!empty) return { ...details, [field]: value };
  const { [field]: _removed, ...rest } = details;
  return rest;
}
