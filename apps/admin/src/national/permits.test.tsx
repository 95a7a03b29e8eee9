import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { locationStatus } from './test/fake-admin-api';
import { openTab, renderNational } from './test/render-national';

describe('NationalAdmin: Beviljade uppehållstillstånd', { timeout: 20_000 }, () => {
  it('enters the 2017 national figure and lists it', async () => {
    const { api } = renderNational({
      locations: [locationStatus(), locationStatus({ id: 'gavle', name: 'Mötesplats Gävle' })],
    });
    const panel = await openTab('Beviljade uppehållstillstånd');
    fireEvent.change(within(panel).getByLabelText('Från'), { target: { value: '2017-01-01' } });
    fireEvent.change(within(panel).getByLabelText('Till'), { target: { value: '2017-12-31' } });
    const place = within(panel).getByLabelText('Ort') as HTMLSelectElement;
    expect(place.value).toBe('');
    expect(within(place).getByRole('option', { name: 'Hela landet' })).toBeTruthy();
    expect(await within(place).findByRole('option', { name: 'Mötesplats Gävle' })).toBeTruthy();
    fireEvent.change(within(panel).getByLabelText('Antal beviljade uppehållstillstånd'), {
      target: { value: '21776' },
    });
    fireEvent.click(within(panel).getByRole('button', { name: 'Spara siffran' }));

    expect(await within(panel).findByText(/hela landet, 2017-01-01 – 2017-12-31/)).toBeTruthy();
    expect(api.permits.set).toHaveBeenCalledTimes(1);
    expect(api.permits.set).toHaveBeenCalledWith({
      periodStart: '2017-01-01',
      periodEnd: '2017-12-31',
      count: 21776,
      idempotencyKey: expect.any(String),
    });
    const table = within(panel).getByRole('table', { name: 'Inmatade siffror' });
    const row = (
      await within(table).findByRole('rowheader', { name: '2017-01-01 – 2017-12-31' })
    ).closest('tr')!;
    expect(within(row).getByText('Hela landet')).toBeTruthy();
    // sv-SE groups thousands with a no-break space, which the matcher reads as a space.
    expect(within(row).getByText('21 776')).toBeTruthy();
  });

  it('validates with the contract: a period ending before it starts sends nothing', async () => {
    const { api } = renderNational();
    const panel = await openTab('Beviljade uppehållstillstånd');
    fireEvent.change(within(panel).getByLabelText('Från'), { target: { value: '2017-12-31' } });
    fireEvent.change(within(panel).getByLabelText('Till'), { target: { value: '2017-01-01' } });
    fireEvent.change(within(panel).getByLabelText('Antal beviljade uppehållstillstånd'), {
      target: { value: '12,5' },
    });
    fireEvent.click(within(panel).getByRole('button', { name: 'Spara siffran' }));
    expect(screen.getByText('Ange antalet som ett heltal, 0 eller mer.')).toBeTruthy();
    // The schema checks the order of the dates once every field is valid on its own.
    fireEvent.change(within(panel).getByLabelText('Antal beviljade uppehållstillstånd'), {
      target: { value: '12' },
    });
    expect(screen.queryByText('Ange antalet som ett heltal, 0 eller mer.')).toBeNull();
    expect(screen.getByText('Till-datumet får inte vara före från-datumet.')).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Spara siffran' }));
    expect(api.permits.set).not.toHaveBeenCalled();
  });
});
