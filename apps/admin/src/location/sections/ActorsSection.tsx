import { ChoiceGroup } from '../fields/ChoiceGroup';
import { ACTOR_OPTIONS } from './options';

export function ActorsSection() {
  return (
    <section aria-labelledby="loc-actors-heading">
      <h3 id="loc-actors-heading">Aktörer</h3>
      <ChoiceGroup
        name="actors"
        legend="Aktörer på plats under Mötesplatsdagen"
        hint="En aktör som inte är på plats kan ändå delta i kedjan med ett videosteg."
        options={ACTOR_OPTIONS}
      />
    </section>
  );
}
