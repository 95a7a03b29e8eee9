import { describe, expect, it } from 'vitest';
import { migrationFolderName } from '../src/migrate/migration-folder-name.js';

describe('migrationFolderName', () => {
  const now = new Date('2025-03-04T05:06:07.890Z');

  it('stamps the UTC time and slugs the name', () => {
    expect(migrationFolderName(' Add Visit notes! ', undefined, now)).toBe(
      '20250304050607_add_visit_notes',
    );
  });

  it('never sorts before the newest existing migration, even when the clock is behind', () => {
    expect(migrationFolderName('x', '20250304050607_init', now)).toBe('20250304050608_x');
    expect(migrationFolderName('x', '20301231235959_future', now)).toBe('20310101000000_x');
    expect(migrationFolderName('x', '20200101000000_old', now)).toBe('20250304050607_x');
  });

  it('rejects a name without letters or digits', () => {
    expect(() => migrationFolderName('  --- ', undefined, now)).toThrow(/no letters or digits/);
  });
});
