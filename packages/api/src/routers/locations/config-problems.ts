import type { ConfigProblem } from '@motesplats/contracts';

/**
 * Problems found inside a document the caller sent in one input field (a location's `config`, the
 * national `frame`), moved under that field: 'tracks.1.chain[2].mode' becomes
 * 'config.tracks.1.chain[2].mode', and a problem with the whole document is at the field itself.
 */
export function underField(field: string, issues: readonly ConfigProblem[]): ConfigProblem[] {
  return issues.map((issue) => ({
    path: issue.path === '(input)' ? field : `${field}.${issue.path}`,
    message: issue.message,
  }));
}
