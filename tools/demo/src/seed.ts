import { todayInSweden } from '@motesplats/contracts';
import { seedDemo } from './seed-demo.js';
import { DEMO_ACCESS_CODES } from './demo-data.js';
import { withDatabase } from './with-database.js';

await withDatabase(async (db) => {
  const result = await seedDemo(db.prisma, todayInSweden());
  console.log(
    result.seeded
      ? `Seeded the demo locations and ${result.households} bookings on ${result.day}.`
      : 'Demo data already present; nothing seeded.',
  );
  if (result.seeded) {
    console.log('Demo personal codes (for the newcomer app):');
    for (const [reference, code] of Object.entries(DEMO_ACCESS_CODES))
      console.log(`  ${reference}  ${code}`);
  }
});
