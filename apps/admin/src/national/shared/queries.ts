import { useQuery } from '@tanstack/react-query';
import { useAdmin } from '../../context';

/** Query keys in one place, so a save can refresh exactly what it changed. */
export const keys = {
  overview: ['locations.overview'] as const,
  templates: ['locations.templates'] as const,
  frame: ['frame.get'] as const,
  permits: ['stats.permits.list'] as const,
};

export function useOverview() {
  const { api } = useAdmin();
  return useQuery({ queryKey: keys.overview, queryFn: () => api.locations.overview() });
}

export function useTemplates() {
  const { api } = useAdmin();
  return useQuery({ queryKey: keys.templates, queryFn: () => api.locations.templates() });
}

export function useFrame() {
  const { api } = useAdmin();
  return useQuery({ queryKey: keys.frame, queryFn: () => api.frame.get() });
}

/** Every entered figure: the national ones and every location's (a national admin sees all). */
export function usePermits() {
  const { api } = useAdmin();
  return useQuery({ queryKey: keys.permits, queryFn: () => api.permits.list({}) });
}
