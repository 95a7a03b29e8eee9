import { render } from '@testing-library/react';
import App from '../App';
import { fakeApi, type FakeOptions } from './fake-api';

/** Renders the remote as the shell would, against an in-memory API. */
export function renderInsights(options: FakeOptions = {}) {
  const fake = fakeApi(options);
  const view = render(<App trpcUrl="/trpc" locationId="gavle" api={fake.api} />);
  return { ...fake, ...view };
}
