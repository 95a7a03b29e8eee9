import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const fixturesDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures',
);

export interface WorkspaceProject {
  name: string;
  /** Folder relative to the repository root, e.g. `packages/db`. */
  root: string;
  tags: string[];
  /** The workspace packages it depends on (dependencies and devDependencies). */
  workspaceDeps: string[];
}

/** The npm workspaces (`apps/*`, `packages/*`, `tools/*`) and their `nx.tags`, sorted by folder. */
export function readWorkspaceProjects(): WorkspaceProject[] {
  const rootPkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    workspaces?: string[];
  };
  const projects: WorkspaceProject[] = [];
  for (const pattern of rootPkg.workspaces ?? []) {
    const parent = pattern.replace(/\/\*$/, '');
    const dir = path.join(repoRoot, parent);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name, 'package.json');
      if (!entry.isDirectory() || !existsSync(file)) continue;
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as {
        name: string;
        nx?: { tags?: string[] };
        dependencies?: Record<string, string>;
        devDependencies?: Record<string, string>;
      };
      const deps = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
      projects.push({
        name: pkg.name,
        root: `${parent}/${entry.name}`,
        tags: pkg.nx?.tags ?? [],
        workspaceDeps: deps.filter((d) => d.startsWith('@motesplats/')),
      });
    }
  }
  return projects.sort((a, b) => a.root.localeCompare(b.root));
}

export function projectsTagged(tag: string): WorkspaceProject[] {
  return readWorkspaceProjects().filter((p) => p.tags.includes(tag));
}

export function projectNamed(name: string): WorkspaceProject | undefined {
  return readWorkspaceProjects().find((p) => p.name === name);
}

/** Every workspace package `name` depends on, directly or through others. */
export function dependencyClosure(name: string): Set<string> {
  const byName = new Map(readWorkspaceProjects().map((p) => [p.name, p]));
  const seen = new Set<string>();
  const visit = (n: string) => {
    for (const dep of byName.get(n)?.workspaceDeps ?? []) {
      if (!seen.has(dep)) {
        seen.add(dep);
        visit(dep);
      }
    }
  };
  visit(name);
  return seen;
}
