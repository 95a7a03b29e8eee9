import { describe, expect, it } from 'vitest';
import { waitFor, within } from '@testing-library/react';
import { openTab, renderNational } from './test/render-national';

describe('NationalAdmin: Ortens konfiguration', { timeout: 20_000 }, () => {
  it('mounts the location admin for the open location only when the tab is first opened', async () => {
    const { api } = renderNational();
    await openTab('Orter');
    expect(api.locations.get).not.toHaveBeenCalled();
    const panel = await openTab('Ortens konfiguration');
    expect(within(panel).getByText('demo')).toBeTruthy();
    await waitFor(() => expect(api.locations.get).toHaveBeenCalledWith({ locationId: 'demo' }));
  });
});
