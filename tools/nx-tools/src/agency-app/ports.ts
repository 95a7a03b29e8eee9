import type { Tree } from '@nx/devkit';

/** caseworker-af's pair; every remote's pair sits at the same offset above these. */
export const BASE_DEV_PORT = 5174;
export const BASE_PREVIEW_PORT = 4174;

/** `devPort: 5174` as agencyRemoteConfig takes it, and `port: 5173` as the shell writes it. */
const PORT_PATTERN = /\b(devPort|previewPort|port)\s*:\s*(\d{2,5})\b/g;

/**
 * Reads every port the apps' vite.config.ts files claim. Plain text, not an import: the configs
 * are TypeScript that imports built packages, and a generator must not depend on a build.
 */
export function portsInUse(tree: Tree): { dev: number[]; preview: number[]; all: Set<number> } {
  const dev: number[] = [];
  const preview: number[] = [];
  const all = new Set<number>();
  if (!tree.exists('apps')) return { dev, preview, all };
  for (const app of tree.children('apps')) {
    const config = tree.read(`apps/${app}/vite.config.ts`, 'utf-8');
    if (config === null) continue;
    for (const [, key, value] of config.matchAll(PORT_PATTERN)) {
      const port = Number(value);
      all.add(port);
      if (key === 'devPort') dev.push(port);
      if (key === 'previewPort') preview.push(port);
    }
  }
  return { dev, preview, all };
}

/**
 * The next dev/preview pair above the highest one in use, at one offset from 5174/4174 (so
 * 5180 goes with 4180). Above the highest rather than into a gap: a gap may belong to a remote
 * that someone is writing by hand right now, and two remotes on one port only fail when both
 * run side by side.
 */
export function nextFreePorts(tree: Tree): { devPort: number; previewPort: number } {
  const { dev, preview, all } = portsInUse(tree);
  const offsets = [
    0,
    ...dev.map((p) => p - BASE_DEV_PORT),
    ...preview.map((p) => p - BASE_PREVIEW_PORT),
  ];
  let offset = Math.max(...offsets) + 1;
  while (all.has(BASE_DEV_PORT + offset) || all.has(BASE_PREVIEW_PORT + offset)) offset += 1;
  const devPort = BASE_DEV_PORT + offset;
  const previewPort = BASE_PREVIEW_PORT + offset;
  if (devPort > 65_535) throw new Error(`No free dev port left above ${BASE_DEV_PORT}`);
  return { devPort, previewPort };
}
