// The benchmarks: `node dist/run.js` runs them all; `node dist/run.js day-planner`,
// `node dist/run.js statistics`, `node dist/run.js remote-bundles` or
// `node dist/run.js newcomer-budget` runs one. They print figures
// and ratios and fail only when a result is wrong (an invalid plan; a database table that differs
// from the in-process one) or a budget is blown (a remote's own JS over 150 KB gzipped; the
// newcomer app's initial JS over 60 KB gzipped, or its checklist slower than 3 s on slow 3G).

const BENCHES = {
  'day-planner': async () => {
    await import('./day-planner-run.js');
  },
  statistics: async () => {
    const { runStatisticsBench } = await import('./statistics-run.js');
    await runStatisticsBench();
  },
  'remote-bundles': async () => {
    const { runRemoteBundlesBench } = await import('./remote-bundles-run.js');
    // The other benchmarks still run; the exit code reports the blown budget.
    if (!runRemoteBundlesBench()) process.exitCode = 1;
  },
  'newcomer-budget': async () => {
    const { runNewcomerBudgetBench } = await import('./newcomer-budget-run.js');
    if (!(await runNewcomerBudgetBench())) process.exitCode = 1;
  },
} as const;

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !Object.hasOwn(BENCHES, name));
if (unknown.length > 0) {
  throw new Error(
    `unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(BENCHES).join(', ')}`,
  );
}
const names = asked.length > 0 ? asked : Object.keys(BENCHES);
for (const [i, name] of names.entries()) {
  if (i > 0) console.log('\n');
  await BENCHES[name as keyof typeof BENCHES]();
}
