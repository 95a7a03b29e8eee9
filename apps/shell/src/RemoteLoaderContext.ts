import { createContext, useContext } from 'react';
import { federationLoader, type RemoteLoader } from './federation';

/** Module Federation by default; tests provide a loader that fails or renders on demand. */
export const RemoteLoaderContext = createContext<RemoteLoader>(federationLoader);

export function useRemoteLoader(): RemoteLoader {
  return useContext(RemoteLoaderContext);
}
