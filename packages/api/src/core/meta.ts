import type { Permission } from '../auth/permissions.js';

/**
 * Declared by every procedure and read by the authorisation middleware and by the test that
 * walks every procedure against every role.
 */
export type ProcedureMeta = {
  permission: Permission;
  personalData: boolean;
  /** 'stored': replays return the first result. Exempt procedures state why they need no key. */
  idempotency: 'stored' | { exempt: string } | null;
};
