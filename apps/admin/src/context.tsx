import { createContext, useContext } from 'react';
import type { SessionUser } from '@motesplats/contracts';
import type { AdminApi } from './api';

export interface AdminContextValue {
  api: AdminApi;
  user: SessionUser;
  /** The location the shell has open. */
  locationId: string;
}

const AdminContext = createContext<AdminContextValue | null>(null);
export const AdminProvider = AdminContext.Provider;

export function useAdmin(): AdminContextValue {
  const value = useContext(AdminContext);
  if (!value) throw new Error('useAdmin outside AdminProvider');
  return value;
}
