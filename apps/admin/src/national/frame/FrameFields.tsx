import { CheckboxGroup, TextField } from '@motesplats/ui';
import { LANGUAGE_NAMES_SV } from '@motesplats/caseworker-kit';
import type { ActorId } from '@motesplats/location-config';
import { ACTOR_OPTIONS } from '../../location/sections/options';
import { FRAME_TRACKS, INFO_SHEET_LANGUAGES, type FrameDraft } from './frame-draft';

const LANGUAGE_OPTIONS = INFO_SHEET_LANGUAGES.map((id) => ({
  value: id,
  label: LANGUAGE_NAMES_SV[id],
}));

const TRACK_INVITER = { '1': 'Migrationsverket', '2': 'Arbetsförmedlingen', '3': 'kommunen' };

/** The frame's limits as form fields; the parent owns the draft and the errors. */
export function FrameFields({
  draft,
  update,
  onBlurMinutes,
  errorFor,
}: {
  draft: FrameDraft;
  update: (field: string, change: (d: FrameDraft) => FrameDraft) => void;
  onBlurMinutes: () => void;
  errorFor: (field: string) => string | undefined;
}) {
  return (
    <>
      {FRAME_TRACKS.map((track) => (
        <CheckboxGroup<ActorId>
          key={track}
          legend={`Spår ${track}: aktörer som måste ingå`}
          hint={`Spår ${track} kallas av ${TRACK_INVITER[track]}. Varje ort som har spåret i bruk måste ha ett steg för dessa aktörer som gäller alla besökare.`}
          options={ACTOR_OPTIONS}
          selected={draft.requiredActors[track]}
          onChange={(actors) =>
            update(`requiredActors.${track}`, (d) => ({
              ...d,
              requiredActors: { ...d.requiredActors, [track]: actors },
            }))
          }
          error={errorFor(`requiredActors.${track}`)}
        />
      ))}
      <TextField
        label="Längsta tid för hela kedjan (minuter)"
        hint="Alla steg räknade. En Mötesplats lovar ungefär fyra timmar (240 minuter)."
        inputMode="numeric"
        required
        value={draft.maxChainMinutes}
        onChange={(e) => {
          const value = e.target.value;
          update('maxChainMinutes', (d) => ({ ...d, maxChainMinutes: value }));
        }}
        onBlur={onBlurMinutes}
        error={errorFor('maxChainMinutes')}
      />
      <CheckboxGroup<ActorId>
        legend="Aktörer som bara får träffa besökaren på plats"
        hint="Deras steg får inte vara digitala i något spår."
        options={ACTOR_OPTIONS}
        selected={draft.inPersonOnly}
        onChange={(actors) => update('inPersonOnly', (d) => ({ ...d, inPersonOnly: actors }))}
        error={errorFor('inPersonOnly')}
      />
      <CheckboxGroup
        legend="Språk som informationsbladet måste finnas på"
        options={LANGUAGE_OPTIONS}
        selected={draft.requiredInfoSheetLanguages}
        onChange={(languages) =>
          update('requiredInfoSheetLanguages', (d) => ({
            ...d,
            requiredInfoSheetLanguages: languages,
          }))
        }
        error={errorFor('requiredInfoSheetLanguages')}
      />
    </>
  );
}
