import { useId, useState, type ComponentType } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, StatusBadge } from '@motesplats/ui';
import type { ChecklistViewDto, DayVisit, HouseholdDto, VisitDto } from '@motesplats/contracts';
import { errorCode, errorMessage } from './api.js';
import { useAgencyKit } from './context.js';
import type { DetailEditors } from './detail-editor.js';
import { DeskConsent } from './DeskConsent.js';
import { ItemCard } from './ItemCard.js';
import { PlanEntry } from './PlanEntry.js';
import {
  ITEM_STATUS_SV,
  STEP_STATUS_SV,
  VISIT_STATUS_SV,
  actorName,
  trackLabel,
} from './format.js';

/** What an agency's own household panel gets: the household, the checklist we may see, the visit. */
export interface HouseholdExtrasProps {
  household: HouseholdDto;
  view: ChecklistViewDto;
  visit: DayVisit;
}

export interface StepWorkspaceProps {
  /** The selected visit (a QueueItem or a DayVisit). */
  visit: DayVisit;
  /** My step in it (QueueItem.myStep). */
  step: number;
  /** Called with the updated visit after a step is started or completed. */
  onVisitChange?: (visit: VisitDto) => void;
  /** The agency's editors for its items' details, by item code. */
  detailEditors?: DetailEditors;
  /** The agency's own work on the whole household (e.g. FK's benefit information). */
  HouseholdExtras?: ComponentType<HouseholdExtrasProps>;
}

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

function memberName(view: ChecklistViewDto, memberId: string | null): string | null {
  if (!memberId) return null;
  const m = view.members.find((x) => x.id === memberId);
  return m ? `${m.givenName} ${m.familyName}` : null;
}

/** The workspace for my step of a visit: household, target group, checklist, start and finish. */
export function StepWorkspace({
  visit,
  step,
  onVisitChange,
  detailEditors,
  HouseholdExtras,
}: StepWorkspaceProps) {
  const { api, agency } = useAgencyKit();
  const queryClient = useQueryClient();
  const titleId = useId();
  const householdId = visit.householdId;
  const [current, setCurrent] = useState<VisitDto>(visit);
  // A newer version from the polled queue or board (another agency finished its step) replaces
  // ours, so the next action is checked against what is true now instead of failing as stale.
  if (visit.version > current.version) setCurrent(visit);
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
    mutationFn: (kind: 'check-in' | 'start' | 'complete') => {
      if (kind === 'check-in') {
        return api.visits.checkIn({
          visitId: current.id,
          expectedVersion: current.version,
          idempotencyKey: crypto.randomUUID(),
        });
      }
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
      <p>
        Besöket: <span data-testid="visit-status">{VISIT_STATUS_SV[current.status]}</span>
        {myStep ? (
          <>
            {' · '}Mitt steg: <span data-testid="step-status">{STEP_STATUS_SV[myStep.status]}</span>
          </>
        ) : null}
      </p>

      <h3>Hushållet</h3>
      {household.isPending ? <p role="status">Hämtar hushållet …</p> : null}
      {household.isError ? (
        <Alert tone="error" title="Kunde inte hämta hushållet (newcomers.get)">
          {errorMessage(household.error)}
        </Alert>
      ) : null}
      {household.data ? <Members household={household.data} /> : null}

      {household.data && checklist.data && HouseholdExtras ? (
        <HouseholdExtras household={household.data} view={checklist.data} visit={visit} />
      ) : null}

      <h3>Våra punkter</h3>
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
              <ItemCard
                key={item.id}
                item={item}
                householdId={householdId}
                memberName={memberName(checklist.data, item.memberId)}
                detailEditors={detailEditors}
                household={household.data ?? null}
                visit={visit}
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
                  {actorName(item.actor)}: {item.label.sv}
                  {item.memberId ? ` – ${memberName(checklist.data, item.memberId)}` : ''}{' '}
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

      {checklist.data ? <PlanEntry view={checklist.data} /> : null}
      <DeskConsent householdId={householdId} />

      <div className="ms-ck-actions">
        {current.status === 'booked' ? (
          <Button
            variant="secondary"
            disabled={stepAction.isPending}
            busy={stepAction.isPending && stepAction.variables === 'check-in'}
            onClick={() => stepAction.mutate('check-in')}
          >
            Checka in hushållet
          </Button>
        ) : null}
        <Button
          variant="secondary"
          disabled={
            myStep?.status !== 'pending' || current.status === 'booked' || stepAction.isPending
          }
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
