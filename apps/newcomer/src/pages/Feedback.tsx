import { useState, type FormEvent } from 'react';
import { api, idempotencyKey } from '../api';
import { useI18n, type MessageKey } from '../i18n';
import { PageHeading, errorKey, toApiError } from '../ui';

type Outcome = 'missing-rating' | { done: MessageKey } | { error: string } | null;

/** What the gateway's refusals mean to the person (NOT_FOUND: this gateway takes no feedback). */
const REFUSALS: Record<string, MessageKey> = {
  NOT_FOUND: 'newcomer.feedback.unavailable',
  CONFLICT: 'newcomer.feedback.alreadySent',
  PRECONDITION_FAILED: 'newcomer.feedback.notYet',
};

export function FeedbackPage() {
  const { t, locale } = useI18n();
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [key] = useState(idempotencyKey);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!rating) {
      setOutcome('missing-rating');
      return;
    }
    setBusy(true);
    try {
      await api.feedback({ rating, comment, language: locale, idempotencyKey: key });
      setOutcome({ done: 'newcomer.feedback.thanks' });
    } catch (error) {
      const apiError = toApiError(error);
      const refusal = REFUSALS[apiError.code];
      setOutcome(refusal ? { done: refusal } : { error: t(errorKey(apiError)) });
    } finally {
      setBusy(false);
    }
  }

  if (outcome && typeof outcome === 'object' && 'done' in outcome) {
    return (
      <>
        <PageHeading>{t('newcomer.feedback.heading')}</PageHeading>
        <p role="status" className="notice">
          {t(outcome.done)}
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeading>{t('newcomer.feedback.heading')}</PageHeading>
      <p>{t('newcomer.feedback.intro')}</p>
      <form onSubmit={submit} className="stack" noValidate>
        <fieldset aria-describedby={outcome === 'missing-rating' ? 'rating-error' : undefined}>
          <legend>{t('newcomer.feedback.ratingLabel')}</legend>
          {[1, 2, 3, 4, 5].map((n) => (
            <div key={n} className="choice">
              <input
                type="radio"
                id={`rating-${n}`}
                name="rating"
                value={n}
                checked={rating === n}
                onChange={() => setRating(n)}
              />
              <label htmlFor={`rating-${n}`}>{t('newcomer.feedback.rating', { rating: n })}</label>
            </div>
          ))}
          {outcome === 'missing-rating' && (
            <p id="rating-error" role="alert" className="notice notice-error">
              {t('newcomer.feedback.chooseRating')}
            </p>
          )}
        </fieldset>
        <div className="field">
          <label htmlFor="comment">{t('newcomer.feedback.commentLabel')}</label>
          <textarea
            id="comment"
            rows={5}
            maxLength={2000}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
        </div>
        {outcome && typeof outcome === 'object' && 'error' in outcome && (
          <p role="alert" className="notice notice-error">
            {outcome.error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {t('newcomer.feedback.submit')}
        </button>
      </form>
    </>
  );
}
