import { render, screen } from '@testing-library/react';
import App from '../../App';
import type { FakeAdmin } from './fake-admin-api';

/** Renders the admin remote as the shell would, against `fake`, and waits for the editor. */
export async function renderLocationAdmin(fake: FakeAdmin) {
  const view = render(<App trpcUrl="/trpc" locationId="demo" api={fake.api} />);
  await screen.findByRole('heading', { level: 2, name: /Ortens konfiguration/ });
  return view;
}
