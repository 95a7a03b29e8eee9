import { createContext, useContext, useLayoutEffect } from 'react';
import type { ConfigIssue } from '@motesplats/location-config';
import { FieldRegistry } from './field-registry';
import { issuePathToName } from './paths';
import { issueTextSv } from './issue-text-sv';

/** Every current problem of the draft, keyed by form name, and the fields that can show them. */
export interface IssuesValue {
  byName: ReadonlyMap<string, string[]>;
  registry: FieldRegistry;
}

export function indexIssues(issues: readonly ConfigIssue[]): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const issue of issues) {
    const name = issuePathToName(issue.path);
    byName.set(name, [...(byName.get(name) ?? []), issueTextSv(issue)]);
  }
  return byName;
}

const IssuesContext = createContext<IssuesValue>({
  byName: new Map(),
  registry: new FieldRegistry(),
});
export const IssuesProvider = IssuesContext.Provider;

/**
 * The message(s) to show at the field `name`, and the field's registration as a place where
 * they are shown. A group also collects its items' issues ('actors' shows 'actors.2').
 */
export function useFieldIssue(name: string, group = false): string | undefined {
  const { byName, registry } = useContext(IssuesContext);
  useLayoutEffect(() => registry.add(name, group), [registry, name, group]);
  const messages = group
    ? [...byName.entries()]
        .filter(([key]) => key === name || key.startsWith(`${name}.`))
        .flatMap(([, list]) => list)
    : (byName.get(name) ?? []);
  return messages.length ? messages.join(' ') : undefined;
}

export function useIssues(): IssuesValue {
  return useContext(IssuesContext);
}
