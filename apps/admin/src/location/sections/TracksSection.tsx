import { TRACK_IDS } from '@motesplats/location-config';
import { TrackEditor } from './TrackEditor';

export function TracksSection() {
  return (
    <section aria-labelledby="loc-tracks-heading">
      <h3 id="loc-tracks-heading">Spår</h3>
      {TRACK_IDS.map((track) => (
        <TrackEditor key={track} track={track} />
      ))}
    </section>
  );
}
