import path from 'node:path';
import { fileURLToPath } from 'node:url';

// This file sits one level below the package root both as src/paths.ts (tests) and as
// dist/paths.js (built), so the schema and migrations are found from either.
export const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const schemaPath = path.join(packageRoot, 'prisma', 'schema.prisma');

export const migrationsDir = path.join(packageRoot, 'prisma', 'migrations');
