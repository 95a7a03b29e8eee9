import { useState, type FormEvent } from 'react';
import { useI18n, type MessageKey, type Params } from './i18n';
import { PageHeading } from './ui';

export type SignInError = { key: MessageKey; params?: Params };

export function SignIn(props: {
  busy: boolean;
  error: SignInError | null;
  onSubmit: (code: string) => void;
}) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [empty, setEmpty] = useState(false);
  const error: SignInError | null = empty ? { key: 'newcomer.signIn.empty' } : props.error;

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = code.trim();
    setEmpty(!trimmed);
    if (trimmed) props.onSubmit(trimmed);
  }

  return (
    <>
      <PageHeading>{t('newcomer.signIn.heading')}</PageHeading>
      <p>{t('newcomer.signIn.intro')}</p>
      <form onSubmit={submit} className="stack" noValidate>
        <div className="field">
          <label htmlFor="code">{t('newcomer.signIn.codeLabel')}</label>
          <p id="code-hint" className="muted">
            {t('newcomer.signIn.codeHint')}
          </p>
          <input
            id="code"
            name="code"
            dir="ltr"
            autoComplete="one-time-code"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={40}
            value={code}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'code-hint code-error' : 'code-hint'}
            onChange={(e) => setCode(e.target.value)}
          />
          {error && (
            <p id="code-error" role="alert" className="notice notice-error">
              {t(error.key, error.params)}
            </p>
          )}
        </div>
        <button type="submit" disabled={props.busy}>
          {props.busy ? t('newcomer.signIn.signingIn') : t('newcomer.signIn.submit')}
        </button>
      </form>
    </>
  );
}
