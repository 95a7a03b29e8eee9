import path from 'node:path';
import { composeLocation, type CatalogueEntry } from '@motesplats/composition';
import { Composition } from '@motesplats/contracts';
import type { LocationConfig } from '@motesplats/location-config';

/**
 * Which files go where for one location's static deployment. Pure: no file is read or written
 * here (compose.ts carries the plan out), so every rule below is tested without I/O.
 *
 *   <outRoot>/<id>/                    the built shell (index.html, assets/, ...)
 *   <outRoot>/<id>/remotes/<remote>/   each remote of the location, nothing else
 *   <outRoot>/<id>/composition.json    the manifest, as GET /api/composition/:location answers it
 *   <outRoot>/<id>/location-config.json
 *   <outRoot>/<id>/runtime-config.js   replaces the shell's default one
 */

/** Where remotes live relative to composition.json; the shell resolves entries against its URL. */
export const REMOTES_URL = './remotes';

export type CopyStep = {
  /** 'shell' or the remote's id. */
  app: string;
  from: string;
  to: string;
  /** A file that must exist in `from` for it to count as built. */
  requiredFile: string;
};

export type WriteStep = { to: string; content: string };

export type ComposePlan = {
  /** The location's folder: wiped, then filled. */
  outDir: string;
  composition: Composition;
  /** In order: the shell first, then the remotes (the shell has no remotes/ of its own). */
  copies: CopyStep[];
  /** After the copies: runtime-config.js must overwrite the shell's default. */
  writes: WriteStep[];
};

export type PlanInput = {
  location: { id: string; name: string; config: LocationConfig };
  catalogue: readonly CatalogueEntry[];
  gatewayUrl: string;
  appsDir: string;
  outRoot: string;
};

/** The shell's deploy-time settings for this deployment (see apps/shell/src/runtime-config.ts). */
export function runtimeConfigScript(locationId: string, gatewayUrl: string): string {
  const settings = { gatewayUrl, compositionUrl: './composition.json', locationId };
  return (
    `// Written by \`npm run compose\` for location ${JSON.stringify(locationId)}: the shell's\n` +
    `// deploy-time settings. Edit gatewayUrl here to move this deployment to another gateway.\n` +
    `window.__MOTESPLATS__ = ${JSON.stringify(settings, null, 2)};\n`
  );
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function planComposition(input: PlanInput): ComposePlan {
  const { location, catalogue, appsDir, outRoot } = input;
  const outDir = path.join(outRoot, location.id);
  // Validated like the gateway's answer: the shell trusts this shape.
  const composition = Composition.parse(composeLocation(location, catalogue, REMOTES_URL));
  return {
    outDir,
    composition,
    copies: [
      {
        app: 'shell',
        from: path.join(appsDir, 'shell', 'dist'),
        to: outDir,
        requiredFile: 'index.html',
      },
      ...composition.remotes.map((remote) => ({
        app: remote.id,
        from: path.join(appsDir, remote.id, 'dist'),
        to: path.join(outDir, 'remotes', remote.id),
        requiredFile: 'mf-manifest.json',
      })),
    ],
    writes: [
      { to: path.join(outDir, 'composition.json'), content: json(composition) },
      { to: path.join(outDir, 'location-config.json'), content: json(location.config) },
      {
        to: path.join(outDir, 'runtime-config.js'),
        content: runtimeConfigScript(location.id, input.gatewayUrl),
      },
    ],
  };
}
