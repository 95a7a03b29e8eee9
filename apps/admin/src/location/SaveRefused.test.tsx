import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { createFakeAdminApi } from './test/fake-admin-api';
import { renderLocationAdmin } from './test/render-admin';

describe('LocationAdmin when the gateway refuses a save', () => {
  it('keeps the draft and shows the message with its fields', async () => {
    const fake = createFakeAdminApi();
    // Without the frame the view cannot check it live; the gateway still does, on save.
    fake.api.frame.get = () => Promise.reject(new Error('frame.get is not deployed yet'));
    await renderLocationAdmin(fake);
    screen.getByText(/Kunde inte hämta det nationella ramverket/);

    fireEvent.click(screen.getByRole('tab', { name: /^Spår/ }));
    const mode = within(screen.getByTestId('chain-step-1-0')).getByLabelText<HTMLSelectElement>(
      'Mötesform',
    );
    fireEvent.change(mode, { target: { value: 'video' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));

    const refused = await screen.findByText('Konfigurationen sparades inte');
    const alert = refused.closest('[role="alert"]')!;
    expect(alert.textContent).toContain('Spår 1 › steg 1 › mötesform');
    expect(alert.textContent).toContain('Expected Migrationsverket (mv) to meet in person');
    expect(fake.saves).toHaveLength(1);
    expect(fake.state.version).toBe(1);
    expect(mode.value).toBe('video');
  }, 20_000);
});
