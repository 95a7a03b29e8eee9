import { z } from 'zod';
import { ActorId } from '@motesplats/location-config';
import catalogueData from './remotes.json' with { type: 'json' };

/** The roles that use the shell; a newcomer has their own app. */
const StaffRole = z.enum(['caseworker', 'location-admin', 'national-admin', 'analyst']);

/**
 * A microfrontend the platform knows how to load. `id` is also its folder under apps/ and its
 * path under /remotes/; `scope` is its Module Federation name; `module` is what it exposes.
 * A remote with an `actor` is loaded where that actor is present; one without (admin, insights)
 * is loaded at every location.
 */
export const CatalogueEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected a folder name of a-z, 0-9 and hyphens'),
  scope: z.string().regex(/^[a-z_][a-z0-9_]*$/, 'expected a JavaScript identifier in snake_case'),
  module: z.string().startsWith('./', "expected an exposed module such as './App'"),
  actor: ActorId.nullable(),
  /**
   * The staff roles the remote is for: the shell lists it only for them (the remote still checks
   * the session itself). Left out: every staff role, as for the agency remotes, which turn away
   * other agencies' caseworkers on their own.
   */
  audience: z.array(StaffRole).min(1).optional(),
  label: z.strictObject({ sv: z.string().min(1), en: z.string().min(1) }),
});
export type CatalogueEntry = z.infer<typeof CatalogueEntrySchema>;

export const CatalogueSchema = z.array(CatalogueEntrySchema).superRefine((entries, ctx) => {
  for (const key of ['id', 'scope'] as const) {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      if (seen.has(entry[key])) {
        ctx.addIssue({
          code: 'custom',
          path: [index, key],
          message: `duplicate ${key} '${entry[key]}'`,
        });
      }
      seen.add(entry[key]);
    });
  }
});

/**
 * Every remote that exists, read from remotes.json: data, so that the agency-app generator
 * (`nx g @motesplats/tools:agency-app`) can add an entry without editing code.
 */
export const REMOTE_CATALOGUE: readonly CatalogueEntry[] = Object.freeze(
  CatalogueSchema.parse(catalogueData),
);
