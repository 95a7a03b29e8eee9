import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button } from '@motesplats/ui';
import type { LocationDetail } from '@motesplats/contracts';
import { useAdmin } from '../../context';
import { FocusHeading } from '../shared/FocusHeading';
import { useIdempotencyKey } from '../shared/idempotency';
import { keys, useTemplates } from '../shared/queries';
import { QueryState } from '../shared/QueryState';
import { useFormFeedback } from '../shared/use-form-feedback';
import { createErrors } from './create-errors';
import {
  EMPTY_DRAFT,
  fieldsOfStep,
  STEP_OF_FIELD,
  stepHasErrors,
  toInput,
  validateDraft,
  type CreateDraft,
  type Step,
} from './create-draft';
import { DetailsStep } from './DetailsStep';
import { ReviewStep } from './ReviewStep';
import { StepIndicator, STEP_TITLES } from './StepIndicator';
import { TemplateStep } from './TemplateStep';
import { Created } from './Created';

/** Three steps: template, the location's details, review and create. */
export function CreateLocationWizard() {
  const { api } = useAdmin();
  const queryClient = useQueryClient();
  const templates = useTemplates();
  const [step, setStep] = useState<Step>(1);
  const [draft, setDraft] = useState<CreateDraft>(EMPTY_DRAFT);
  const [general, setGeneral] = useState<string | null>(null);
  const [created, setCreated] = useState<LocationDetail | null>(null);
  const clientErrors = validateDraft(draft);
  const feedback = useFormFeedback(clientErrors);
  const keyFor = useIdempotencyKey();
  const headingId = useId();

  const create = useMutation({
    mutationFn: () => {
      const input = toInput(draft);
      return api.locations.create({ ...input, idempotencyKey: keyFor(input) });
    },
    onSuccess: (detail) => {
      setCreated(detail);
      void queryClient.invalidateQueries({ queryKey: keys.overview });
    },
    onError: (error) => {
      const { fields, general: message } = createErrors(error, draft);
      feedback.setServerErrors(fields);
      setGeneral(message);
      const steps = Object.keys(fields).map((f) => STEP_OF_FIELD[f as keyof CreateDraft]);
      if (steps.length) setStep(Math.min(...steps) as Step);
    },
  });

  const change = (field: keyof CreateDraft, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    feedback.changed(field);
    setGeneral(null);
  };

  const next = (event: FormEvent) => {
    event.preventDefault();
    feedback.attempt(step < 3 ? fieldsOfStep(step) : undefined);
    if (step < 3) {
      if (!stepHasErrors(clientErrors, step)) setStep((step + 1) as Step);
    } else if (Object.keys(clientErrors).length === 0) {
      create.mutate();
    }
  };

  const restart = () => {
    setCreated(null);
    setDraft(EMPTY_DRAFT);
    setStep(1);
    feedback.reset();
    create.reset();
  };

  if (created) return <Created detail={created} onAnother={restart} />;

  const errorFor = (field: keyof CreateDraft) => feedback.errorFor(field);
  return (
    <QueryState query={templates} what="mallarna">
      {(list) => (
        <form onSubmit={next} noValidate aria-labelledby={headingId}>
          <StepIndicator current={step} />
          <FocusHeading focusKey={step} id={headingId}>
            Steg {step} av 3: {STEP_TITLES[step]}
          </FocusHeading>
          {step === 1 ? (
            <TemplateStep
              templates={list}
              value={draft.template}
              onChange={(t) => change('template', t)}
              error={errorFor('template')}
            />
          ) : null}
          {step === 2 ? (
            <DetailsStep
              draft={draft}
              onChange={change}
              onBlur={feedback.touch}
              errorFor={errorFor}
            />
          ) : null}
          {step === 3 ? (
            <ReviewStep draft={draft} template={list.find((t) => t.id === draft.template)} />
          ) : null}
          {general ? (
            <Alert tone="error" title="Orten kunde inte skapas">
              {general}
            </Alert>
          ) : null}
          <div className="ms-national-actions">
            {step > 1 ? (
              <Button variant="secondary" onClick={() => setStep((step - 1) as Step)}>
                Tillbaka
              </Button>
            ) : null}
            <Button type="submit" busy={create.isPending} busyLabel="Skapar orten">
              {step === 3 ? 'Skapa orten' : 'Nästa'}
            </Button>
          </div>
        </form>
      )}
    </QueryState>
  );
}
