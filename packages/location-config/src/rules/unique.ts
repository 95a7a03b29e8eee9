import type { PathSegment, RuleIssue } from '../issue.js';
import { formatIssuePath } from '../issue.js';

/**
 * Reports every repeat of a key in a list, at the repeat (the first occurrence is the one kept).
 * `field` is the property holding the key, or null when the items are the keys themselves.
 */
export function duplicateIssues<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  listPath: PathSegment[],
  field: string | null,
  what: string,
): RuleIssue[] {
  const firstIndex = new Map<string, number>();
  const issues: RuleIssue[] = [];
  items.forEach((item, index) => {
    const key = keyOf(item);
    const first = firstIndex.get(key);
    if (first === undefined) {
      firstIndex.set(key, index);
      return;
    }
    const firstPath = formatIssuePath([...listPath, first]);
    issues.push({
      path: field === null ? [...listPath, index] : [...listPath, index, field],
      message: `Expected a unique ${what}: "${key}" is already used at ${firstPath}`,
      code: 'unique',
      params: { key, firstPath },
    });
  });
  return issues;
}
