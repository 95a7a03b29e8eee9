import { createContext, useContext } from 'react';
import type { SessionUser } from '@motesplats/contracts';
import type { InsightsApi } from './api';

export interface InsightsContextValue {
  api: InsightsApi;
  user: SessionUser;
  /** Where the gateway's /api routes (the CSV and XLSX exports) live. */
  gatewayBase: string;
}

const InsightsContext = createContext<InsightsContextValue | null>(null);
export const InsightsProvider = InsightsContext.Provider;

export function useInsights(): InsightsContextValue {
  const value = useContext(InsightsContext);
  if (!value) throw new Error('useInsights outside InsightsProvider');
  return value;
}
