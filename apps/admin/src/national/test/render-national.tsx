import { fireEvent, render, screen } from '@testing-library/react';
import App from '../../App';
import { fakeAdminApi, type FakeOptions } from './fake-admin-api';

/** Renders the admin remote as the shell does, signed in as a national admin by default. */
export function renderNational(options: FakeOptions = {}) {
  const fake = fakeAdminApi(options);
  const view = render(<App trpcUrl="/trpc" locationId="demo" api={fake.api} />);
  return { ...view, ...fake };
}

/** Opens one of the national admin's tabs by its visible name. */
export async function openTab(name: string) {
  const tab = await screen.findByRole('tab', { name });
  fireEvent.click(tab);
  return screen.findByRole('tabpanel', { name });
}
