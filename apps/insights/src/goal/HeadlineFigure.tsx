import { Alert } from '@motesplats/ui';
import { formatCount, formatPercent } from '../format';
import { ProtectedCount } from '../stats/ProtectedCount';
import { metText, shareText, type GoalLine } from './goal-text';

/**
 * The period's figure, big: the share and whether the goal is met, with the counts it comes
 * from. When there is no share the reason is shown in words instead.
 */
export function HeadlineFigure({
  line,
  period,
  title,
  national,
}: {
  line: GoalLine;
  period: string;
  title: string;
  national: boolean;
}) {
  const text = shareText(line, period);
  if (line.kind !== 'figure' || line.figure.percent === null) {
    return (
      <Alert tone={line.kind === 'error' ? 'error' : 'warning'} title={title}>
        {text.long ??
          'Andelen visas inte: antalet deltagare är för litet och prickas för att skydda enskilda personer.'}
      </Alert>
    );
  }
  const f = line.figure;
  return (
    <div className="ms-insights-headline" data-met={f.met ? 'yes' : 'no'}>
      <p className="ms-insights-headline__title">{title}</p>
      <p
        className="ms-insights-headline__percent"
        data-testid={national ? 'goal-national-percent' : 'goal-location-percent'}
      >
        {formatPercent(f.percent!)}
      </p>
      <p className="ms-insights-headline__met">
        <span aria-hidden="true">{f.met ? '✓' : '✗'}</span> <span>{metText(f.met)}</span>
      </p>
      <p>
        <ProtectedCount cell={f.participants} /> deltagare av {formatCount(f.permitsGranted ?? 0)}{' '}
        beviljade uppehållstillstånd (målet är minst 50 %).
      </p>
    </div>
  );
}
