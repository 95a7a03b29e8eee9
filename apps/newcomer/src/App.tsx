import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError } from './api';
import {
  I18nContext,
  initialLocale,
  loadCatalogue,
  loadLocaleMeta,
  makeI18n,
  rememberLocale,
  useI18n,
  type I18n,
  type Locale,
  type LocaleMeta,
  type MessageKey,
} from './i18n';
import { SignIn, type SignInError } from './SignIn';
import { Loading, SessionLostContext, toApiError } from './ui';
import { clearCachedData } from './offline';
import { prefetchChecklist } from './checklist-prefetch';

// Each page is its own chunk: the first download is the framework, the sign-in and the language.
const LOADERS = {
  invitation: () => import('./pages/Invitation').then((m) => ({ default: m.InvitationPage })),
  info: () => import('./pages/InfoSheet').then((m) => ({ default: m.InfoSheetPage })),
  checklist: () => import('./pages/Checklist').then((m) => ({ default: m.ChecklistPage })),
  sharing: () => import('./pages/Sharing').then((m) => ({ default: m.SharingPage })),
  'access-log': () => import('./pages/AccessLog').then((m) => ({ default: m.AccessLogPage })),
  feedback: () => import('./pages/Feedback').then((m) => ({ default: m.FeedbackPage })),
};

const PAGES = {
  invitation: { nav: 'newcomer.nav.invitation', Page: lazy(LOADERS.invitation) },
  info: { nav: 'newcomer.nav.info', Page: lazy(LOADERS.info) },
  checklist: { nav: 'newcomer.nav.checklist', Page: lazy(LOADERS.checklist) },
  sharing: { nav: 'newcomer.nav.sharing', Page: lazy(LOADERS.sharing) },
  'access-log': { nav: 'newcomer.nav.accessLog', Page: lazy(LOADERS['access-log']) },
  feedback: { nav: 'newcomer.nav.feedback', Page: lazy(LOADERS.feedback) },
} satisfies Record<string, { nav: MessageKey; Page: React.ComponentType }>;
type PageId = keyof typeof PAGES;

/**
 * Starts downloading the page the address names while the language and the sign-in load, so it
 * is there when they are (the module cache makes the later lazy() import free).
 */
export function preloadCurrentPage(): void {
  void LOADERS[pageFromHash('invitation')]().catch(() => undefined);
}

function pageFromHash(fallback: PageId): PageId {
  const id = /^#\/([\w-]+)/.exec(window.location.hash)?.[1];
  return id && id in PAGES ? (id as PageId) : fallback;
}

/** Hash routing: #/checklist etc. Other hashes (the skip link's #main) leave the page alone. */
function usePage(): PageId {
  const [page, setPage] = useState<PageId>(() => pageFromHash('invitation'));
  useEffect(() => {
    const onHash = () => setPage((current) => pageFromHash(current));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return page;
}

type Session =
  | { status: 'checking' }
  | { status: 'signed-out'; error: SignInError | null; busy: boolean }
  | { status: 'signed-in'; name: string };

/** How the page's first session check ended: a user, or the API's error. */
export type SessionStart =
  | { kind: 'code'; result: Promise<{ displayName: string }> }
  | { kind: 'cookie'; result: Promise<{ role: string; displayName: string } | null> };

/**
 * Signs in with ?code=… (the QR link) or asks who is signed in, at once: main.tsx calls this
 * before the first render, so the request travels while the language is still loading.
 */
export function startSession(): SessionStart {
  const code = takeCodeFromUrl();
  const start: SessionStart = code
    ? { kind: 'code', result: api.login({ code }) }
    : { kind: 'cookie', result: api.me() };
  // Main handles the outcome when it mounts; until then a failure is not an unhandled rejection.
  start.result.then(
    (user: { role?: string } | null) => {
      const signedIn = start.kind === 'code' || user?.role === 'newcomer';
      if (signedIn && pageFromHash('invitation') === 'checklist') prefetchChecklist();
    },
    () => undefined,
  );
  return start;
}

function signInError(error: ApiError): SignInError {
  switch (error.code) {
    case 'TOO_MANY_REQUESTS': {
      const minutes = Number(/(\d+)\s*minute/.exec(error.message)?.[1] ?? 15);
      return { key: 'newcomer.signIn.locked', params: { minutes } };
    }
    case 'UNAUTHORIZED':
    case 'BAD_REQUEST':
      return { key: 'newcomer.signIn.wrongCode' };
    case 'OFFLINE':
      return { key: 'newcomer.error.offline' };
    default:
      return { key: 'newcomer.error.generic' };
  }
}

/** Takes ?code=… (the invitation's QR code) out of the address bar, and returns it. */
function takeCodeFromUrl(): string | null {
  const url = new URL(window.location.href);
  const code = url.searchParams.get('code');
  if (code === null) return null;
  url.searchParams.delete('code');
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  return code.trim() || null;
}

function LanguagePicker({ onChange }: { onChange: (locale: Locale) => void }) {
  const { t, locale, meta } = useI18n();
  return (
    <div className="language">
      <label htmlFor="language">{t('newcomer.language.label')}</label>
      <select id="language" value={locale} onChange={(e) => onChange(e.target.value as Locale)}>
        {meta.LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {meta.LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}

function Main({
  onLocale,
  start,
}: {
  onLocale: (locale: Locale) => void;
  start: SessionStart | undefined;
}) {
  const { t } = useI18n();
  const page = usePage();
  const [session, setSession] = useState<Session>({ status: 'checking' });
  const started = useRef(false);

  const finishSignIn = useCallback(async (login: Promise<{ displayName: string }>) => {
    setSession({ status: 'signed-out', error: null, busy: true });
    try {
      const user = await login;
      setSession({ status: 'signed-in', name: user.displayName });
    } catch (error) {
      setSession({ status: 'signed-out', error: signInError(toApiError(error)), busy: false });
    }
  }, []);
  const signIn = useCallback((code: string) => finishSignIn(api.login({ code })), [finishSignIn]);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const first = start ?? startSession();
    if (first.kind === 'code') {
      void finishSignIn(first.result);
      return;
    }
    first.result.then(
      (user) =>
        setSession(
          user?.role === 'newcomer'
            ? { status: 'signed-in', name: user.displayName }
            : { status: 'signed-out', error: null, busy: false },
        ),
      (error: unknown) =>
        // Offline after an earlier visit: show what the service worker kept.
        setSession(
          toApiError(error).code === 'OFFLINE'
            ? { status: 'signed-in', name: '' }
            : { status: 'signed-out', error: null, busy: false },
        ),
    );
  }, [finishSignIn, start]);

  const sessionLost = useCallback(() => {
    void clearCachedData();
    setSession({ status: 'signed-out', error: { key: 'newcomer.error.signedOut' }, busy: false });
  }, []);

  async function signOut() {
    await api.logout().catch(() => undefined);
    await clearCachedData();
    setSession({ status: 'signed-out', error: null, busy: false });
  }

  const { Page } = PAGES[page];
  return (
    <SessionLostContext.Provider value={sessionLost}>
      <a className="skip" href="#main">
        {t('newcomer.app.skipToContent')}
      </a>
      <header className="top">
        <p className="brand">{t('newcomer.app.title')}</p>
        <LanguagePicker onChange={onLocale} />
        {session.status === 'signed-in' && (
          <button type="button" className="link" onClick={() => void signOut()}>
            {t('newcomer.signOut')}
          </button>
        )}
      </header>
      {session.status === 'signed-in' && (
        <nav aria-label={t('newcomer.nav.label')}>
          <ul>
            {(Object.keys(PAGES) as PageId[]).map((id) => (
              <li key={id}>
                <a href={`#/${id}`} aria-current={id === page ? 'page' : undefined}>
                  {t(PAGES[id].nav)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <main id="main" tabIndex={-1}>
        {session.status === 'checking' && (
          <p role="status" className="muted">
            {t('newcomer.loading')}
          </p>
        )}
        {session.status === 'signed-out' && (
          <SignIn busy={session.busy} error={session.error} onSubmit={(c) => void signIn(c)} />
        )}
        {session.status === 'signed-in' && (
          <Suspense fallback={<Loading />}>
            <Page key={page} />
          </Suspense>
        )}
      </main>
    </SessionLostContext.Provider>
  );
}

/** `start`: the session check main.tsx began before rendering; tests leave it out. */
export function App({ start }: { start?: SessionStart } = {}) {
  const [meta, setMeta] = useState<LocaleMeta | null>(null);
  const [locale, setLocale] = useState<Locale | null>(null);
  const [i18n, setI18n] = useState<I18n | null>(null);

  useEffect(() => {
    let live = true;
    void loadLocaleMeta().then((loaded) => {
      if (!live) return;
      setMeta(loaded);
      setLocale(initialLocale(loaded));
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!meta || !locale) return;
    let live = true;
    void loadCatalogue(locale).then((catalogue) => {
      if (live) setI18n(makeI18n(meta, locale, catalogue));
    });
    document.documentElement.lang = locale;
    document.documentElement.dir = meta.direction(locale);
    return () => {
      live = false;
    };
  }, [meta, locale]);

  useEffect(() => {
    if (i18n) document.title = i18n.t('newcomer.app.title');
  }, [i18n]);

  const choose = useCallback((next: Locale) => {
    rememberLocale(next);
    setLocale(next);
  }, []);

  if (!i18n) return null;
  return (
    <I18nContext.Provider value={i18n}>
      <Main onLocale={choose} start={start} />
    </I18nContext.Provider>
  );
}
