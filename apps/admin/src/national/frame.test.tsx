import { describe, expect, it } from 'vitest';
import { fireEvent, within } from '@testing-library/react';
import { DEFAULT_NATIONAL_FRAME } from '@motesplats/location-config';
import { trpcError } from './test/fake-admin-api';
import { openTab, renderNational } from './test/render-national';

const MINUTES = 'Längsta tid för hela kedjan (minuter)';

describe('NationalAdmin: Nationellt ramverk', { timeout: 20_000 }, () => {
  it('lists the locations that break the frame, with each problem', async () => {
    renderNational({
      frame: {
        breaches: [
          {
            locationId: 'gavle',
            name: 'Mötesplats Gävle',
            problems: [{ path: 'tracks.2.chain', message: 'expected a step for skv' }],
          },
        ],
      },
    });
    const panel = await openTab('Nationellt ramverk');
    const section = await within(panel).findByRole('region', {
      name: 'Orter som bryter mot ramverket',
    });
    expect(within(section).getByText('Mötesplats Gävle (gavle): 1 avvikelse')).toBeTruthy();
    expect(within(section).getByText(/expected a step for skv/)).toBeTruthy();
  });

  it('edits the frame, validates live and saves with the version it was based on', async () => {
    const { api } = renderNational();
    const panel = await openTab('Nationellt ramverk');
    const track2 = await within(panel).findByRole('group', {
      name: 'Spår 2: aktörer som måste ingå',
    });
    fireEvent.click(within(track2).getByLabelText('Försäkringskassan'));
    const minutes = within(panel).getByLabelText(MINUTES);
    fireEvent.change(minutes, { target: { value: '3' } });
    fireEvent.blur(minutes);
    expect(within(panel).getByText('Ange ett heltal, minst 5 minuter.')).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Spara ramverket' }));
    expect(api.frame.update).not.toHaveBeenCalled();

    fireEvent.change(minutes, { target: { value: '240' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Spara ramverket' }));
    expect(await within(panel).findByText('Version 2 gäller nu.', { exact: false })).toBeTruthy();
    expect(api.frame.update).toHaveBeenCalledWith({
      expectedVersion: 1,
      frame: {
        ...DEFAULT_NATIONAL_FRAME,
        // A newly ticked actor goes last; the ones already required keep their order.
        requiredActors: { ...DEFAULT_NATIONAL_FRAME.requiredActors, '2': ['af', 'skv', 'fk'] },
        maxChainMinutes: 240,
      },
      idempotencyKey: expect.any(String),
    });
  });

  it('keeps the edits on a conflict, says who saved which version and offers a reload', async () => {
    const { api, state } = renderNational();
    const panel = await openTab('Nationellt ramverk');
    const minutes = await within(panel).findByLabelText(MINUTES);
    // Another admin saves while this one edits.
    state.frame = {
      ...state.frame,
      frame: { ...state.frame.frame, maxChainMinutes: 280 },
      version: 2,
      updatedAt: '2026-03-05T10:30:00.000Z',
      updatedBy: 'Annan Administratör',
    };
    fireEvent.change(minutes, { target: { value: '250' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Spara ramverket' }));

    const alert = await within(panel).findByRole('alert');
    expect(alert.textContent).toContain('Version 2 sparades av Annan Administratör');
    expect((minutes as HTMLInputElement).value).toBe('250');
    expect(api.frame.update).toHaveBeenCalledWith(expect.objectContaining({ expectedVersion: 1 }));

    fireEvent.click(within(alert).getByRole('button', { name: /Läs in version 2/ }));
    expect((within(panel).getByLabelText(MINUTES) as HTMLInputElement).value).toBe('280');
    expect(within(panel).queryByRole('alert')).toBeNull();
  });

  it('saves the edits over the other version when asked to', async () => {
    const { api, state } = renderNational();
    const panel = await openTab('Nationellt ramverk');
    const minutes = await within(panel).findByLabelText(MINUTES);
    state.frame = { ...state.frame, version: 2, updatedBy: 'Annan Administratör' };
    fireEvent.change(minutes, { target: { value: '250' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Spara ramverket' }));
    const alert = await within(panel).findByRole('alert');
    fireEvent.click(
      within(alert).getByRole('button', { name: /Spara dina ändringar över version 2/ }),
    );

    expect(await within(panel).findByText('Version 3 gäller nu.', { exact: false })).toBeTruthy();
    expect(api.frame.update).toHaveBeenLastCalledWith(
      expect.objectContaining({
        expectedVersion: 2,
        frame: expect.objectContaining({ maxChainMinutes: 250 }),
      }),
    );
    expect(state.frame.frame.maxChainMinutes).toBe(250);
  });

  it('shows the server’s problem at the field it names', async () => {
    const { api } = renderNational();
    api.frame.update.mockRejectedValueOnce(
      trpcError('BAD_REQUEST', 'Invalid input', [
        { path: 'frame.maxChainMinutes', message: 'expected at most 600 minutes' },
      ]),
    );
    const panel = await openTab('Nationellt ramverk');
    fireEvent.change(await within(panel).findByLabelText(MINUTES), { target: { value: '900' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Spara ramverket' }));
    expect(
      await within(panel).findByText('Servern godtog inte värdet: expected at most 600 minutes'),
    ).toBeTruthy();
    expect(within(panel).getByLabelText(MINUTES).getAttribute('aria-invalid')).toBe('true');
  });
});
