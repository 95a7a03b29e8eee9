import { readFile } from 'node:fs/promises';
import { migrationsDir, schemaPath } from '../paths.js';

/** Where a schema and its migration history live. Defaults to this package's prisma/ folder. */
export interface MigrationProject {
  schemaPath: string;
  migrationsDir: string;
}

export interface SchemaFile {
  path: string;
  content: string;
}

export const defaultProject: MigrationProject = { schemaPath, migrationsDir };

export async function readSchema(project: MigrationProject): Promise<SchemaFile> {
  return { path: project.schemaPath, content: await readFile(project.schemaPath, 'utf8') };
}
