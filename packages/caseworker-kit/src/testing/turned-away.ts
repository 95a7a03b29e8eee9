import type { ComponentType } from 'react';
import { screen } from '@testing-library/react';
import type { ActorId, RemoteProps } from '@motesplats/contracts';
import { caseworker } from './fixtures.js';
import { renderRemote } from './render-remote.js';

/**
 * Renders a remote for a caseworker of `otherAgency`, whom AgencyRemote must turn away, and
 * returns the notice's title and the notice itself (the role="status" region) with the fake
 * gateway, so that each remote states in a few lines what it claims about them and the calls.
 * The queue is answerable, so no call to visits.myQueue means the remote did not ask, not that
 * the fake could not answer.
 */
export async function renderTurnedAway(
  App: ComponentType<RemoteProps>,
  otherAgency: ActorId,
  props: Partial<RemoteProps> = {},
) {
  const view = renderRemote(
    App,
    { 'auth.me': { data: caseworker(otherAgency) }, 'visits.myQueue': { data: [] } },
    props,
  );
  // How AgencyRemote's title starts; the test asserts the whole of it, naming its own agency.
  const title = await screen.findByText(/^Den här tjänsten är för /);
  const notice = title.closest<HTMLElement>('[role="status"]');
  if (!notice) throw new Error('The notice turning the caseworker away is not a status region');
  return { ...view, title: title.textContent, notice };
}
