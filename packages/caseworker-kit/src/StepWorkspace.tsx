import { useId, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Select, StatusBadge } from '@motesplats/ui';
import type { ChecklistItemDto, DayVisit, HouseholdDto, VisitDto } from '@motesplats/contracts';
import { errorCode, errorMessage } from './api.js';
import { useCaseworkerKit } from './context.js';
import { ITEM_STATUS_SV, STEP_STATUS_SV, actorName, trackLabel } from './format.js';

export interface StepWorkspaceProps {
  /** The selected visit (a QueueItem or a DayVisit). */
  visit: DayVisit;
  /** My step in it (QueueItem.myStep). */
  step: number;
  /** Called with the updated visit after a step is started or completed. */
  onVisitChange?: (visit: VisitDto) => void;
}

const STATUS_OPTIONS = (Object.keys(ITEM_STATUS_SV) as ChecklistItemDto['status'][]).map(
  (value) => ({ value, label: ITEM_STATUS_SV[value] }),
);

const TARGET_GROUP_SV = { true: 'I målgruppen', false: 'Utanför målgruppen', unknown: 'Oklart' };

/** Where and with whom the household goes after a step: the next open step of the visit. */
export function nextMeeting(visit: VisitDto, afterStep: number, planned: DayVisit['planned']) {
  const next = visit.steps
    .filter((s) => s.index > afterStep && (s.status === 'pending' || s.status === 'in-progress'))
    .sort((a, b) => a.index - b.index)[0];
  if (!next) return null;
  const times = planned?.steps.find((p) => p.step === next.index) ?? null;
  return { step: next, times };
}

function Members({ household }: { household: HouseholdDto }) {
  return (
    <ul className="ms-ck-members">
      {household.members.map((m) => {
        const a = m.latestAssessment;
        return (
          <li key={m.id}>
            <p>
              <strong>
                {m.givenName} {m.familyName}
              </strong>{' '}
              ({m.birthDate})
            </p>
            {a ? (
              <>
                <p>
                  Målgrupp:{' '}
                  {TARGET_GROUP_SV[String(a.inTargetGroup) as keyof typeof TARGET_GROUP_SV]} –{' '}
                  {a.category}
                </p>
                <ul>
                  {a.conditions.map((c) => (
                    <li key={c.code}>{c.explanation.sv}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p>Ingen målgruppsbedömning ännu.</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function OwnItem({
  item,
  householdId,
  onConflict,
}: {
  item: ChecklistItemDto;
  householdId: string;
  onConflict: () => void;
}) {
  const { api } = useCaseworkerKit();
  const queryClient = useQueryClient();
  const update = useMutation({
    mutationFn: (status: ChecklistItemDto['status']) =>
      api.checklist.updateItem({
        householdId,
        itemId: item.id,
        expectedVersion: item.version,
        status,
        idempotencyKey: crypto.randomUUID(),
      }),
    onError: (error) => {
      if (errorCode(error) === 'CONFLICT') onConflict();
    },
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: ['checklist.get', { householdId }] }),
  });
  const conflict = update.isError && errorCode(update.error) === 'CONFLICT';
  return (
    <li>
      <Select
        label={item.label.sv}
        options={STATUS_OPTIONS}
        value={item.status}
        disabled={update.isPending}
        aria-busy={update.isPending || undefined}
        onChange={(e) => update.mutate(e.target.value as ChecklistItemDto['status'])}
        error={
          update.isError && !conflict
            ? `Kunde inte spara: ${errorMessage(update.error)}`
            : undefined
        }
      />
    </li>
  );
}

/** The workspace for my step of a visit: household, target group, checklist, start and finish. */
export function StepWorkspace({ visit, step, onVisitChange }: StepWorkspaceProps) {
  const { api, agency } = useCaseworkerKit();
  const queryClient = useQueryClient();
  const titleId = useId();
  const householdId = visit.householdId;
  const [current, setCurrent] = useState<VisitDto>(visit);
  const [conflict, setConflict] = useState(false);
  const [finished, setFinished] = useState<VisitDto | null>(null);

  const household = useQuery({
    queryKey: ['newcomers.get', { householdId }],
    queryFn: () => api.newcomers.get({ householdId }),
  });
  const checklist = useQuery({
    queryKey: ['checklist.get', { householdId }],
    queryFn: () => api.checklist.get({ householdId }),
  });

  const stepAction = useMutation({
    mutationFn: (kind: 'start' | 'complete') => {
      const myStep = current.steps.find((s) => s.index === step);
      const input = {
        visitId: current.id,
        expectedVersion: current.version,
        step,
        actor: myStep?.actor ?? agency,
        idempotencyKey: crypto.randomUUID(),
      };
      return kind === 'start' ? api.visits.startStep(input) : api.visits.completeStep(input);
    },
    onSuccess: (updated, kind) => {
      setCurrent(updated);
      if (kind === 'complete') setFinished(updated);
      onVisitChange?.(updated);
      void queryClient.invalidateQueries({ queryKey: ['visits.myQueue'] });
      void queryClient.invalidateQueries({ queryKey: ['visits.day'] });
    },
  });

  const myStep = current.steps.find((s) => s.index === step);
  const items = checklist.data?.items ?? [];
  const own = items.filter((i) => i.actor === agency);
  const others = items.filter((i) => i.actor !== agency);
  const next = finished ? nextMeeting(finished, step, visit.planned) : null;

  return (
    <section aria-labelledby={titleId} className="ms-ck-workspace">
      <h2 id={titleId}>
        {visit.household.reference} – {trackLabel(visit.track)}, steg {step + 1}
        {myStep ? ` (${actorName(myStep.actor)})` : ''}
      </h2>
      {myStep ? <p>Stegets status: {STEP_STATUS_SV[myStep.status]}</p> : null}

      <h3>Hushållet</h3>
      {household.isPending ? <p role="status">Hämtar hushållet …</p> : null}
      {household.isError ? (
        <Alert tone="error" title="Kunde inte hämta hushållet (newcomers.get)">
          {errorMessage(household.error)}
        </Alert>
      ) : null}
      {household.data ? <Members household={household.data} /> : null}

      <h3>Våra punkter</h3>
      {conflict ? (
        <Alert tone="warning" title="Punkten har ändrats">
          Någon annan ändrade punkten samtidigt; vi har laddat om den. Kontrollera och försök igen.
        </Alert>
      ) : null}
      {checklist.isPending ? <p role="status">Hämtar checklistan …</p> : null}
      {checklist.isError ? (
        <Alert tone="error" title="Kunde inte hämta checklistan (checklist.get)">
          {errorMessage(checklist.error)}
        </Alert>
      ) : null}
      {checklist.data ? (
        own.length ? (
          <ul className="ms-ck-items">
            {own.map((item) => (
              <OwnItem
                key={item.id}
                item={item}
                householdId={householdId}
                onConflict={() => setConflict(true)}
              />
            ))}
          </ul>
        ) : (
          <p>Inga punkter för {actorName(agency)}.</p>
        )
      ) : null}

      {checklist.data ? (
        <>
          <h3>Andra myndigheters punkter</h3>
          {others.length ? (
            <ul className="ms-ck-items">
              {others.map((item) => (
                <li key={item.id}>
                  {actorName(item.actor)}: {item.label.sv}{' '}
                  <StatusBadge status={item.status} label={ITEM_STATUS_SV[item.status]} />
                </li>
              ))}
            </ul>
          ) : null}
          {checklist.data.hiddenCount > 0 ? (
            <p>{checklist.data.hiddenCount} dolda punkter (kräver samtycke)</p>
          ) : null}
          {!others.length && checklist.data.hiddenCount === 0 ? <p>Inga andra punkter.</p> : null}
        </>
      ) : null}

      <div className="ms-ck-actions">
        <Button
          variant="secondary"
          disabled={myStep?.status !== 'pending' || stepAction.isPending}
          onClick={() => stepAction.mutate('start')}
        >
          Starta steg
        </Button>
        <Button
          disabled={myStep?.status !== 'in-progress' || stepAction.isPending}
          busy={stepAction.isPending && stepAction.variables === 'complete'}
          onClick={() => stepAction.mutate('complete')}
        >
          Klart – gå vidare
        </Button>
      </div>
      {stepAction.isError ? (
        <Alert
          tone={errorCode(stepAction.error) === 'CONFLICT' ? 'warning' : 'error'}
          title="Steget kunde inte uppdateras"
        >
          {errorCode(stepAction.error) === 'CONFLICT'
            ? 'Någon annan har ändrat besöket. Ladda om kön och försök igen.'
            : errorMessage(stepAction.error)}
        </Alert>
      ) : null}
      {finished ? (
        <Alert tone="success" title="Steget är klart">
          {next ? (
            <>
              Nästa möte: {actorName(next.step.actor)}
              {next.times ? `, rum ${next.times.roomId} kl. ${next.times.start}` : ''}.
            </>
          ) : (
            'Det var besökets sista steg.'
          )}
        </Alert>
      ) : null}
    </section>
  );
}
