import type { CountTable } from './count-table.js';

/**
 * A two-way table with margins seen as a flow network, the view in which disclosure
 * questions become graph questions.
 *
 * Nodes: a source S, a sink T, one node per row and one per column. Every cell of the
 * extended (R+1)×(C+1) grid, margins and grand total included, is one edge:
 *   interior cell (r, c)  row r → column c
 *   row total r           S → row r
 *   column total c        column c → T
 *   grand total           T → S
 * Flow conservation at a node is exactly one additivity equation: at row r, "row total =
 * sum of the row"; at column c, "sum of the column = column total"; at S, "grand total =
 * sum of row totals"; at T, "sum of column totals = grand total". So each "line" of the
 * table (a row or column with its total) is a node, and each cell lies on two lines.
 *
 * A reader who sees the published cells knows the flow on their edges. The hidden cells can
 * take any values that keep every node balanced and every hidden count >= `lower`: the
 * original values plus any circulation on the hidden edges that respects those bounds. That
 * is what makes the audit exact without a linear-programming solver: a hidden cell can
 * change iff it lies on a cycle of the residual network (increase along its direction, or
 * decrease if it is above its lower bound), and how far it can move is a max-flow.
 * The constraint matrix of such a network is totally unimodular, so the real-valued range
 * and the integer range coincide: brute-force enumeration over integers agrees exactly.
 */
export type TableNetwork = {
  rows: number;
  cols: number;
  nodeCount: number;
  /** Per edge (id = r * (cols + 1) + c in the extended grid). */
  from: number[];
  to: number[];
  value: number[];
  /** Per node: the ids of the edges that touch it (its line in the table). */
  incident: number[][];
};

const SOURCE = 0;
const SINK = 1;

/** The (R+1)×(C+1) grid: cells, with each row's total appended, and the totals row last. */
export function extendedGrid(table: CountTable): number[][] {
  return [
    ...table.cells.map((row, r) => [...row, table.rowTotals[r] as number]),
    [...table.colTotals, table.total],
  ];
}

export function edgeId(net: TableNetwork, r: number, c: number): number {
  return r * (net.cols + 1) + c;
}

export function buildNetwork(grid: number[][]): TableNetwork {
  const rows = grid.length - 1;
  const cols = (grid[0]?.length ?? 1) - 1;
  const nodeCount = 2 + rows + cols;
  const rowNode = (r: number) => 2 + r;
  const colNode = (c: number) => 2 + rows + c;
  const from: number[] = [];
  const to: number[] = [];
  const value: number[] = [];
  const incident: number[][] = Array.from({ length: nodeCount }, () => []);
  for (let r = 0; r <= rows; r++) {
    for (let c = 0; c <= cols; c++) {
      const id = from.length;
      let u: number;
      let v: number;
      if (r < rows && c < cols) [u, v] = [rowNode(r), colNode(c)];
      else if (r < rows) [u, v] = [SOURCE, rowNode(r)];
      else if (c < cols) [u, v] = [colNode(c), SINK];
      else [u, v] = [SINK, SOURCE];
      from.push(u);
      to.push(v);
      value.push((grid[r] as number[])[c] as number);
      (incident[u] as number[]).push(id);
      (incident[v] as number[]).push(id);
    }
  }
  return { rows, cols, nodeCount, from, to, value, incident };
}

/**
 * Is there a path from `start` to `goal` in the residual network of the hidden edges,
 * without edge `skip`? A hidden edge can always grow (arc along it) and can shrink (arc
 * against it) only while it is above `lower`.
 */
function reaches(
  net: TableNetwork,
  hidden: Uint8Array,
  lower: number,
  skip: number,
  start: number,
  goal: number,
): boolean {
  if (start === goal) return true;
  const seen = new Uint8Array(net.nodeCount);
  const stack = [start];
  seen[start] = 1;
  while (stack.length > 0) {
    const node = stack.pop() as number;
    for (const k of net.incident[node] as number[]) {
      if (k === skip || !hidden[k]) continue;
      let next: number;
      if (net.from[k] === node) next = net.to[k] as number;
      else if ((net.value[k] as number) > lower) next = net.from[k] as number;
      else continue;
      if (seen[next]) continue;
      if (next === goal) return true;
      seen[next] = 1;
      stack.push(next);
    }
  }
  return false;
}

/**
 * A hidden cell is determined (disclosed) when no other table consistent with what is
 * published gives it a different value: it can neither grow (no residual path from its head
 * back to its tail) nor shrink (it sits at its lower bound, or no path from tail to head).
 */
export function isDetermined(
  net: TableNetwork,
  hidden: Uint8Array,
  lower: number,
  e: number,
): boolean {
  const u = net.from[e] as number;
  const v = net.to[e] as number;
  if (reaches(net, hidden, lower, e, v, u)) return false;
  return !((net.value[e] as number) > lower && reaches(net, hidden, lower, e, u, v));
}

/**
 * Max-flow (Edmonds–Karp) from `source` to `target` through the hidden edges other than
 * `skip`: each may grow without bound (arc along it) and shrink down to `lower` (arc against
 * it). Returns Infinity when a path of only growing arcs exists, and never more than `cap`.
 */
function maxFlow(
  net: TableNetwork,
  hidden: Uint8Array,
  lower: number,
  skip: number,
  source: number,
  target: number,
  cap: number,
): number {
  // Arc list with paired reverse arcs (index ^ 1), the textbook residual representation.
  const head: number[] = [];
  const capacity: number[] = [];
  const adjacency: number[][] = Array.from({ length: net.nodeCount }, () => []);
  const addArc = (a: number, b: number, c: number) => {
    adjacency[a]?.push(head.length);
    head.push(b);
    capacity.push(c);
    adjacency[b]?.push(head.length);
    head.push(a);
    capacity.push(0);
  };
  for (let k = 0; k < net.from.length; k++) {
    if (k === skip || !hidden[k]) continue;
    const a = net.from[k] as number;
    const b = net.to[k] as number;
    addArc(a, b, Infinity);
    const slack = (net.value[k] as number) - lower;
    if (slack > 0) addArc(b, a, slack);
  }
  let flow = 0;
  while (flow < cap) {
    const via = new Int32Array(net.nodeCount).fill(-1);
    const queue = [source];
    let found = false;
    for (let i = 0; i < queue.length && !found; i++) {
      const node = queue[i] as number;
      for (const arc of adjacency[node] as number[]) {
        const next = head[arc] as number;
        if ((capacity[arc] as number) <= 0 || next === source || via[next] !== -1) continue;
        via[next] = arc;
        if (next === target) {
          found = true;
          break;
        }
        queue.push(next);
      }
    }
    if (!found) break;
    let bottleneck = cap - flow;
    for (let node = target; node !== source; node = head[(via[node] as number) ^ 1] as number) {
      bottleneck = Math.min(bottleneck, capacity[via[node] as number] as number);
    }
    if (bottleneck === Infinity) return Infinity;
    for (let node = target; node !== source; node = head[(via[node] as number) ^ 1] as number) {
      const arc = via[node] as number;
      capacity[arc] = (capacity[arc] as number) - bottleneck;
      capacity[arc ^ 1] = (capacity[arc ^ 1] as number) + bottleneck;
    }
    flow += bottleneck;
  }
  return flow;
}

/**
 * The values a hidden cell can take given everything published: [lower, upper], upper may
 * be Infinity (e.g. when a whole cycle of margins is hidden). Exact for integer tables.
 */
export function feasibleRange(
  net: TableNetwork,
  hidden: Uint8Array,
  lower: number,
  e: number,
): { lower: number; upper: number } {
  const u = net.from[e] as number;
  const v = net.to[e] as number;
  const f = net.value[e] as number;
  const up = maxFlow(net, hidden, lower, e, v, u, Infinity);
  const down = f > lower ? maxFlow(net, hidden, lower, e, u, v, f - lower) : 0;
  return { lower: f - down, upper: f + up };
}

/**
 * The cheapest set of published cells whose suppression lets hidden cell `e` move: a
 * shortest path (Dijkstra, cost = the count a cell would hide, 0 for cells already hidden)
 * that closes a residual cycle through `e`, in whichever direction is cheaper. Hiding small
 * cells loses the least information, which is why "the extra cells are the smallest ones".
 * Returns null only if no cycle exists even through every eligible cell.
 */
export function cheapestProtection(
  net: TableNetwork,
  hidden: Uint8Array,
  eligible: Uint8Array,
  lower: number,
  e: number,
): number[] | null {
  const u = net.from[e] as number;
  const v = net.to[e] as number;
  const grow = shortestPath(net, hidden, eligible, lower, e, v, u);
  const shrink =
    (net.value[e] as number) > lower ? shortestPath(net, hidden, eligible, lower, e, u, v) : null;
  if (grow === null) return shrink === null ? null : shrink.cells;
  if (shrink === null) return grow.cells;
  return shrink.cost < grow.cost ? shrink.cells : grow.cells;
}

function shortestPath(
  net: TableNetwork,
  hidden: Uint8Array,
  eligible: Uint8Array,
  lower: number,
  skip: number,
  start: number,
  goal: number,
): { cost: number; cells: number[] } | null {
  const n = net.nodeCount;
  const dist = new Float64Array(n).fill(Infinity);
  const via = new Int32Array(n).fill(-1);
  const done = new Uint8Array(n);
  dist[start] = 0;
  // Plain O(V²) Dijkstra: V is rows + cols + 2, a few hundred at most, and the array scan
  // gives a deterministic tie-break (lowest node first) for free.
  for (;;) {
    let node = -1;
    for (let i = 0; i < n; i++) {
      if (
        !done[i] &&
        (dist[i] as number) < Infinity &&
        (node === -1 || (dist[i] as number) < (dist[node] as number))
      ) {
        node = i;
      }
    }
    if (node === -1 || node === goal) break;
    done[node] = 1;
    for (const k of net.incident[node] as number[]) {
      if (k === skip || !(hidden[k] || eligible[k])) continue;
      let next: number;
      if (net.from[k] === node) next = net.to[k] as number;
      else if ((net.value[k] as number) > lower) next = net.from[k] as number;
      else continue;
      const d = (dist[node] as number) + (hidden[k] ? 0 : (net.value[k] as number));
      if (d < (dist[next] as number)) {
        dist[next] = d;
        via[next] = k;
      }
    }
  }
  if (dist[goal] === Infinity) return null;
  const cells: number[] = [];
  for (let node = goal; node !== start;) {
    const k = via[node] as number;
    if (!hidden[k]) cells.push(k);
    node = net.from[k] === node ? (net.to[k] as number) : (net.from[k] as number);
  }
  return { cost: dist[goal] as number, cells };
}
