import type { ConfigProblem } from '@motesplats/contracts';

/**
 * Problems as the gateway words them, each with the configuration path it concerns, so the
 * location admin can find the setting to change.
 */
export function ProblemList({ problems }: { problems: readonly ConfigProblem[] }) {
  return (
    <ul>
      {problems.map((p, i) => (
        <li key={`${p.path}-${i}`}>
          <code>{p.path}</code>: {p.message}
        </li>
      ))}
    </ul>
  );
}
