import { createDatabase, DatabaseUrlError } from '@motesplats/db';
import { GOAL_2017, seedGoal2017 } from './fixtures/goal-2017.js';

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
try {
  const db = await createDatabase(process.env.DATABASE_URL);
  try {
    const result = await FIXTURES[name as keyof typeof FIXTURES](db.prisma);
    console.log(
      result.seeded
        ? `Seeded ${name}: ${result.participants} participants in 2017 (enter ${GOAL_2017.permits} permits for ${GOAL_2017.percent} %).`
        : `${name} already present; nothing seeded.`,
    );
  } finally {
    await db.close();
  }
} catch (error) {
  if (error instanceof DatabaseUrlError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
