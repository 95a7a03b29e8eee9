import type { SessionUser } from '@motesplats/contracts';
import { PERMISSIONS, isPermission } from './permissions.js';

export type Verdict = 'allow' | 'UNAUTHORIZED' | 'FORBIDDEN';

/** Deny by default: an unknown or missing permission is FORBIDDEN for everyone. */
export function authorize(permission: unknown, session: SessionUser | null): Verdict {
  if (!isPermission(permission)) return 'FORBIDDEN';
  const audience = PERMISSIONS[permission];
  if (audience === 'public') return 'allow';
  if (!session) return 'UNAUTHORIZED';
  return (audience as readonly string[]).includes(session.role) ? 'allow' : 'FORBIDDEN';
}
