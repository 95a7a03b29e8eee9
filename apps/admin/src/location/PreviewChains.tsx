import { TRACK_IDS, type LocationConfig } from '@motesplats/location-config';
import { actorSv, conditionSv, modeSv } from './labels';

/**
 * Each track's chain as the newcomer will walk it, straight from the draft (valid or not), so a
 * moved step shows at once. The total counts every step, conditional ones too, as the national
 * frame's limit does.
 */
export function PreviewChains({ values }: { values: LocationConfig }) {
  return (
    <div className="ms-loc-preview-chains">
      {TRACK_IDS.map((track) => {
        const { enabled, chain = [] } = values.tracks?.[track] ?? { enabled: false, chain: [] };
        const total = chain.reduce(
          (sum, step) => sum + (Number.isFinite(step.minutes) ? step.minutes : 0),
          0,
        );
        return (
          <section key={track} aria-labelledby={`preview-track-${track}`}>
            <h4 id={`preview-track-${track}`}>
              Spår {track}
              {enabled ? '' : ' (erbjuds inte)'}
            </h4>
            <ol data-testid={`preview-chain-${track}`}>
              {chain.map((step, index) => (
                <li key={index}>
                  {actorSv(step.actor)} – {Number.isFinite(step.minutes) ? step.minutes : '?'} min –{' '}
                  {modeSv(step.mode)}
                  {step.condition ? ` – endast om: ${conditionSv(step.condition)}` : ''}
                </li>
              ))}
            </ol>
            <p data-testid={`preview-total-${track}`}>
              Totalt {total} minuter (alla steg räknade).
            </p>
          </section>
        );
      })}
    </div>
  );
}
