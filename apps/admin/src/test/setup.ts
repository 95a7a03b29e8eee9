import { afterEach, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// Opening a visit takes several round trips through the real tRPC client and React Query; under
// turbo's parallel builds and tests that exceeds Testing Library's 1 s default now and then.
configure({ asyncUtilTimeout: 5_000 });

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});
