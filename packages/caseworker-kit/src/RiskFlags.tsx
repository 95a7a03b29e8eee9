import { StatusBadge } from '@motesplats/ui';
import type { DayVisit } from '@motesplats/contracts';
import { RISK_SV } from './format.js';

/** A visit's risk flags as badges (icon and text), or "Inga" when there are none. */
export function RiskFlags({ flags }: { flags: DayVisit['atRisk'] }) {
  if (flags.length === 0) return <span>Inga</span>;
  return (
    <ul className="ms-ck-badges">
      {flags.map((flag) => (
        <li key={flag.code}>
          <StatusBadge status="at-risk" label={RISK_SV[flag.code] ?? flag.message} />
        </li>
      ))}
    </ul>
  );
}
