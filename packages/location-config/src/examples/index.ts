import type { LocationConfig } from '../location-config.js';
import { DEMO_CONFIG } from './demo.js';
import { GAVLE_LIKE_CONFIG } from './gavle-like.js';
import { SATELLITE_NOT_STAFFED_CONFIG } from './satellite-not-staffed.js';
import { WITH_BRANCH_CONFIG } from './with-branch.js';
import { WITH_MOBILE_TEAM_CONFIG } from './with-mobile-team.js';

export {
  DEMO_CONFIG,
  GAVLE_LIKE_CONFIG,
  SATELLITE_NOT_STAFFED_CONFIG,
  WITH_BRANCH_CONFIG,
  WITH_MOBILE_TEAM_CONFIG,
};

/** The example names are the JSON files' names in examples/ (without '.json'). */
export const EXAMPLE_NAMES = [
  'demo',
  'gavle-like',
  'satellite-not-staffed',
  'with-branch',
  'with-mobile-team',
] as const;
export type ExampleName = (typeof EXAMPLE_NAMES)[number];

/**
 * The examples as typed constants. They live in TypeScript rather than as JSON imports so the
 * compiler checks them against LocationConfig and the build needs no JSON handling; a test keeps
 * each one equal to its examples/<name>.json, which tools and humans read.
 */
export const EXAMPLE_CONFIGS: Readonly<Record<ExampleName, LocationConfig>> = Object.freeze({
  demo: DEMO_CONFIG,
  'gavle-like': GAVLE_LIKE_CONFIG,
  'satellite-not-staffed': SATELLITE_NOT_STAFFED_CONFIG,
  'with-branch': WITH_BRANCH_CONFIG,
  'with-mobile-team': WITH_MOBILE_TEAM_CONFIG,
});
