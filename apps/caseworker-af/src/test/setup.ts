import { afterEach, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// A whole remote answers through the real tRPC client and React Query; under load that takes
// longer than findBy's default 1 s.
configure({ asyncUtilTimeout: 5_000 });

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});
