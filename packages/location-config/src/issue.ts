/**
 * One problem in a configuration, placed at its field so a form can show it there. `message` is
 * English, for the API and developers; `code` and `params` let a user interface say the same in
 * its own language (see ISSUE_CODES): a rule's code, 'unknown-field', or zod's own issue code
 * as 'zod.<code>' with its bounds and format in `params`.
 */
export type ConfigIssue = {
  path: string;
  message: string;
  code?: IssueCode | `zod.${string}`;
  params?: IssueParams;
};

export type IssueParams = Record<string, string | number>;

/** What each rule of the configuration and the national frame reports, by name. */
export const ISSUE_CODES = [
  'unknown-field',
  'unique',
  'track.none-enabled',
  'chain.empty-enabled',
  'chain.actor-twice',
  'chain.in-person-absent',
  'chain.mv-outside-track-1',
  'chain.track-1-starts-with-mv',
  'chain.mv-unconditional',
  'reach.satellite-is-home',
  'reach.home-contact-missing',
  'reach.staff-not-present',
  'hours.closes-before-opens',
  'frame.required-actor',
  'frame.required-unconditional',
  'frame.max-minutes',
  'frame.in-person',
  'frame.info-sheet-languages',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/** A path as a list of object keys and array indexes, before it is written out. */
export type PathSegment = string | number;

/** What the rules produce; formatted into a ConfigIssue at the edge of the package. */
export type RuleIssue = {
  path: PathSegment[];
  message: string;
  code: IssueCode;
  params?: IssueParams;
};

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
  return {
    path: formatIssuePath(issue.path),
    message: issue.message,
    code: issue.code,
    ...(issue.params ? { params: issue.params } : {}),
  };
}
