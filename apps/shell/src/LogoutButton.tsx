import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from './trpc';

export function LogoutButton() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onSuccess: () => {
        queryClient.setQueryData(trpc.auth.me.queryKey(), null);
        // Nothing fetched as the previous user may outlive the session.
        void queryClient.invalidateQueries();
      },
    }),
  );

  return (
    <>
      <button
        type="button"
        className="button"
        disabled={logout.isPending}
        onClick={() => logout.mutate({})}
      >
        Logga ut
      </button>
      {logout.isError ? (
        <p role="alert" className="error-text">
          Utloggningen misslyckades: {logout.error.message}
        </p>
      ) : null}
    </>
  );
}
