import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REMOTE_CATALOGUE, type CatalogueEntry } from '@motesplats/composition';
import { Composition } from '@motesplats/contracts';
import { DEMO_CONFIG, WITH_MOBILE_TEAM_CONFIG } from '@motesplats/location-config';
import { planComposition, runtimeConfigScript } from '../src/plan.js';

const APPS = path.resolve('/repo/apps');
const OUT = path.resolve('/repo/dist/locations');

const withoutPm = {
  id: WITH_MOBILE_TEAM_CONFIG.id,
  name: WITH_MOBILE_TEAM_CONFIG.name,
  config: WITH_MOBILE_TEAM_CONFIG,
};

function plan(
  location = withoutPm,
  catalogue: readonly CatalogueEntry[] = REMOTE_CATALOGUE,
  gatewayUrl = '',
) {
  return planComposition({ location, catalogue, gatewayUrl, appsDir: APPS, outRoot: OUT });
}

describe('planComposition', () => {
  it('puts the shell at the root of the location folder and copies it first', () => {
    const { outDir, copies } = plan();
    expect(outDir).toBe(path.join(OUT, 'exempelvik'));
    expect(copies[0]).toEqual({
      app: 'shell',
      from: path.join(APPS, 'shell', 'dist'),
      to: outDir,
      requiredFile: 'index.html',
    });
  });

  it('copies exactly the remotes of the actors present and those of no actor, each to remotes/<id>/, from apps/<id>/dist', () => {
    expect(WITH_MOBILE_TEAM_CONFIG.actors).not.toContain('pm');
    const { outDir, copies } = plan();
    const remotes = copies.slice(1);
    expect(remotes.map((copy) => copy.app)).toEqual([
      'caseworker-mv',
      'caseworker-af',
      'caseworker-fk',
      'caseworker-skv',
      'caseworker-kommun',
      // Every location has its admin and its statistics.
      'admin',
      'insights',
    ]);
    expect(remotes[1]).toEqual({
      app: 'caseworker-af',
      from: path.join(APPS, 'caseworker-af', 'dist'),
      to: path.join(outDir, 'remotes', 'caseworker-af'),
      requiredFile: 'mf-manifest.json',
    });
  });

  it('works with any catalogue: a remote of no actor goes everywhere, an unknown one nowhere', () => {
    const admin: CatalogueEntry = {
      id: 'admin',
      scope: 'admin',
      module: './App',
      actor: null,
      label: { sv: 'Administration', en: 'Administration' },
    };
    const pm = REMOTE_CATALOGUE.find((entry) => entry.actor === 'pm')!;
    const { copies } = plan(withoutPm, [pm, admin]);
    expect(copies.map((copy) => copy.app)).toEqual(['shell', 'admin']);
  });

  it('writes a composition.json shaped like the gateway answer, with entries next to it', () => {
    const { outDir, composition, writes } = plan();
    const file = writes.find((write) => write.to === path.join(outDir, 'composition.json'))!;
    const written = Composition.parse(JSON.parse(file.content));
    expect(written).toEqual(composition);
    expect(written.location).toEqual({ id: 'exempelvik', name: 'Mötesplats Exempelvik' });
    expect(written.remotes.map((remote) => remote.entry)).toContain(
      './remotes/caseworker-af/mf-manifest.json',
    );
    expect(written.remotes.some((remote) => remote.actor === 'pm')).toBe(false);
  });

  it("writes the location's configuration and the runtime config after the copies", () => {
    const { outDir, writes } = plan(
      { id: 'demo', name: 'Mötesplats Demoby', config: DEMO_CONFIG },
      REMOTE_CATALOGUE,
      'https://gateway.example',
    );
    expect(writes.map((write) => path.relative(outDir, write.to))).toEqual([
      'composition.json',
      'location-config.json',
      'runtime-config.js',
    ]);
    expect(JSON.parse(writes[1]!.content)).toEqual(DEMO_CONFIG);
    expect(writes[2]!.content).toBe(runtimeConfigScript('demo', 'https://gateway.example'));
  });
});

describe('runtimeConfigScript', () => {
  it('sets window.__MOTESPLATS__ for the shell: gateway, composition file and location', () => {
    const script = runtimeConfigScript('demo', '');
    const window: { __MOTESPLATS__?: unknown } = {};
    new Function('window', script)(window);
    expect(window.__MOTESPLATS__).toEqual({
      gatewayUrl: '',
      compositionUrl: './composition.json',
      locationId: 'demo',
    });
  });
});
