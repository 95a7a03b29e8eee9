import type { StatsCell, StatsTableProtection } from '@motesplats/contracts';
import { formatCount } from '../format';

/**
 * A published count. A hidden cell shows '–' and is read out as 'prickad'; the legend beside
 * the table says what that means. Why a cell is hidden is not known here and never guessed.
 */
export function ProtectedCount({ cell }: { cell: StatsCell }) {
  if (cell.flag === 'hidden' || cell.value === null) {
    return (
      <span className="ms-insights-hidden">
        <span aria-hidden="true">–</span>
        <span className="ms-visually-hidden">prickad</span>
      </span>
    );
  }
  return <>{formatCount(cell.value)}</>;
}

/** The visible explanation of how small counts are protected, as the API did it. */
export function ProtectionLegend({ protection }: { protection: StatsTableProtection }) {
  if (protection.method === 'perturb') {
    return (
      <p className="ms-insights-legend">
        Värdena är slumpvis justerade med högst ±{protection.maxNoise} för att skydda enskilda
        personer. Nollor är riktiga nollor. Summorna justeras för sig och behöver inte stämma med
        raderna.
      </p>
    );
  }
  return (
    <p className="ms-insights-legend">
      Ett streck (–) betyder att uppgiften är prickad. Värden under {protection.threshold} visas
      inte för att skydda enskilda personer. Några fler värden kan vara prickade så att ett dolt
      värde inte går att räkna fram ur summorna.
    </p>
  );
}
