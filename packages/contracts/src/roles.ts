import { z } from 'zod';

/** The roles of DESIGN.md's security model. */
export const ROLES = [
  'caseworker',
  'location-admin',
  'national-admin',
  'analyst',
  'newcomer',
] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;
