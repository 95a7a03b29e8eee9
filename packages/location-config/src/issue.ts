/** One problem in a configuration, placed at its field so a form can show it there. */
export type ConfigIssue = { path: string; message: string };

/** A path as a list of object keys and array indexes, before it is written out. */
export type PathSegment = string | number;

/** What the rules produce; formatted into a ConfigIssue at the edge of the package. */
export type RuleIssue = { path: PathSegment[]; message: string };

/**
 * 'tracks.1.chain[2].actor': object keys joined with dots, array indexes in brackets. The same
 * format as the API's field issues (packages/api), so one form helper places both. Track keys
 * are strings ('1'), hence 'tracks.1', not 'tracks[1]'.
 */
export function formatIssuePath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out || '(input)';
}

export function toConfigIssue(issue: RuleIssue): ConfigIssue {
  return { path: formatIssuePath(issue.path), message: issue.message };
}
