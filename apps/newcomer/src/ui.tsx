import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { ApiError } from './api';
import { useI18n, type MessageKey } from './i18n';

export const ACTORS = ['mv', 'af', 'fk', 'pm', 'skv', 'kommun'] as const;
export type Actor = (typeof ACTORS)[number];

export function isActor(value: unknown): value is Actor {
  return typeof value === 'string' && (ACTORS as readonly string[]).includes(value);
}

/** An actor's name in the reader's language, capitalised where the script has case. */
export function useActorName() {
  const { t, locale } = useI18n();
  return (actor: Actor) => {
    const name = t(`actor.${actor}` as MessageKey);
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  };
}

/** Called when the gateway says the session is gone. */
export const SessionLostContext = createContext<() => void>(() => {});

export type Loaded<T> =
  { status: 'loading' } | { status: 'ok'; data: T } | { status: 'error'; error: ApiError };

export function toApiError(error: unknown): ApiError {
  return error instanceof ApiError
    ? error
    : new ApiError(String(error), 'INTERNAL_SERVER_ERROR', 0);
}

/** Runs `load` when `key` changes or on `reload()`. */
export function useLoad<T>(load: () => Promise<T>, key: string): [Loaded<T>, () => void] {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    loadRef.current().then(
      (data) => live && setState({ status: 'ok', data }),
      (error: unknown) => live && setState({ status: 'error', error: toApiError(error) }),
    );
    return () => {
      live = false;
    };
  }, [key, round]);
  return [state, () => setRound((r) => r + 1)];
}

/** The page's heading: takes focus when the page opens, so screen readers announce it. */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p role="status" className="muted">
      {t('newcomer.loading')}
    </p>
  );
}

export function errorKey(error: ApiError): MessageKey {
  return error.code === 'OFFLINE' ? 'newcomer.error.offline' : 'newcomer.error.generic';
}

export function LoadError({ error, retry }: { error: ApiError; retry: () => void }) {
  const { t } = useI18n();
  const sessionLost = useContext(SessionLostContext);
  useEffect(() => {
    if (error.code === 'UNAUTHORIZED') sessionLost();
  }, [error, sessionLost]);
  return (
    <div role="alert" className="notice notice-error">
      <p>{t(errorKey(error))}</p>
      <button type="button" onClick={retry}>
        {t('newcomer.retry')}
      </button>
    </div>
  );
}
