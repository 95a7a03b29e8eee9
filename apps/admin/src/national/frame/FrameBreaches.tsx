import { useId } from 'react';
import type { FrameBreach } from '@motesplats/contracts';
import { plural } from '../shared/format';
import { ProblemList } from '../shared/ProblemList';

/** The locations whose saved configuration breaks the frame in force, each with its problems. */
export function FrameBreaches({ breaches }: { breaches: readonly FrameBreach[] }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>Orter som bryter mot ramverket</h3>
      {breaches.length === 0 ? (
        <p>Alla orter håller sig inom ramverket.</p>
      ) : (
        <ul>
          {breaches.map((breach) => (
            <li key={breach.locationId}>
              <h4>
                {breach.name} ({breach.locationId}):{' '}
                {plural(breach.problems.length, 'avvikelse', 'avvikelser')}
              </h4>
              <ProblemList problems={breach.problems} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
