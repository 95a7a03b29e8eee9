import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { openTab, renderNational } from './test/render-national';

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

async function fillDetails(code: string) {
  await openTab('Ny ort');
  fireEvent.click(await screen.findByRole('radio', { name: /Med mobilt team/ }));
  press('Nästa');
  expect(await screen.findByRole('heading', { name: 'Steg 2 av 3: Uppgifter om orten' })).toBe(
    document.activeElement,
  );
  // A step opens without errors for fields the admin has not reached yet.
  expect(screen.getByLabelText('Kommunkod').getAttribute('aria-invalid')).toBeNull();
  type('Ortens id', 'norrby');
  type('Ortens namn', 'Mötesplats Norrby');
  type('Kommunkod', code);
  type('Kommunens namn', 'Norrby');
}

describe('NationalAdmin: Ny ort', { timeout: 20_000 }, () => {
  it('creates a location from a template and refreshes the overview', async () => {
    const { api } = renderNational();
    await fillDetails('0180');
    press('Nästa');
    const review = await screen.findByRole('heading', { name: 'Steg 3 av 3: Granska och skapa' });
    expect(review).toBe(document.activeElement);
    expect(screen.getByText('Med mobilt team')).toBeTruthy();
    expect(screen.getByRole('listitem', { current: 'step' }).textContent).toContain('Steg 3 av 3');
    press('Skapa orten');

    expect(await screen.findByText(/Mötesplats Norrby \(norrby\) är skapad/)).toBeTruthy();
    expect(api.locations.create).toHaveBeenCalledTimes(1);
    expect(api.locations.create).toHaveBeenCalledWith({
      locationId: 'norrby',
      name: 'Mötesplats Norrby',
      municipality: { code: '0180', name: 'Norrby' },
      template: 'with-mobile-team',
      idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    await waitFor(() => expect(api.locations.overview).toHaveBeenCalledTimes(2));
    const panel = await openTab('Orter');
    expect(await within(panel).findByRole('rowheader', { name: 'Mötesplats Norrby' })).toBeTruthy();
  });

  it('will not leave the first step without a template', async () => {
    renderNational();
    await openTab('Ny ort');
    await screen.findByRole('radio', { name: /Med mobilt team/ });
    press('Nästa');
    expect(screen.getByText('Välj en mall för den nya orten.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Steg 1 av 3/ })).toBeTruthy();
  });

  it('shows an invalid municipality code at its field and sends nothing', async () => {
    const { api } = renderNational();
    await fillDetails('180');
    press('Nästa');
    const field = screen.getByLabelText('Kommunkod');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Ange kommunkoden med exakt fyra siffror, t.ex. 2180.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Steg 2 av 3/ })).toBeTruthy();
    expect(api.locations.create).not.toHaveBeenCalled();
  });

  it('puts the server’s conflict at the id field', async () => {
    const { api } = renderNational();
    await fillDetails('0180');
    type('Ortens id', 'demo');
    press('Nästa');
    await screen.findByRole('heading', { name: /Steg 3 av 3/ });
    press('Skapa orten');
    expect(await screen.findByText(/Det finns redan en ort med id ”demo”/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Steg 2 av 3/ })).toBeTruthy();
    expect(screen.getByLabelText('Ortens id').getAttribute('aria-invalid')).toBe('true');
    expect(api.locations.create).toHaveBeenCalledTimes(1);
  });
});
