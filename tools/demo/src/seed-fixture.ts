import { GOAL_2017, seedGoal2017 } from './fixtures/goal-2017.js';
import { withDatabase } from './with-database.js';

/**
 * `node tools/demo/dist/seed-fixture.js goal-2017`: adds a named statistics fixture to the
 * database at DATABASE_URL (after `npm run db:seed`, which it does not replace).
 */
const FIXTURES = { 'goal-2017': seedGoal2017 } as const;

const name = process.argv[2] ?? '';
if (!(name in FIXTURES)) {
  console.error(`Expected a fixture name: ${Object.keys(FIXTURES).join(', ')}; got '${name}'`);
  process.exit(2);
}
await withDatabase(async (db) => {
  const result = await FIXTURES[name as keyof typeof FIXTURES](db.prisma);
  console.log(
    result.seeded
      ? `Seeded ${name}: ${result.participants} participants in 2017 (enter ${GOAL_2017.permits} permits for ${GOAL_2017.percent} %).`
      : `${name} already present; nothing seeded.`,
  );
});
