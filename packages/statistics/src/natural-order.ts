/**
 * Compares identifiers the way a reader expects: 'loc-2' before 'loc-10'. Runs of digits
 * compare by numeric value, everything else by UTF-16 code unit (not by locale: a table must
 * sort the same in every browser and on the server). Equal-looking keys such as 'a01' and
 * 'a1' fall back to plain code-unit order, so the order is total and deterministic.
 */
export function compareNatural(a: string, b: string): number {
  const chunksA = a.match(/\d+|\D+/g) ?? [];
  const chunksB = b.match(/\d+|\D+/g) ?? [];
  const n = Math.min(chunksA.length, chunksB.length);
  for (let i = 0; i < n; i++) {
    const x = chunksA[i] as string;
    const y = chunksB[i] as string;
    if (x === y) continue;
    const xDigits = x.charCodeAt(0) >= 48 && x.charCodeAt(0) <= 57;
    const yDigits = y.charCodeAt(0) >= 48 && y.charCodeAt(0) <= 57;
    if (xDigits && yDigits) {
      // Compare by value without Number(), which would lose precision on long digit runs.
      const xs = x.replace(/^0+/, '');
      const ys = y.replace(/^0+/, '');
      if (xs.length !== ys.length) return xs.length - ys.length;
      if (xs !== ys) return xs < ys ? -1 : 1;
      continue;
    }
    return x < y ? -1 : 1;
  }
  if (chunksA.length !== chunksB.length) return chunksA.length - chunksB.length;
  return a === b ? 0 : a < b ? -1 : 1;
}
