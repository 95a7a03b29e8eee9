import { DEMO_CONFIG } from '../src/index.js';
import type { LocationConfig } from '../src/index.js';

/** A mutable deep copy of the demo config: each bad-config case breaks exactly one thing. */
export function demo(): LocationConfig {
  return structuredClone(DEMO_CONFIG) as LocationConfig;
}
