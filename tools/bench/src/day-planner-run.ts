import { runOnce, type Run, type Scenario } from './day-planner.bench.js';
import { formatTable } from './table.js';

// The day-planner benchmark: generated days of 10, 30 and 60 households, five seeds each,
// planned with `planDay` (default options: 300 ms search, seed 1) and with the naive FCFS
// baseline `planDayFcfs`. It prints figures and ratios; it fails only if a plan is invalid.

const SEEDS = [1, 2, 3, 4, 5];
const SCENARIOS: Scenario[] = [
  { name: '10 visits', visits: 10, resources: 'scaled' },
  { name: '30 visits', visits: 30, resources: 'scaled' },
  { name: '60 visits', visits: 60, resources: 'scaled' },
  { name: '60 visits, brief staffing', visits: 60, resources: 'brief' },
];

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const f = (x: number, digits = 3) => x.toFixed(digits);
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const unplacedCodes = (r: Run) => {
  const counts = new Map<string, number>();
  for (const u of r.plan.unplaced) counts.set(u.code, (counts.get(u.code) ?? 0) + 1);
  return [...counts].map(([code, n]) => `${n}× ${code}`).join(', ') || '-';
};
const placed = (r: Run, which: 'plan' | 'fcfs') => r.day.visits.length - r[which].unplaced.length;

// Warm the JIT once so the first scenario's timings are not compile time.
runOnce(SCENARIOS[0]!, 99);

const runs: Run[] = [];
for (const scenario of SCENARIOS) for (const seed of SEEDS) runs.push(runOnce(scenario, seed));

const header = [
  'scenario',
  'placed',
  'FCFS placed',
  'solve ms med/max',
  'stopped by',
  'time ÷ LB',
  'FCFS time ÷ LB',
  'FCFS ÷ planner',
  'max wait',
  'FCFS max wait',
  'interp. cont.',
  'FCFS interp. cont.',
  'makespan / FCFS / LB',
];
const summary = SCENARIOS.map((scenario) => {
  const rs = runs.filter((r) => r.scenario === scenario);
  const stops = new Map<string, number>();
  for (const r of rs)
    stops.set(r.plan.search!.stoppedBy, (stops.get(r.plan.search!.stoppedBy) ?? 0) + 1);
  return [
    scenario.name,
    `${rs.reduce((s, r) => s + placed(r, 'plan'), 0)}/${rs.length * scenario.visits}`,
    `${rs.reduce((s, r) => s + placed(r, 'fcfs'), 0)}/${rs.length * scenario.visits}`,
    `${f(median(rs.map((r) => r.solveMs)), 0)}/${f(Math.max(...rs.map((r) => r.solveMs)), 0)}`,
    [...stops].map(([k, n]) => `${n}× ${k}`).join(', '),
    f(mean(rs.map((r) => r.plan.metrics.lowerBoundRatio))),
    f(mean(rs.map((r) => r.fcfs.metrics.lowerBoundRatio))),
    f(mean(rs.map((r) => r.fcfs.metrics.meanTimeInBuilding / r.plan.metrics.meanTimeInBuilding))),
    `${Math.max(...rs.map((r) => r.plan.metrics.maxWaiting))} min`,
    `${Math.max(...rs.map((r) => r.fcfs.metrics.maxWaiting))} min`,
    pct(mean(rs.map((r) => r.plan.metrics.interpreterContinuity))),
    pct(mean(rs.map((r) => r.fcfs.metrics.interpreterContinuity))),
    `${f(mean(rs.map((r) => r.plan.metrics.makespan)), 0)} / ${f(mean(rs.map((r) => r.fcfs.metrics.makespan)), 0)} / ${f(mean(rs.map((r) => r.makespanBound)), 0)}`,
  ];
});

const perRun = runs.map((r) => [
  `${r.scenario.name} #${r.seed}`,
  `${r.day.rooms.length}/${r.day.caseworkers.length}/${r.day.interpreters.length}`,
  `${placed(r, 'plan')}/${r.day.visits.length}`,
  `${placed(r, 'fcfs')}/${r.day.visits.length}`,
  f(r.solveMs, 0),
  `${r.plan.search!.iterations} ${r.plan.search!.stoppedBy}`,
  f(r.plan.metrics.lowerBoundRatio),
  f(r.fcfs.metrics.lowerBoundRatio),
  f(r.plan.metrics.meanTimeInBuilding, 1),
  f(r.fcfs.metrics.meanTimeInBuilding, 1),
  String(r.plan.metrics.maxWaiting),
  pct(r.plan.metrics.interpreterContinuity),
  `${r.plan.metrics.makespan}/${r.fcfs.metrics.makespan}/${r.makespanBound}`,
  unplacedCodes(r),
]);

console.log('Day planner benchmark (planDay defaults: 300 ms, seed 1; 5 generated days per row)\n');
console.log(formatTable(header, summary));
console.log(
  '\ntime ÷ LB: mean time in building ÷ mean per-visit lower bound (sum of step minutes), placed visits.',
);
console.log('FCFS ÷ planner: FCFS mean time in building ÷ planner mean time in building.');
console.log(
  'interp. cont.: share of interpreter-needing visits placed with one interpreter all day.',
);
console.log('makespan: minutes from opening to the last step; LB = lowerBound(day).makespan.\n');
console.log(
  formatTable(
    [
      'run',
      'rooms/cw/interp',
      'placed',
      'FCFS placed',
      'ms',
      'iterations',
      'time ÷ LB',
      'FCFS ÷ LB',
      'mean min',
      'FCFS mean min',
      'max wait',
      'interp. cont.',
      'makespan/FCFS/LB',
      'unplaced (planner)',
    ],
    perRun,
  ),
);

const sixty = runs.filter((r) => r.scenario.visits === 60 && r.scenario.resources === 'scaled');
const allPlaced = runs.filter(
  (r) => r.scenario.resources === 'scaled' && r.plan.unplaced.length === 0,
);
console.log('\nTargets (figures, not assertions):');
console.log(
  `- 60 visits solved in ${f(Math.max(...sixty.map((r) => r.solveMs)), 0)} ms at most (target < 1000 ms)`,
);
console.log(
  `- time ÷ LB at most ${f(Math.max(...allPlaced.map((r) => r.plan.metrics.lowerBoundRatio)))} on the ${allPlaced.length} fully placed scaled days (target ≤ 1.15)`,
);
console.log(
  `- interpreter continuity ${pct(Math.min(...allPlaced.map((r) => r.plan.metrics.interpreterContinuity)))} at least on those days (target 100 %)`,
);

const invalid = runs.flatMap((r) => r.issues.map((i) => `${r.scenario.name} #${r.seed}: ${i}`));
if (invalid.length > 0) {
  console.error(`\n${invalid.length} validation issue(s):\n${invalid.slice(0, 20).join('\n')}`);
  throw new Error('a plan failed validatePlan');
}
console.log(`\nAll ${runs.length * 2} plans pass validatePlan.`);
