import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button } from '@motesplats/ui';
import { errorMessage } from '@motesplats/caseworker-kit';
import type { NationalFrameDto } from '@motesplats/contracts';
import { useAdmin } from '../../context';
import { formatTimestamp } from '../../format-time';
import { plural } from '../shared/format';
import { useIdempotencyKey } from '../shared/idempotency';
import { keys, useFrame } from '../shared/queries';
import { QueryState } from '../shared/QueryState';
import { useFormFeedback } from '../shared/use-form-feedback';
import { FrameBreaches } from './FrameBreaches';
import { FrameConflict } from './FrameConflict';
import { FrameFields } from './FrameFields';
import { fromFrame, toFrame, validateFrameDraft, type FrameDraft } from './frame-draft';
import { frameSaveFailure } from './frame-save';

/** The national frame tab: the frame as a form, and the locations that break the one in force. */
export function FrameEditor() {
  const frame = useFrame();
  return (
    <QueryState query={frame} what="ramverket">
      {(dto) => (
        <>
          <FrameForm loaded={dto} />
          <FrameBreaches breaches={dto.breaches} />
        </>
      )}
    </QueryState>
  );
}

function versionLine(dto: NationalFrameDto): string {
  return dto.updatedBy
    ? `Version ${dto.version}, sparad ${formatTimestamp(dto.updatedAt)} av ${dto.updatedBy}.`
    : `Version ${dto.version}: standardramverket, ännu inte ändrat.`;
}

/**
 * Holds the edits and the version they are based on. It starts from the frame as first loaded
 * and is not reset by a background refetch, so edits in progress are never lost.
 */
function FrameForm({ loaded }: { loaded: NationalFrameDto }) {
  const { api } = useAdmin();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(loaded);
  const [draft, setDraft] = useState<FrameDraft>(() => fromFrame(loaded.frame));
  const [conflict, setConflict] = useState<NationalFrameDto | null>(null);
  const [general, setGeneral] = useState<string | null>(null);
  const [saved, setSaved] = useState<NationalFrameDto | null>(null);
  const validation = validateFrameDraft(draft);
  const feedback = useFormFeedback(validation.fields);
  const keyFor = useIdempotencyKey();

  const save = useMutation({
    mutationFn: (expectedVersion: number) => {
      const request = { expectedVersion, frame: toFrame(draft) };
      return api.frame.update({ ...request, idempotencyKey: keyFor(request) });
    },
    onSuccess: (dto) => {
      queryClient.setQueryData(keys.frame, dto);
      void queryClient.invalidateQueries({ queryKey: keys.overview });
      setBase(dto);
      setSaved(dto);
    },
    onError: async (error) => {
      const failure = frameSaveFailure(error);
      if (failure.kind === 'invalid') {
        feedback.setServerErrors(failure.fields);
        setGeneral(failure.general);
      } else if (failure.kind === 'other') {
        setGeneral(failure.message);
      } else {
        try {
          // Who saved what: the conflict itself does not say, the frame in force does.
          const latest = await queryClient.fetchQuery({
            queryKey: keys.frame,
            queryFn: () => api.frame.get(),
            staleTime: 0,
          });
          setConflict(latest);
        } catch (reloadError) {
          setGeneral(
            `Någon annan har sparat ramverket, men det gick inte att hämta deras version: ${errorMessage(reloadError)}`,
          );
        }
      }
    },
  });

  const update = (field: string, change: (d: FrameDraft) => FrameDraft) => {
    setDraft(change);
    feedback.changed(field);
    setSaved(null);
    setGeneral(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    feedback.attempt();
    setSaved(null);
    if (validation.other.length > 0) {
      // Only a field the form does not edit (the frame's id) can land here.
      setGeneral(validation.other.map((p) => `${p.path}: ${p.message}`).join('; '));
    } else if (Object.keys(validation.fields).length === 0) {
      save.mutate(base.version);
    }
  };

  const reload = (latest: NationalFrameDto) => {
    setDraft(fromFrame(latest.frame));
    setBase(latest);
    setConflict(null);
    setGeneral(null);
    feedback.reset();
  };

  /** Mine over theirs, knowingly: the edits stay and are saved on top of the version now in force. */
  const overwrite = (latest: NationalFrameDto) => {
    setBase(latest);
    setConflict(null);
    setGeneral(null);
    save.mutate(latest.version);
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Nationellt ramverk">
      <p>
        {versionLine(base)} Ramverket är de gränser som varje orts lokala anpassningar måste hålla
        sig inom. Ramverkets id: <code>{draft.id}</code>.
      </p>
      <FrameFields
        draft={draft}
        update={update}
        onBlurMinutes={() => feedback.touch('maxChainMinutes')}
        errorFor={feedback.errorFor}
      />
      {conflict ? (
        <FrameConflict
          latest={conflict}
          onReload={() => reload(conflict)}
          onOverwrite={() => overwrite(conflict)}
        />
      ) : null}
      {general ? (
        <Alert tone="error" title="Ramverket kunde inte sparas">
          {general}
        </Alert>
      ) : null}
      {saved ? (
        <Alert tone="success" title="Ramverket är sparat">
          Version {saved.version} gäller nu.{' '}
          {saved.breaches.length === 0
            ? 'Alla orter håller sig inom det.'
            : `${plural(saved.breaches.length, 'ort bryter', 'orter bryter')} mot det; se listan nedan.`}
        </Alert>
      ) : null}
      <Button type="submit" busy={save.isPending} busyLabel="Sparar">
        Spara ramverket
      </Button>
    </form>
  );
}
