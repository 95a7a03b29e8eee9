import { createDatabase } from '@motesplats/db';
import { ConfigError, loadConfig } from './config.js';
import { buildServer } from './server.js';
import { installGracefulShutdown } from './shutdown.js';

async function main() {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }

  const db = await createDatabase(config.databaseUrl);
  const app = await buildServer(config, db);
  void installGracefulShutdown(app, db, config.shutdownGraceMs);
  if (config.ephemeralSecret) {
    app.log.warn(
      'SESSION_SECRET is unset: using a random secret, so sessions end when the gateway stops',
    );
  }
  if (config.devLogin)
    app.log.warn('development login is ON (MOTESPLATS_DEV_LOGIN=1); never in production');

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  process.stdout.write(`\nMötesplats is running on http://localhost:${port}\n\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `The gateway failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
