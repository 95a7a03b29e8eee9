import { StatusBadge } from '@motesplats/ui';
import type { ConfigProblem } from '@motesplats/contracts';
import { plural } from '../shared/format';
import { ProblemList } from '../shared/ProblemList';

/** "Inom ramverket", or the number of problems with the problems behind a disclosure. */
export function FrameProblemsCell({ problems }: { problems: readonly ConfigProblem[] }) {
  if (problems.length === 0) return <StatusBadge status="done" label="Inom ramverket" />;
  return (
    <details>
      <summary>{plural(problems.length, 'avvikelse', 'avvikelser')}</summary>
      <ProblemList problems={problems} />
    </details>
  );
}
