import { existsSync } from 'node:fs';
import path from 'node:path';
import { REMOTE_CATALOGUE } from '@motesplats/composition';
import { BUDGET_BYTES, measureRemoteDist, type RemoteSizes } from './remote-bundles.js';
import { formatTable } from './table.js';

// The bundle budget: for every remote in the catalogue (packages/composition/src/remotes.json),
// its own JavaScript gzipped (level 9), excluding the shared React/ReactDOM chunks, against 150 KB.
// Reads the builds in apps/<id>/dist (turbo's `bench` task builds them first). Returns false when
// a remote is over budget or cannot be measured; a remote that is not built is listed as such.

const APPS = path.resolve(import.meta.dirname, '..', '..', '..', 'apps');

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

type Row =
  | { id: string; status: 'measured'; sizes: RemoteSizes }
  | { id: string; status: 'not built' }
  | { id: string; status: 'error'; message: string };

export function runRemoteBundlesBench(appsDir = APPS): boolean {
  const rows: Row[] = REMOTE_CATALOGUE.map((remote) => {
    const dist = path.join(appsDir, remote.id, 'dist');
    if (!existsSync(dist)) return { id: remote.id, status: 'not built' };
    try {
      return { id: remote.id, status: 'measured', sizes: measureRemoteDist(dist) };
    } catch (error) {
      return { id: remote.id, status: 'error', message: (error as Error).message };
    }
  });

  console.log(
    `Remote bundle budget: each remote's own JS, gzip level 9, against ${kb(BUDGET_BYTES)} KB ` +
      `(KB = 1024 bytes). Shared React/ReactDOM chunks are counted apart.\n`,
  );
  console.log(
    formatTable(
      [
        'remote',
        'own JS files',
        'own KB raw',
        'own KB gzip',
        'budget KB',
        'own ÷ budget',
        'shared files',
        'shared KB gzip',
        'verdict',
      ],
      rows.map((row) => {
        if (row.status !== 'measured') {
          return [row.id, '', '', '', kb(BUDGET_BYTES), '', '', '', row.status];
        }
        const { own, shared, ownGzipBytes, sharedGzipBytes } = row.sizes;
        return [
          row.id,
          String(own.length),
          kb(own.reduce((total, file) => total + file.rawBytes, 0)),
          kb(ownGzipBytes),
          kb(BUDGET_BYTES),
          `${(ownGzipBytes / BUDGET_BYTES).toFixed(2)}×`,
          String(shared.length),
          kb(sharedGzipBytes),
          ownGzipBytes > BUDGET_BYTES ? 'OVER BUDGET' : 'ok',
        ];
      }),
    ),
  );

  console.log('\nLargest own chunks (gzip KB):');
  for (const row of rows) {
    if (row.status !== 'measured') continue;
    const top = row.sizes.own
      .slice(0, 3)
      .map((file) => `${file.file} ${kb(file.gzipBytes)}`)
      .join(', ');
    console.log(`  ${row.id}: ${top}`);
  }
  console.log(
    '\nown: remoteEntry.js and every other .js in dist/ (the standalone page included) that is not ' +
      'shared.\nshared: the JS assets mf-manifest.json lists under "shared", plus the chunks only ' +
      'they import statically; the shell provides these singletons at run time.',
  );

  const errors = rows.filter((row) => row.status === 'error');
  for (const row of errors) console.error(`\n${row.id}: ${row.message}`);
  const notBuilt = rows.filter((row) => row.status === 'not built').map((row) => row.id);
  if (notBuilt.length > 0) {
    console.log(
      `\nNot built: ${notBuilt.join(', ')}. Add each as a devDependency of @motesplats/bench so ` +
        'that turbo builds it before the bench.',
    );
  }
  const over = rows.filter(
    (row) => row.status === 'measured' && row.sizes.ownGzipBytes > BUDGET_BYTES,
  );
  if (over.length > 0) {
    console.error(`\nOver budget: ${over.map((row) => row.id).join(', ')}.`);
  }
  return over.length === 0 && errors.length === 0;
}
