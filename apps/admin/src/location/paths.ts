/**
 * Two spellings of one field path. The schema, the gateway and `validateAgainstFrame` report
 * 'tracks.1.chain[2].minutes'; react-hook-form names the same field 'tracks.1.chain.2.minutes'.
 * Issues are keyed by the form's name so a field can look up its own message.
 */
export function issuePathToName(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1');
}

/** The gateway prefixes every problem of the draft with 'config.' (it is the input's field). */
export function stripConfigPrefix(path: string): string {
  if (path === 'config') return '(input)';
  return path.startsWith('config.') ? path.slice('config.'.length) : path;
}
