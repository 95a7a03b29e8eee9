// `npm run db:migration -- <name>`: writes a migration for the schema changes since the last
// one into packages/db/prisma/migrations, wherever it is run from. Touches no database.
import path from 'node:path';
import { createMigration } from '../migrate/create-migration.js';

async function main(args: string[]): Promise<number> {
  const name = args.join(' ').trim();
  if (name === '') {
    console.error('Usage: npm run db:migration -- <name>   (e.g. add_visit_notes)');
    return 2;
  }
  const folder = await createMigration(name);
  if (folder === null) {
    console.log('The schema has no changes since the last migration: nothing written.');
    return 0;
  }
  console.log(`Wrote ${path.relative(process.cwd(), path.join(folder, 'migration.sql'))}`);
  console.log('Review the SQL, then apply it with: npm run db:migrate');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(
      'Could not create the migration:',
      error instanceof Error ? error.message : error,
    );
    process.exitCode = 1;
  },
);
