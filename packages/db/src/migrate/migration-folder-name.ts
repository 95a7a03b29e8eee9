/**
 * `<YYYYMMDDHHMMSS>_<name>` in UTC, as the Prisma CLI names migration folders. Migrations run in
 * folder-name order, so the stamp is moved past `after` (the newest existing folder) when the
 * clock is behind it; a new migration must never sort before one that may already be applied.
 */
export function migrationFolderName(name: string, after?: string, now: Date = new Date()): string {
  return `${stamp(laterOf(now, stampTime(after)))}_${slug(name)}`;
}

function laterOf(now: Date, newest: Date | undefined): Date {
  if (newest === undefined || now.getTime() >= newest.getTime() + 1000) return now;
  return new Date(newest.getTime() + 1000);
}

function stamp(time: Date): string {
  return time.toISOString().replace(/\D/g, '').slice(0, 14);
}

function stampTime(folder: string | undefined): Date | undefined {
  const match = folder?.match(/^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})/);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match.map(Number) as number[];
  return new Date(Date.UTC(year!, month! - 1, day, hour, minute, second));
}

function slug(name: string): string {
  const cleaned = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (cleaned === '') {
    throw new Error(`Migration name ${JSON.stringify(name)} has no letters or digits`);
  }
  // Prisma caps folder names so they stay portable across filesystems.
  return cleaned.slice(0, 200);
}
