import { CaseworkerKitProvider, DayBoard } from '@motesplats/caseworker-kit';
import type { SessionUser } from '@motesplats/contracts';
import { TRPC_URL } from './config';

type Props = { locationId: string; user: SessionUser };

/**
 * The shell's home page: the location's day board, live. It belongs to no agency, so every
 * caseworker, the location admin and the national admin see the same board.
 */
export function DayBoardHome({ locationId, user }: Props) {
  return (
    <div className="remote-slot" data-testid="day-board-home">
      <CaseworkerKitProvider
        trpcUrl={TRPC_URL}
        agency={null}
        locationId={locationId}
        caseworkerId={user.id}
      >
        <DayBoard />
      </CaseworkerKitProvider>
    </div>
  );
}
