import { afterEach, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// Under turbo's parallel load a page can take longer than Testing Library's 1 s default.
configure({ asyncUtilTimeout: 5_000 });

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  window.localStorage.clear();
  window.history.replaceState(null, '', '/newcomer/');
});
