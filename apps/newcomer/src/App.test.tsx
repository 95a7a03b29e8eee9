import { describe, expect, it, vi } from 'vitest';
import { render, screen, fireEvent, waitFor, within } from '@testing-library/react';
import {
  fakeTrpcFetch,
  seriousViolations,
  type FakeProcedure,
} from '@motesplats/caseworker-kit/testing';
import { App } from './App';
import { CACHED_AT_HEADER } from './api';
import { checklist, grant, invitation, ME } from './test/fixtures';

const unauthorized = {
  error: { code: 'UNAUTHORIZED', httpStatus: 401, message: 'code: the code is not right' },
};

function gateway(procedures: Record<string, FakeProcedure> = {}) {
  const fetch = fakeTrpcFetch({
    'auth.me': { data: ME },
    'auth.logout': { data: { ok: true } },
    'newcomer.invitation': { data: invitation },
    'newcomer.checklist': { data: checklist },
    'checklist.grants': { data: [grant] },
    'checklist.grant': { data: grant },
    'checklist.revoke': { data: { ...grant, active: false, revokedAt: grant.until } },
    'audit.forNewcomer': {
      data: [
        {
          at: '2026-12-01T09:10:00.000Z',
          who: { name: 'Kim Handläggare', role: 'caseworker', agency: 'af' },
          procedure: 'checklist.get',
          action: 'read',
          outcome: 'allowed',
        },
        {
          at: '2026-12-01T09:00:00.000Z',
          who: { name: null, role: 'newcomer', agency: null },
          procedure: 'newcomer.login',
          action: 'read',
          outcome: 'allowed',
        },
      ],
    },
    ...procedures,
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function startIn(language: string, hash = '') {
  localStorage.setItem('motesplats.newcomer.locale', language);
  window.history.replaceState(null, '', `/newcomer/${hash}`);
  return render(<App />);
}

describe('signing in', () => {
  it('signs in with the code from the QR link and removes it from the address bar', async () => {
    const fetch = gateway({ 'auth.me': { data: null }, 'newcomer.login': { data: ME } });
    localStorage.setItem('motesplats.newcomer.locale', 'en');
    window.history.replaceState(null, '', '/newcomer/?code=ABCD-EFGH-JKLM-NPQR');
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: invitation.title })).toBeTruthy();
    expect(window.location.search).toBe('');
    expect(fetch.inputsOf('newcomer.login')).toEqual([{ code: 'ABCD-EFGH-JKLM-NPQR' }]);
    expect(fetch.inputsOf('newcomer.invitation')).toEqual([{ language: 'en' }]);
  });

  it('says clearly when the code is wrong, and when too many tries locked it', async () => {
    gateway({
      'auth.me': { data: null },
      'newcomer.login': (_input, call) =>
        call === 0
          ? unauthorized
          : {
              error: {
                code: 'TOO_MANY_REQUESTS',
                httpStatus: 429,
                message: 'Too many wrong codes. Try again in 12 minutes.',
              },
            },
    });
    startIn('en');
    const input = await screen.findByLabelText('Personal code');
    fireEvent.input(input, { target: { value: 'WRONG-CODE' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/The code is not right/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Wait 12 minutes/));
  });

  it('asks for the code when the field is empty, in Swedish', async () => {
    gateway({ 'auth.me': { data: null } });
    startIn('sv');
    fireEvent.click(await screen.findByRole('button', { name: 'Logga in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Skriv koden från kallelsen.');
  });

  it('has no serious accessibility problems on the sign-in page, in Arabic', async () => {
    gateway({ 'auth.me': { data: null } });
    const { container } = startIn('ar');
    await screen.findByLabelText('الرمز الشخصي');
    expect(await seriousViolations(container)).toEqual([]);
  });
});

describe('language', () => {
  it('starts in the browser’s language, writes Arabic right to left, and remembers a choice', async () => {
    gateway();
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ar-SE', 'en']);
    window.history.replaceState(null, '', '/newcomer/');
    render(<App />);
    await screen.findByRole('navigation');
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    fireEvent.change(screen.getByLabelText('اللغة'), { target: { value: 'ti' } });
    await screen.findByLabelText('ቋንቋ');
    expect(document.documentElement.dir).toBe('ltr');
    expect(localStorage.getItem('motesplats.newcomer.locale')).toBe('ti');
  });

  it('maps Persian to Dari, right to left', async () => {
    gateway();
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fa-AF']);
    render(<App />);
    await screen.findByRole('navigation');
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['prs', 'rtl']);
  });
});

describe('the pages', () => {
  it('shows the invitation: when, the full address, whom they meet, what to bring', async () => {
    gateway();
    const { container } = startIn('en', '#/invitation');
    await screen.findByRole('heading', { level: 1, name: invitation.title });
    expect(screen.getByText(invitation.when)).toBeTruthy();
    expect(container.querySelector('address')?.textContent).toContain('Storgatan 1');
    expect(screen.getByText(/Go to exactly this address/)).toBeTruthy();
    expect(screen.getByText(invitation.duration)).toBeTruthy();
    expect(screen.getByText('the Swedish Public Employment Service')).toBeTruthy();
    expect(screen.getByText(/passport/)).toBeTruthy();
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('shows every actor’s meeting on the info sheet', async () => {
    gateway();
    const { container } = startIn('so', '#/info');
    await screen.findByRole('heading', { level: 1, name: 'Maxay kulamadu ku saabsan yihiin?' });
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(6);
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('shows the checklist per member, what is left, notes and what comes after the day', async () => {
    gateway();
    const { container } = startIn('en', '#/checklist');
    expect(await screen.findByText('2 items left to do')).toBeTruthy();
    const amina = screen.getByRole('region', { name: 'Amina Testsson' });
    expect(within(amina).getByText('Decision notified')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'The whole household' })).toBeTruthy();
    const after = screen.getByRole('region', { name: 'After the day' });
    expect(within(after).getByText('Personal identity number')).toBeTruthy();
    expect(within(after).getByText(/Letter comes by post/)).toBeTruthy();
    expect(screen.queryByText(/You are offline/)).toBeNull();
    expect(await seriousViolations(container)).toEqual([]);
  });

  it("names a known item in the reader's language, not in the server's Swedish or English", async () => {
    const sfi = {
      ...checklist.items[3]!,
      id: 'kommun:sfi-registration:m1',
      code: 'sfi-registration',
    };
    gateway({ 'newcomer.checklist': { data: { ...checklist, items: [sfi] } } });
    startIn('ar', '#/checklist');
    const label = await screen.findByText('التسجيل في SFI (اللغة السويدية للمهاجرين)');
    expect(label.getAttribute('lang')).toBe('ar');
    expect(screen.queryByText('SFI registration')).toBeNull();
  });

  it('shows “last updated” when the checklist comes from the offline cache', async () => {
    const fake = fakeTrpcFetch({
      'auth.me': { data: ME },
      'newcomer.checklist': { data: checklist },
    });
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await fake(input, init);
      if (!String(input).includes('newcomer.checklist')) return response;
      const headers = new Headers(response.headers);
      headers.set(CACHED_AT_HEADER, '2026-12-01T10:30:00.000Z');
      return new Response(await response.text(), { status: 200, headers });
    });
    startIn('en', '#/checklist');
    expect((await screen.findByText(/You are offline. Last updated/)).textContent).toMatch(/2026/);
  });

  it('shows the checklist offline even when the session cannot be checked', async () => {
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      if (String(input).includes('auth.me')) throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify([{ result: { data: checklist } }]), {
        headers: {
          'content-type': 'application/json',
          [CACHED_AT_HEADER]: '2026-12-01T10:30:00.000Z',
        },
      });
    });
    startIn('en', '#/checklist');
    expect(await screen.findByText(/Last updated/)).toBeTruthy();
  });

  it('grants and revokes access, each with an idempotency key', async () => {
    const fetch = gateway();
    const { container } = startIn('en', '#/sharing');
    await screen.findByText(/can see your list until/);
    expect(await seriousViolations(container)).toEqual([]);
    fireEvent.change(screen.getByLabelText('Who'), { target: { value: 'fk' } });
    fireEvent.change(screen.getByLabelText('For how long'), { target: { value: 'month' } });
    fireEvent.click(screen.getByRole('button', { name: 'Give access' }));
    await screen.findByText(/can now see your list/);
    const [sent] = fetch.inputsOf('checklist.grant') as Array<{
      grantee: string;
      until: string;
      idempotencyKey: string;
    }>;
    expect(sent?.grantee).toBe('fk');
    expect(sent?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Date(sent!.until).getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 3600 * 1000);
    fireEvent.click(
      await screen.findByRole('button', {
        name: /Take back access for the Swedish Public Employment Service/i,
      }),
    );
    await screen.findByText(/can no longer see your list/);
    expect(fetch.inputsOf('checklist.revoke')).toEqual([
      { grantId: grant.id, idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/) },
    ]);
  });

  it('lists who has looked at the data', async () => {
    gateway();
    const { container } = startIn('en', '#/access-log');
    expect(await screen.findByText('2 events')).toBeTruthy();
    expect(screen.getByText('Kim Handläggare')).toBeTruthy();
    expect(screen.getByText('You')).toBeTruthy();
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('sends feedback, and copes when the gateway does not take feedback yet', async () => {
    gateway({
      'newcomer.feedback': {
        error: { code: 'NOT_FOUND', httpStatus: 404, message: 'No procedure' },
      },
    });
    const { container } = startIn('en', '#/feedback');
    await screen.findByRole('heading', { level: 1, name: 'Tell us about the day' });
    expect(await seriousViolations(container)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Choose how the day was.');
    fireEvent.click(screen.getByLabelText('4 of 5'));
    fireEvent.input(screen.getByLabelText(/tell us more/), { target: { value: 'Good' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText(/Feedback cannot be given here yet/)).toBeTruthy();
  });

  it('says so when feedback was already sent, or the visit has not happened yet', async () => {
    gateway({
      'newcomer.feedback': (_input, call) => ({
        error:
          call === 0
            ? { code: 'CONFLICT', httpStatus: 409, message: 'already sent' }
            : { code: 'PRECONDITION_FAILED', httpStatus: 412, message: 'no completed visit' },
      }),
    });
    startIn('sv', '#/feedback');
    fireEvent.click(await screen.findByLabelText('3 av 5'));
    fireEvent.click(screen.getByRole('button', { name: 'Skicka' }));
    expect(await screen.findByText(/Du har redan tyckt till/)).toBeTruthy();
  });

  it('thanks for feedback the gateway accepted', async () => {
    const fetch = gateway({
      'newcomer.feedback': {
        data: {
          id: 'f1',
          visitId: null,
          rating: 5,
          comment: '',
          language: 'ar',
          createdAt: '2026-12-01T15:00:00Z',
        },
      },
    });
    startIn('ar', '#/feedback');
    fireEvent.click(await screen.findByLabelText(/جيد جداً/));
    fireEvent.click(screen.getByRole('button', { name: 'إرسال' }));
    expect(await screen.findByText('شكراً لك على رأيك!')).toBeTruthy();
    expect(fetch.inputsOf('newcomer.feedback')).toEqual([
      { rating: 5, comment: '', language: 'ar', idempotencyKey: expect.any(String) },
    ]);
  });

  it('signs out when the session has gone', async () => {
    gateway({ 'newcomer.checklist': unauthorized });
    startIn('en', '#/checklist');
    expect(await screen.findByText(/You have been signed out/)).toBeTruthy();
    expect(screen.getByLabelText('Personal code')).toBeTruthy();
  });
});
