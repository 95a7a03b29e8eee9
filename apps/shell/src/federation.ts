import type { ComponentType } from 'react';
import { loadRemote, registerRemotes } from '@module-federation/runtime';
import type { CompositionRemote, RemoteProps } from '@motesplats/contracts';
import { absoluteGatewayUrl } from './config';

/** How the shell gets remotes; a context swaps it out in tests (see RemoteLoaderContext). */
export type RemoteLoader = {
  register(remotes: readonly CompositionRemote[]): void;
  load(remote: CompositionRemote): Promise<ComponentType<RemoteProps>>;
};

/** scope -> entry URL already known to the federation runtime. */
const registered = new Map<string, string>();

/** 'caseworker_af' + './App' -> 'caseworker_af/App', the id loadRemote expects. */
export function remoteRequest(remote: Pick<CompositionRemote, 'scope' | 'module'>): string {
  return `${remote.scope}/${remote.module.replace(/^\.\//, '')}`;
}

export const federationLoader: RemoteLoader = {
  register(remotes) {
    const fresh = remotes
      .map((remote) => ({ name: remote.scope, entry: absoluteGatewayUrl(remote.entry) }))
      .filter(({ name, entry }) => registered.get(name) !== entry);
    if (fresh.length === 0) return;
    // Re-registering a known scope under a new entry must drop the runtime's cached container.
    const force = fresh.some(({ name }) => registered.has(name));
    registerRemotes(fresh, { force });
    for (const { name, entry } of fresh) registered.set(name, entry);
  },

  async load(remote) {
    const request = remoteRequest(remote);
    const module = await loadRemote<{ default?: unknown }>(request);
    const component = module?.default;
    // Components are functions; memo() and forwardRef() components are objects.
    if (typeof component !== 'function' && (typeof component !== 'object' || component === null)) {
      throw new Error(`${request} har ingen React-komponent som standardexport`);
    }
    return component as ComponentType<RemoteProps>;
  },
};
