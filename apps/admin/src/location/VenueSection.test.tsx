import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createFakeAdminApi } from './test/fake-admin-api';
import { renderLocationAdmin } from './test/render-admin';

const SLOW = 20_000;
const saveButton = () => screen.getByRole<HTMLButtonElement>('button', { name: 'Spara' });

describe('LocationAdmin: Ort och lokal', () => {
  it(
    'edits the directions the invitation shows, and saves them',
    async () => {
      const fake = createFakeAdminApi();
      await renderLocationAdmin(fake);
      const panel = screen.getByRole('tabpanel', { name: 'Ort och lokal' });
      const directions = within(panel).getByLabelText('Vägbeskrivning');
      fireEvent.change(directions, {
        target: { value: 'Gå in från parkeringen, den gröna dörren. Inte kommunhuset.' },
      });
      await waitFor(() => expect(saveButton().disabled).toBe(false));
      fireEvent.click(saveButton());
      await screen.findByText('Version 2 är sparad.');
      const saved = fake.saves[0]?.config as { venue: { address: { directions: string } } };
      expect(saved.venue.address.directions).toBe(
        'Gå in från parkeringen, den gröna dörren. Inte kommunhuset.',
      );
    },
    SLOW,
  );

  it(
    'shows a wrong postal code at its field, counts it on the tab and saves nothing',
    async () => {
      const fake = createFakeAdminApi();
      await renderLocationAdmin(fake);
      const panel = screen.getByRole('tabpanel', { name: 'Ort och lokal' });
      const postalCode = within(panel).getByLabelText('Postnummer');
      fireEvent.change(postalCode, { target: { value: '12345' } });
      await waitFor(() => expect(postalCode.getAttribute('aria-invalid')).toBe('true'));
      expect(screen.getByRole('tab', { name: 'Ort och lokal (1 fel)' })).toBeTruthy();
      expect(saveButton().disabled).toBe(true);
      expect(fake.saves).toHaveLength(0);
    },
    SLOW,
  );
});
