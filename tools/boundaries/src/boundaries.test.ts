// The architecture boundaries of shared/DESIGN.md, proven against the real root eslint.config.js
// and the real nx project graph. Each fixture in ../fixtures is linted under a virtual path inside a
// real project (lintText with filePath), so the file is "in" that project without touching it.
// Every failing case names the rule (and, for nx, the messageId) it must fail with; the passing
// cases must produce no message at all, which proves the linter ran and the failures are specific.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  fixturesDir,
  projectNamed,
  projectsTagged,
  repoRoot,
  type WorkspaceProject,
  dependencyClosure,
} from './workspace.js';

const NX = '@nx/enforce-module-boundaries';
const RESTRICTED = '@typescript-eslint/no-restricted-imports';

let eslint: ESLint;

beforeAll(async () => {
  eslint = new ESLint({ cwd: repoRoot });
});

function named(name: string): WorkspaceProject {
  const project = projectNamed(name);
  if (!project) throw new Error(`no workspace project named ${name}`);
  return project;
}

function firstTagged(tag: string): WorkspaceProject {
  const [project] = projectsTagged(tag);
  if (!project) {
    throw new Error(
      `no ${tag} project to lint against: tag a package with "nx": { "tags": ["${tag}"] }`,
    );
  }
  return project;
}

/**
 * Lints fixtures/<fixture> as if it were <project>/src/__boundary_fixture__/<fixture>
 * (or <project>/<as>, when `as` is given).
 */
async function lintAs(
  project: WorkspaceProject,
  fixture: string,
  as = path.join('src', '__boundary_fixture__', fixture),
): Promise<Linter.LintMessage[]> {
  const code = readFileSync(path.join(fixturesDir, fixture), 'utf8');
  const filePath = path.join(repoRoot, project.root, as);
  const [result] = await eslint.lintText(code, { filePath, warnIgnored: true });
  if (!result) throw new Error(`ESLint returned no result for ${filePath}`);
  const fatal = result.messages.filter((m) => m.fatal || m.ruleId === null);
  // Fails loudly if the virtual path is ignored or the file does not parse.
  expect(fatal, `${fixture} as ${project.root}: ${fatal.map((m) => m.message).join('; ')}`).toEqual(
    [],
  );
  return result.messages;
}

function summary(messages: Linter.LintMessage[]) {
  return messages.map((m) => ({
    ruleId: m.ruleId,
    messageId: m.messageId,
    severity: m.severity,
    line: m.line,
  }));
}

/** Asserts errors from exactly `ruleId` (and `messageId`, if given), `count` of them. */
function expectErrors(
  messages: Linter.LintMessage[],
  ruleId: string,
  opts: { messageId?: string; count?: number } = {},
) {
  const matching = messages.filter(
    (m) =>
      m.ruleId === ruleId &&
      m.severity === 2 &&
      (opts.messageId === undefined || m.messageId === opts.messageId),
  );
  expect(matching.length, JSON.stringify(summary(messages), null, 2)).toBe(opts.count ?? 1);
  // Nothing else fires: the failure is the boundary, not some unrelated rule.
  expect(
    messages.filter((m) => !matching.includes(m)),
    JSON.stringify(summary(messages), null, 2),
  ).toEqual([]);
}

function expectClean(messages: Linter.LintMessage[]) {
  expect(summary(messages)).toEqual([]);
}

describe('apps', () => {
  it('an agency remote importing another app by package name fails', async () => {
    const messages = await lintAs(named('@motesplats/caseworker-af'), 'app-imports-other-app.ts');
    expectErrors(messages, RESTRICTED);
    expect(messages[0]?.message).toContain('Nothing imports an app');
  });

  it('an app reaching into another app by relative path fails in nx', async () => {
    const messages = await lintAs(
      named('@motesplats/caseworker-af'),
      'app-imports-other-app-relative.ts',
    );
    expectErrors(messages, NX, { messageId: 'noRelativeOrAbsoluteImportsAcrossLibraries' });
  });

  it('an app importing @motesplats/api as a value fails', async () => {
    const messages = await lintAs(named('@motesplats/caseworker-af'), 'app-imports-api-value.ts');
    expectErrors(messages, RESTRICTED);
    expect(messages[0]?.message).toContain("Apps import the API's types only");
  });

  it('an app importing @motesplats/api with inline `type` specifiers fails (side-effect import)', async () => {
    const messages = await lintAs(
      named('@motesplats/caseworker-af'),
      'app-imports-api-inline-type.ts',
    );
    expectErrors(messages, '@typescript-eslint/no-import-type-side-effects');
  });

  it('an app importing @motesplats/api with `import type` passes', async () => {
    expectClean(await lintAs(named('@motesplats/caseworker-af'), 'app-imports-api-type.ts'));
  });

  it('an app importing @motesplats/contracts passes (positive control, .tsx)', async () => {
    expectClean(await lintAs(named('@motesplats/caseworker-af'), 'app-imports-contracts.tsx'));
  });

  it('the gateway may import @motesplats/api as a value: it serves the routers', async () => {
    expectClean(await lintAs(named('@motesplats/gateway'), 'gateway-imports-api-value.ts'));
  });
});

describe('domain', () => {
  it('a domain package importing react fails in nx', async () => {
    const messages = await lintAs(firstTagged('type:domain'), 'domain-imports-react.ts');
    expectErrors(messages, NX, { messageId: 'bannedExternalImportsViolation' });
  });

  it('a domain package importing Node built-ins fails', async () => {
    const messages = await lintAs(firstTagged('type:domain'), 'domain-imports-node-fs.ts');
    expectErrors(messages, 'no-restricted-imports', { count: 2 });
  });

  it('a domain package using `process` fails', async () => {
    const messages = await lintAs(firstTagged('type:domain'), 'domain-uses-process.ts');
    expectErrors(messages, 'no-restricted-globals');
  });

  it('a domain package importing contracts fails in nx', async () => {
    // Not a domain package that contracts itself depends on: for those nx reports the import as a
    // circular dependency instead of a tag violation.
    const usedByContracts = dependencyClosure('@motesplats/contracts');
    const domain = projectsTagged('type:domain').find((p) => !usedByContracts.has(p.name));
    expect(domain, 'a type:domain project that contracts does not depend on').toBeDefined();
    const messages = await lintAs(domain!, 'domain-imports-contracts.ts');
    expectErrors(messages, NX, { messageId: 'onlyTagsConstraintViolation' });
  });

  it("a domain package's tests may use Node built-ins (they run in vitest, ship nowhere)", async () => {
    const as = path.join('test', '__boundary_fixture__', 'domain-test-uses-node.test.ts');
    expectClean(await lintAs(firstTagged('type:domain'), 'domain-test-uses-node.ts', as));
  });

  it('a pure domain file passes (positive control)', async () => {
    expectClean(await lintAs(firstTagged('type:domain'), 'domain-pure.ts'));
  });
});

describe('data, api, ui, tools', () => {
  it('the data package importing an app fails', async () => {
    const messages = await lintAs(firstTagged('type:data'), 'data-imports-app.ts');
    expectErrors(messages, RESTRICTED);
  });

  it('the data package importing contracts fails in nx', async () => {
    const messages = await lintAs(firstTagged('type:data'), 'data-imports-contracts.ts');
    expectErrors(messages, NX, { messageId: 'onlyTagsConstraintViolation' });
  });

  it('the api importing db and contracts passes (positive control)', async () => {
    expectClean(await lintAs(firstTagged('type:api'), 'api-imports-db.ts'));
  });

  it.skipIf(projectsTagged('type:ui').length === 0)(
    'a ui package importing the api fails in nx',
    async () => {
      const messages = await lintAs(firstTagged('type:ui'), 'ui-imports-api.tsx');
      expectErrors(messages, NX, { messageId: 'onlyTagsConstraintViolation' });
    },
  );

  it('a tool importing apps and tools passes', async () => {
    expectClean(await lintAs(named('@motesplats/e2e'), 'tool-imports-app.ts'));
  });
});

describe('as turbo runs it', () => {
  it('finds the root config and the nx graph from inside a package folder', async () => {
    const project = firstTagged('type:domain');
    const inPackage = new ESLint({ cwd: path.join(repoRoot, project.root) });
    const code = readFileSync(path.join(fixturesDir, 'domain-imports-react.ts'), 'utf8');
    const [result] = await inPackage.lintText(code, {
      filePath: path.join('src', '__boundary_fixture__', 'domain-imports-react.ts'),
    });
    expect(summary(result?.messages ?? [])).toEqual([
      expect.objectContaining({ ruleId: NX, messageId: 'bannedExternalImportsViolation' }),
    ]);
  });
});
