import { z } from 'zod';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Ids end up in URLs (/api/composition/:location) and file names, so they stay URL-safe. */
export const Slug = z
  .string()
  .regex(SLUG, { error: 'Expected a slug: lowercase letters a-z, digits and single hyphens' });
