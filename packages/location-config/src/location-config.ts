import { LocationConfigShapeSchema } from './location-config-shape.js';
import { locationConfigRuleIssues } from './rules/index.js';

export type { LocationConfig } from './location-config-shape.js';

/**
 * The full schema: types plus the rules between fields, each rule issue at its exact path. Use it
 * at the API edge (tRPC input) to get the same issues as `parseLocationConfig`.
 *
 * The rules run only when every field is valid on its own. Zod would otherwise run them after
 * non-fatal field issues too ('8:30' fails its format but is still a string), and a rule would
 * then report a second, misleading issue about a value that is already reported as malformed.
 */
export const LocationConfigSchema = LocationConfigShapeSchema.superRefine(
  (config, ctx) => {
    for (const issue of locationConfigRuleIssues(config)) {
      // The rule's code and params travel in zod's `params`, for parseLocationConfig to return.
      ctx.addIssue({
        code: 'custom',
        path: issue.path,
        message: issue.message,
        input: config,
        params: { rule: issue.code, ...issue.params },
      });
    }
  },
  { when: (payload) => payload.issues.length === 0 },
);
