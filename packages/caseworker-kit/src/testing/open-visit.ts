import { fireEvent, screen } from '@testing-library/react';

/**
 * Opens a visit from the queue as a caseworker does: waits until the queue lists the household
 * (the remote asks auth.me and then the queue first), then presses its open button. The default
 * is the fixture household's reference.
 */
export async function openVisit(reference = 'HH-0042') {
  fireEvent.click(await screen.findByRole('button', { name: `Öppna ${reference}` }));
}
