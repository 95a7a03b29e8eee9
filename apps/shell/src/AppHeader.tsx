import type { SessionUser } from '@motesplats/contracts';
import { LogoutButton } from './LogoutButton';

type Props = { user: SessionUser | null };

export function AppHeader({ user }: Props) {
  return (
    <header className="app-header">
      {/* The page's only h1; remotes start at h2. */}
      <h1 className="app-header__title">Mötesplats</h1>
      {user ? (
        <div className="app-header__user">
          <p>
            Inloggad: <strong data-testid="shell-user-name">{user.displayName}</strong>
          </p>
          <LogoutButton />
        </div>
      ) : null}
    </header>
  );
}
