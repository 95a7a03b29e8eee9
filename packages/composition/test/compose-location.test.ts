import { describe, expect, it } from 'vitest';
import {
  CatalogueSchema,
  REMOTE_CATALOGUE,
  composeLocation,
  CompositionConfigError,
  type CatalogueEntry,
} from '../src/index.js';

const entry = (id: string, actor: CatalogueEntry['actor']): CatalogueEntry => ({
  id,
  scope: id.replace(/-/g, '_'),
  module: './App',
  actor,
  label: { sv: id, en: id },
});

describe('composeLocation', () => {
  const catalogue = [
    entry('caseworker-mv', 'mv'),
    entry('caseworker-af', 'af'),
    entry('admin', null),
  ];

  it('keeps the remotes of the actors present and the ones of no actor, in catalogue order', () => {
    const composed = composeLocation(
      { id: 'demo', name: 'Demo', config: { actors: ['af', 'mv'] } },
      catalogue,
      '/remotes/',
    );
    expect(composed.remotes.map((r) => r.id)).toEqual(['caseworker-mv', 'caseworker-af', 'admin']);
    expect(composed.remotes[0]?.entry).toBe('/remotes/caseworker-mv/mf-manifest.json');
  });

  it('leaves out an absent actor', () => {
    const composed = composeLocation(
      { id: 'x', name: 'X', config: { actors: ['af'] } },
      catalogue,
      './remotes',
    );
    expect(composed.remotes.map((r) => r.id)).toEqual(['caseworker-af', 'admin']);
    expect(composed.remotes[0]?.entry).toBe('./remotes/caseworker-af/mf-manifest.json');
  });

  it("points a remote at its own team's server when told to", () => {
    const composed = composeLocation(
      { id: 'x', name: 'X', config: { actors: ['af', 'mv'] } },
      catalogue,
      '/remotes',
      { 'caseworker-af': 'https://af.example/mf-manifest.json' },
    );
    expect(composed.remotes.map((r) => r.entry)).toEqual([
      '/remotes/caseworker-mv/mf-manifest.json',
      'https://af.example/mf-manifest.json',
      '/remotes/admin/mf-manifest.json',
    ]);
  });

  it('refuses a configuration without a valid actors list', () => {
    expect(() =>
      composeLocation({ id: 'x', name: 'X', config: { actors: ['nasa'] } }, catalogue, '/r'),
    ).toThrow(CompositionConfigError);
  });
});

describe('the remote catalogue', () => {
  it('has one remote per agency', () => {
    expect(REMOTE_CATALOGUE.flatMap((r) => (r.actor ? [r.actor] : [])).sort()).toEqual(
      ['af', 'fk', 'kommun', 'mv', 'pm', 'skv'].sort(),
    );
  });

  it('has the admin and statistics remotes at every location, each for its audience', () => {
    const everywhere = REMOTE_CATALOGUE.filter((r) => r.actor === null);
    expect(everywhere.map((r) => [r.id, r.audience])).toEqual([
      ['admin', ['location-admin', 'national-admin']],
      ['insights', ['location-admin', 'national-admin', 'analyst']],
    ]);
    // An agency's remote is for caseworkers (it turns away other agencies' itself).
    expect(
      REMOTE_CATALOGUE.filter((r) => r.actor).every((r) => r.audience?.join() === 'caseworker'),
    ).toBe(true);
  });

  it('refuses an audience that is not a staff role', () => {
    const result = CatalogueSchema.safeParse([{ ...entry('a', 'af'), audience: ['newcomer'] }]);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['0.audience.0']);
  });

  it('rejects duplicate ids and scopes, naming the entry', () => {
    const result = CatalogueSchema.safeParse([entry('a', 'af'), entry('a', 'mv')]);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('1.id');
  });
});
