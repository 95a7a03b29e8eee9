import type { Step } from './create-draft';

export const STEP_TITLES: Record<Step, string> = {
  1: 'Välj mall',
  2: 'Uppgifter om orten',
  3: 'Granska och skapa',
};

/** Where the admin is in the wizard: visible, and `aria-current="step"` for screen readers. */
export function StepIndicator({ current }: { current: Step }) {
  const steps = [1, 2, 3] as const;
  return (
    <ol aria-label="Steg i guiden" className="ms-national-steps">
      {steps.map((step) => (
        <li key={step} aria-current={step === current ? 'step' : undefined}>
          {step === current ? (
            <strong>
              Steg {step} av 3: {STEP_TITLES[step]}
            </strong>
          ) : (
            <>
              Steg {step} av 3: {STEP_TITLES[step]}
              {step < current ? ' (klart)' : ''}
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
