import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { VisitDto } from '@motesplats/contracts';
import {
  CaseworkerKitProvider,
  DayBoard,
  DayQueue,
  StepWorkspace,
  type DetailEditorProps,
} from '../src/index.js';
import {
  checklist,
  fakeTrpcFetch,
  household,
  item,
  queueItem,
  seriousViolations,
} from '../src/testing/index.js';

function Kit({ children }: { children: ReactNode }) {
  return (
    <CaseworkerKitProvider
      trpcUrl="https://gateway.test/trpc"
      agency="af"
      locationId="demo"
      caseworkerId="u1"
    >
      {children}
    </CaseworkerKitProvider>
  );
}

describe('DayQueue', () => {
  it('lists my queue with step, turn and risk flags, and opens a visit', async () => {
    const fetch = fakeTrpcFetch({ 'visits.myQueue': { data: [queueItem()] } });
    vi.stubGlobal('fetch', fetch);
    const onSelect = vi.fn();

    const { container } = render(
      <Kit>
        <DayQueue onSelect={onSelect} />
      </Kit>,
    );

    const table = await screen.findByRole('table', { name: 'Min kö idag' });
    const row = within(table).getByRole('row', { name: /HH-0042/ });
    expect(row.textContent).toContain('Testa Exempelsson, Prova Exempelsson');
    expect(row.textContent).toContain('09:00–10:30');
    expect(row.textContent).toContain('Spår 1');
    expect(row.textContent).toContain('Steg 2 av 3: Arbetsförmedlingen');
    expect(row.textContent).toContain('Din tur nu');
    expect(row.textContent).toContain('Tillståndskort inte klart');

    fireEvent.click(within(row).getByRole('button', { name: 'Öppna HH-0042' }));
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ id: queueItem().id }));

    const [url, init] = fetch.mock.calls[0]!;
    expect(String(url)).toMatch(/^https:\/\/gateway\.test\/trpc\/visits\.myQueue\?/);
    expect(init?.credentials).toBe('include');
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('polls: a visit added on the server appears without a reload', async () => {
    const later = queueItem({
      id: 'second',
      household: { ...queueItem().household, reference: 'HH-0099' },
      readyForMe: false,
    });
    const fetch = fakeTrpcFetch({
      'visits.myQueue': (_input, call) => ({
        data: call === 0 ? [queueItem()] : [queueItem(), later],
      }),
    });
    vi.stubGlobal('fetch', fetch);

    render(
      <Kit>
        <DayQueue onSelect={() => {}} pollIntervalMs={30} />
      </Kit>,
    );

    await screen.findByRole('row', { name: /HH-0042/ });
    expect(screen.queryByRole('row', { name: /HH-0099/ })).toBeNull();
    const row = await screen.findByRole('row', { name: /HH-0099/ });
    expect(row.textContent).toContain('Väntar');
    expect(fetch.callsOf('visits.myQueue')).toBeGreaterThanOrEqual(2);
  });
});

describe('StepWorkspace', () => {
  it('shows members with their target group and completes the step, naming the next meeting', async () => {
    const visit = queueItem();
    const completed: VisitDto = {
      ...visit,
      version: 5,
      currentStep: 2,
      steps: visit.steps.map((s) => (s.index === 1 ? { ...s, status: 'completed' } : s)),
    };
    const fetch = fakeTrpcFetch({
      'newcomers.get': { data: household() },
      'checklist.get': { data: checklist() },
      'visits.completeStep': { data: completed },
      'visits.myQueue': { data: [] },
    });
    vi.stubGlobal('fetch', fetch);

    const { container } = render(
      <Kit>
        <StepWorkspace visit={visit} step={visit.myStep} />
      </Kit>,
    );

    expect(await screen.findByText('Testa har uppehållstillstånd som flykting.')).toBeTruthy();
    expect(screen.getAllByText(/I målgruppen – etableringsprogrammet/)).toHaveLength(2);
    expect(
      await screen.findByRole('heading', {
        name: 'Inskrivning hos Arbetsförmedlingen – Testa Exempelsson',
      }),
    ).toBeTruthy();
    expect(
      (screen.getByRole('button', { name: 'Starta steg' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(await seriousViolations(container)).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Klart – gå vidare' }));

    const done = await screen.findByText(/Nästa möte:/);
    expect(done.textContent).toBe('Nästa möte: Försäkringskassan, rum C3 kl. 10:00.');
    const [input] = fetch.inputsOf('visits.completeStep') as Record<string, unknown>[];
    expect(input).toMatchObject({
      visitId: visit.id,
      expectedVersion: 4,
      step: 1,
      actor: 'af',
    });
    expect(input?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('saves status, note and details under the version seen, and keeps the edits on a conflict', async () => {
    const fetch = fakeTrpcFetch({
      'newcomers.get': { data: household() },
      'checklist.get': (_input, call) => ({
        data: checklist({
          items: [item(call === 0 ? {} : { status: 'done', note: 'Klart i förväg', version: 2 })],
        }),
      }),
      'checklist.updateItem': {
        error: { code: 'CONFLICT', httpStatus: 409, message: 'version 1 is stale' },
      },
    });
    vi.stubGlobal('fetch', fetch);
    const visit = queueItem();
    function FlagEditor({ details, onChange }: DetailEditorProps) {
      return (
        <label>
          <input
            type="checkbox"
            checked={details.flag === true}
            onChange={(e) => onChange({ ...details, flag: e.target.checked })}
          />
          Flagga
        </label>
      );
    }

    const { container } = render(
      <Kit>
        <StepWorkspace
          visit={visit}
          step={visit.myStep}
          detailEditors={{ 'jobseeker-registration': FlagEditor }}
        />
      </Kit>,
    );

    const card = await screen.findByTestId('item-jobseeker-registration');
    const select = within(card).getByLabelText('Status') as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'follow-up' } });
    fireEvent.click(within(card).getByLabelText('Flagga'));
    fireEvent.change(within(card).getByLabelText('Anteckning'), {
      target: { value: 'Ring tillbaka' },
    });
    fireEvent.click(within(card).getByRole('button', { name: 'Spara' }));

    const alert = await within(card).findByRole('alert');
    expect(alert.textContent).toContain('Punkten har ändrats av någon annan');
    expect(fetch.inputsOf('checklist.updateItem')[0]).toMatchObject({
      householdId: visit.householdId,
      itemId: 'af:jobseeker-registration:m1',
      expectedVersion: 1,
      status: 'follow-up',
      note: 'Ring tillbaka',
      details: { flag: true },
    });
    // The other person's save is shown; nothing the caseworker typed is lost.
    await waitFor(() => expect(alert.textContent).toContain('Sparat nu: Klar'));
    expect(select.value).toBe('follow-up');
    expect((within(card).getByLabelText('Anteckning') as HTMLInputElement).value).toBe(
      'Ring tillbaka',
    );
    expect(await seriousViolations(container)).toEqual([]);

    // Saving again is checked against the version now shown.
    fireEvent.click(within(card).getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(fetch.inputsOf('checklist.updateItem')).toHaveLength(2));
    expect(fetch.inputsOf('checklist.updateItem')[1]).toMatchObject({ expectedVersion: 2 });
  });

  it("shows only the count of other agencies' hidden items", async () => {
    vi.stubGlobal(
      'fetch',
      fakeTrpcFetch({
        'newcomers.get': { data: household() },
        'checklist.get': { data: checklist({ hiddenCount: 3 }) },
      }),
    );
    const visit = queueItem();

    render(
      <Kit>
        <StepWorkspace visit={visit} step={visit.myStep} />
      </Kit>,
    );

    expect(await screen.findByText('3 dolda punkter (kräver samtycke)')).toBeTruthy();
    expect(screen.queryByText(/Försäkringskassan:/)).toBeNull();
  });

  it("lists other agencies' items read-only when they are visible", async () => {
    vi.stubGlobal(
      'fetch',
      fakeTrpcFetch({
        'newcomers.get': { data: household() },
        'checklist.get': {
          data: checklist({
            items: [
              item(),
              item({
                id: 'fk:apply',
                actor: 'fk',
                code: 'apply',
                status: 'done',
                label: { sv: 'Ansökan om etableringsersättning', en: 'Apply' },
              }),
            ],
          }),
        },
      }),
    );
    const visit = queueItem();

    render(
      <Kit>
        <StepWorkspace visit={visit} step={visit.myStep} />
      </Kit>,
    );

    const other = await screen.findByText(/Försäkringskassan: Ansökan om etableringsersättning/);
    expect(other.textContent).toContain('Klar');
    expect(screen.queryByTestId('item-apply')).toBeNull();
    expect(screen.queryByText(/dolda punkter/)).toBeNull();
  });
});

describe('DayBoard', () => {
  it('marks a video step in the chain', async () => {
    const visit = queueItem();
    const byVideo = {
      ...visit,
      steps: visit.steps.map((s) => (s.actor === 'fk' ? { ...s, mode: 'video' as const } : s)),
    };
    vi.stubGlobal('fetch', fakeTrpcFetch({ 'visits.day': { data: [byVideo] } }));
    render(
      <Kit>
        <DayBoard date="2026-11-23" />
      </Kit>,
    );
    const row = await screen.findByRole('row', { name: /HH-0042/ });
    expect(row.textContent).toContain('MV → AF → FK (video)');
  });

  it("lists the location's visits with the current step, who holds it and risk flags", async () => {
    const visit = queueItem();
    const held = {
      ...visit,
      steps: visit.steps.map((s) =>
        s.index === 1
          ? { ...s, heldBy: { caseworkerId: 'u1', name: 'Anna Testdemo', since: '09:31' } }
          : s,
      ),
    };
    const fetch = fakeTrpcFetch({ 'visits.day': { data: [held] } });
    vi.stubGlobal('fetch', fetch);

    const { container } = render(
      <Kit>
        <DayBoard date="2026-11-23" />
      </Kit>,
    );

    const table = await screen.findByRole('table', { name: 'Dagens besök' });
    const row = within(table).getByRole('row', { name: /HH-0042/ });
    expect(row.textContent).toContain('09:00–10:30');
    expect(row.textContent).toContain('Arbetsförmedlingen (hålls av Anna Testdemo)');
    expect(row.textContent).toContain('Pågår');
    expect(row.textContent).toContain('MV → AF → FK');
    expect(row.textContent).toContain('Tillståndskort inte klart');
    expect(row.querySelector('[data-status="at-risk"]')).not.toBeNull();
    expect(fetch.inputsOf('visits.day')[0]).toEqual({ locationId: 'demo', date: '2026-11-23' });
    expect(await seriousViolations(container)).toEqual([]);
  });
});
