// Runs `prisma generate` offline. The Prisma 7 CLI insists on locating its native schema engine
// even though `generate` never runs it, and downloading it fails without network. Pointing
// PRISMA_SCHEMA_ENGINE_BINARY at any existing file satisfies that check.
//
// The output (src/generated/prisma) is gitignored, so this runs on every build and typecheck. A
// stamp of the inputs lets it skip the ~1 s CLI start when nothing changed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const schemaPath = path.join(packageRoot, 'prisma', 'schema.prisma');
const outputDir = path.join(packageRoot, 'src', 'generated', 'prisma');
const stampPath = path.join(outputDir, '.inputs-hash');

const require = createRequire(import.meta.url);
const prismaPackageJson = require.resolve('prisma/package.json');
const prismaCli = path.join(path.dirname(prismaPackageJson), 'build', 'index.js');

function inputsHash() {
  const prismaVersion = JSON.parse(readFileSync(prismaPackageJson, 'utf8')).version;
  return createHash('sha256')
    .update(prismaVersion)
    .update('\0')
    .update(readFileSync(schemaPath))
    .digest('hex');
}

function isUpToDate(hash) {
  return (
    existsSync(path.join(outputDir, 'client.ts')) &&
    existsSync(stampPath) &&
    readFileSync(stampPath, 'utf8') === hash
  );
}

const hash = inputsHash();
if (isUpToDate(hash) && !process.argv.includes('--force')) {
  process.exit(0);
}

const result = spawnSync(process.execPath, [prismaCli, 'generate', '--schema', schemaPath], {
  cwd: packageRoot,
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    CHECKPOINT_DISABLE: '1',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
  },
});
if (result.status !== 0) {
  console.error(`prisma generate failed (exit ${result.status ?? result.signal})`);
  process.exit(result.status ?? 1);
}
writeFileSync(stampPath, hash);
