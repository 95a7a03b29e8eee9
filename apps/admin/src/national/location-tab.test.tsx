import { describe, expect, it } from 'vitest';
import { fireEvent, waitFor, within } from '@testing-library/react';
import { locationStatus } from './test/fake-admin-api';
import { openTab, renderNational } from './test/render-national';

describe('NationalAdmin: Ortens konfiguration', { timeout: 20_000 }, () => {
  it('mounts the location admin for the open location only when the tab is first opened', async () => {
    const { api } = renderNational();
    await openTab('Orter');
    expect(api.locations.get).not.toHaveBeenCalled();
    const panel = await openTab('Ortens konfiguration');
    expect((within(panel).getByLabelText('Ort att konfigurera') as HTMLSelectElement).value).toBe(
      'demo',
    );
    await waitFor(() => expect(api.locations.get).toHaveBeenCalledWith({ locationId: 'demo' }));
  });

  it('opens another location’s configuration without switching the shell', async () => {
    const { api } = renderNational({
      locations: [
        locationStatus(),
        locationStatus({ id: 'provstad', name: 'Mötesplats Provstad' }),
      ],
    });
    const panel = await openTab('Ortens konfiguration');
    const picker = within(panel).getByLabelText('Ort att konfigurera');
    await within(picker).findByRole('option', { name: 'Mötesplats Provstad' });
    fireEvent.change(picker, { target: { value: 'provstad' } });
    await waitFor(() => expect(api.locations.get).toHaveBeenCalledWith({ locationId: 'provstad' }));
  });
});
