import type { ComponentType } from 'react';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import type { RemoteProps } from '@motesplats/contracts';
import { fakeTrpcFetch, type FakeProcedure } from './trpc-fetch.js';

/**
 * Renders a remote's exposed App as the shell would, against a fake gateway that answers
 * `procedures`, and returns the fake (callsOf, inputsOf) with Testing Library's result. The
 * gateway is at '/trpc' unless `props` says otherwise, the path the shell hands its remotes. The
 * global fetch is what gets faked because the remote builds its own tRPC client from trpcUrl;
 * the app's test setup unstubs it after each test.
 */
export function renderRemote(
  App: ComponentType<RemoteProps>,
  procedures: Record<string, FakeProcedure>,
  props: Partial<RemoteProps> = {},
) {
  const fetch = fakeTrpcFetch(procedures);
  vi.stubGlobal('fetch', fetch);
  const view = render(<App trpcUrl="/trpc" locationId="demo" {...props} />);
  return { fetch, ...view };
}
