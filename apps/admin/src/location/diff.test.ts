import { describe, expect, it } from 'vitest';
import { DEMO_CONFIG } from '@motesplats/location-config';
import { diffConfigs } from './diff';
import { describePath, splitIssuePath } from './describe-path';
import { nextOpenDate } from './next-open-date';

describe('diffConfigs', () => {
  it('reads a moved step as Swedish rows per position', () => {
    const after = structuredClone(DEMO_CONFIG);
    const [af, fk] = after.tracks['2'].chain;
    after.tracks['2'].chain[0] = fk!;
    after.tracks['2'].chain[1] = af!;
    const rows = diffConfigs(DEMO_CONFIG, after);
    expect(rows).toContainEqual({
      path: 'Spår 2 › steg 1 › aktör',
      before: 'Arbetsförmedlingen',
      after: 'Försäkringskassan',
    });
    expect(rows).toContainEqual({ path: 'Spår 2 › steg 1 › minuter', before: '60', after: '30' });
  });

  it('treats an optional field set to undefined as absent, and summarises added steps', () => {
    const after = structuredClone(DEMO_CONFIG) as typeof DEMO_CONFIG;
    after.tracks['3'].chain.push({ actor: 'mv', minutes: 15, mode: 'video', note: undefined });
    expect(diffConfigs(DEMO_CONFIG, after)).toEqual([
      {
        path: 'Spår 3 › steg 6',
        before: '—',
        after: 'Migrationsverket, 15 min, Video',
      },
    ]);
  });
});

describe('paths', () => {
  it('splits and describes an issue path', () => {
    expect(splitIssuePath('tracks.1.chain[2].minutes')).toEqual([
      'tracks',
      '1',
      'chain',
      2,
      'minutes',
    ]);
    expect(describePath(splitIssuePath('tracks.1.chain[2].minutes'))).toBe(
      'Spår 1 › steg 3 › minuter',
    );
    expect(describePath(['actors', 2])).toBe('Aktörer › nr 3');
    expect(describePath([])).toBe('Hela konfigurationen');
  });
});

describe('nextOpenDate', () => {
  it('is the first open weekday after today', () => {
    // 2026-11-23 is a Monday.
    expect(nextOpenDate(['tue', 'thu'], '2026-11-23')).toBe('2026-11-24');
    expect(nextOpenDate(['mon'], '2026-11-23')).toBe('2026-11-30');
    expect(nextOpenDate([], '2026-11-23')).toBe('2026-11-24');
  });
});
