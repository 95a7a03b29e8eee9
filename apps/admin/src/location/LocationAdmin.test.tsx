import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { seriousViolations } from '@motesplats/caseworker-kit/testing';
import { createFakeAdminApi } from './test/fake-admin-api';
import { renderLocationAdmin } from './test/render-admin';

const SLOW = 20_000;

const chainOf = (track: string) =>
  within(screen.getByTestId(`preview-chain-${track}`))
    .getAllByRole('listitem')
    .map((li) => li.textContent?.split(' – ')[0]);

const saveButton = () => screen.getByRole<HTMLButtonElement>('button', { name: 'Spara' });

/** Panels of tabs not selected are hidden, and role queries skip hidden elements. */
const openTab = (name: RegExp) => fireEvent.click(screen.getByRole('tab', { name }));

/** What a screen reader reads after the name: the texts aria-describedby points at. */
const description = (element: Element) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

const moveAfDownInTrack2 = () => {
  openTab(/^Spår/);
  fireEvent.click(
    screen.getByRole('button', { name: 'Flytta ned steg 1, Arbetsförmedlingen, i spår 2' }),
  );
};

describe('LocationAdmin', () => {
  it(
    'moves a step down, previews the new order and saves it under the version loaded',
    async () => {
      const fake = createFakeAdminApi();
      await renderLocationAdmin(fake);
      expect(saveButton().disabled).toBe(true);

      moveAfDownInTrack2();
      openTab(/^Förhandsvisning/);
      expect(chainOf('2')).toEqual([
        'Försäkringskassan',
        'Arbetsförmedlingen',
        'Pensionsmyndigheten',
        'Skatteverket',
        'Kommunen',
      ]);
      // The sample day comes from the day planner once the draft has rested.
      await waitFor(() => {
        const day = screen.getByRole('table', { name: /Exempelhushåll 2: spår 2/ });
        expect(within(day).getAllByRole('row')[1]?.textContent).toBe(
          '09:00–09:30FörsäkringskassanRum 1På plats',
        );
      });

      await waitFor(() => expect(saveButton().disabled).toBe(false));
      fireEvent.click(saveButton());
      await screen.findByText('Version 2 är sparad.');
      expect(fake.saves).toHaveLength(1);
      expect(fake.saves[0]?.expectedVersion).toBe(1);
      expect(fake.saves[0]?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
      const saved = fake.saves[0]?.config as {
        tracks: Record<string, { chain: { actor: string }[] }>;
      };
      expect(saved.tracks['2']?.chain.map((step) => step.actor)).toEqual([
        'fk',
        'af',
        'pm',
        'skv',
        'kommun',
      ]);
      expect(saveButton().disabled).toBe(true);
    },
    SLOW,
  );

  it(
    'shows an invalid number of minutes at its field and sends nothing',
    async () => {
      const fake = createFakeAdminApi();
      await renderLocationAdmin(fake);
      const step = screen.getByTestId('chain-step-1-1');
      const minutes = within(step).getByLabelText('Minuter');

      fireEvent.change(minutes, { target: { value: '0' } });
      await waitFor(() => expect(minutes.getAttribute('aria-invalid')).toBe('true'));
      expect(description(minutes)).toBe('Ange minst 5 minuter.');
      screen.getByRole('tab', { name: 'Spår (1 fel)' });
      expect(saveButton().disabled).toBe(true);

      fireEvent.change(minutes, { target: { value: 'abc' } });
      await waitFor(() => expect(description(minutes)).toBe('Ange ett heltal.'));
      fireEvent.click(saveButton());
      fireEvent.submit(saveButton().closest('form')!);
      expect(fake.saves).toHaveLength(0);

      fireEvent.change(minutes, { target: { value: '45' } });
      await waitFor(() => expect(minutes.getAttribute('aria-invalid')).toBeNull());
      expect(saveButton().disabled).toBe(false);
    },
    SLOW,
  );

  it(
    'lists a rule with no field of its own in the error summary, and frame problems apart',
    async () => {
      const fake = createFakeAdminApi();
      await renderLocationAdmin(fake);
      openTab(/^Spår/);
      for (const track of ['1', '2', '3']) {
        fireEvent.click(screen.getByRole('checkbox', { name: `Spår ${track} erbjuds` }));
      }
      const summary = await screen.findByTestId('error-summary');
      expect(summary.textContent).toContain('Minst ett spår måste erbjudas.');
      expect(summary.closest('[role="alert"]')).not.toBeNull();
      fireEvent.click(screen.getByRole('checkbox', { name: 'Spår 1 erbjuds' }));
      await waitFor(() => expect(screen.queryByTestId('error-summary')).toBeNull());

      // Migrationsverket by video breaks the default frame (in person only).
      const mode = within(screen.getByTestId('chain-step-1-0')).getByLabelText('Mötesform');
      fireEvent.change(mode, { target: { value: 'video' } });
      const frame = await screen.findByTestId('frame-problems');
      expect(frame.textContent).toContain(
        'Det nationella ramverket kräver att Migrationsverket möter den nyanlända på plats.',
      );
      expect(mode.getAttribute('aria-invalid')).toBe('true');
      expect(saveButton().disabled).toBe(true);
    },
    SLOW,
  );

  it(
    'on a conflict keeps the draft, shows the other change and can save over it',
    async () => {
      const fake = createFakeAdminApi();
      await renderLocationAdmin(fake);
      moveAfDownInTrack2();
      fake.saveAsSomeoneElse((config) => ({
        ...config,
        rooms: config.rooms.map((room, i) => (i === 0 ? { ...room, name: 'Stora rummet' } : room)),
      }));

      await waitFor(() => expect(saveButton().disabled).toBe(false));
      fireEvent.click(saveButton());
      const conflict = await screen.findByTestId('conflict');
      expect(
        within(conflict).getByRole('heading', { name: /Någon annan har sparat version 2/ })
          .textContent,
      ).toContain('Annan Administratör');
      const theirs = within(conflict).getByRole('table', { name: /Deras ändringar/ });
      const row = within(theirs).getByRole('rowheader', { name: 'Rum 1 › namn' }).closest('tr')!;
      expect(row.textContent).toBe('Rum 1 › namnRum 1Stora rummet');
      // The draft is still there.
      openTab(/^Förhandsvisning/);
      expect(chainOf('2')[0]).toBe('Försäkringskassan');

      fireEvent.click(within(conflict).getByRole('button', { name: 'Spara över deras version' }));
      await screen.findByText('Version 3 är sparad.');
      expect(fake.saves.map((save) => save.expectedVersion)).toEqual([1, 2]);
      expect(screen.queryByTestId('conflict')).toBeNull();
    },
    SLOW,
  );

  it(
    'on a conflict can load their version instead',
    async () => {
      const fake = createFakeAdminApi();
      await renderLocationAdmin(fake);
      moveAfDownInTrack2();
      fake.saveAsSomeoneElse((config) => ({ ...config, infoSheetLanguages: ['sv', 'en'] }));
      await waitFor(() => expect(saveButton().disabled).toBe(false));
      fireEvent.click(saveButton());
      const conflict = await screen.findByTestId('conflict');
      fireEvent.click(within(conflict).getByRole('button', { name: 'Ladda om deras version' }));

      await screen.findByText('Version 2 är inläst.');
      openTab(/^Språk/);
      expect(
        screen.getByRole<HTMLInputElement>('checkbox', { name: 'Arabiska (ar)' }).checked,
      ).toBe(false);
      openTab(/^Förhandsvisning/);
      expect(chainOf('2')[0]).toBe('Arbetsförmedlingen');
      expect(saveButton().disabled).toBe(true);
    },
    SLOW,
  );

  it(
    'shows the history with each change and restores an old version into the draft',
    async () => {
      const fake = createFakeAdminApi();
      fake.saveAsSomeoneElse((config) => ({
        ...config,
        tracks: {
          ...config.tracks,
          '1': {
            ...config.tracks['1'],
            chain: config.tracks['1'].chain.map((s, i) => (i === 1 ? { ...s, minutes: 50 } : s)),
          },
        },
      }));
      await renderLocationAdmin(fake);
      const minutes = within(screen.getByTestId('chain-step-1-1')).getByLabelText<HTMLInputElement>(
        'Minuter',
      );
      expect(minutes.value).toBe('50');

      openTab(/^Historik/);
      const latest = await screen.findByTestId('revision-2');
      expect(within(latest).getByRole('heading').textContent).toContain('Annan Administratör');
      const diff = within(latest).getByRole('table', { name: 'Version 1 → 2' });
      expect(within(diff).getByRole('rowheader').closest('tr')?.textContent).toBe(
        'Spår 1 › steg 2 › minuter6050',
      );

      fireEvent.click(screen.getByRole('button', { name: 'Återställ version 1' }));
      // A reset draws the chain's rows anew, so the field is looked up again.
      await waitFor(() =>
        expect(
          within(screen.getByTestId('chain-step-1-1')).getByLabelText<HTMLInputElement>('Minuter')
            .value,
        ).toBe('60'),
      );
      await waitFor(() => expect(saveButton().disabled).toBe(false));
      fireEvent.click(saveButton());
      await screen.findByText('Version 3 är sparad.');
      expect(fake.saves[0]?.expectedVersion).toBe(2);
      expect(fake.state.config.tracks['1'].chain[1]?.minutes).toBe(60);
    },
    SLOW,
  );

  it(
    'has no serious or critical accessibility violations',
    async () => {
      const fake = createFakeAdminApi();
      const { container } = await renderLocationAdmin(fake);
      expect(await seriousViolations(container)).toEqual([]);
    },
    SLOW,
  );
});
