import { useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { Tabs } from '@motesplats/ui';
import type { LocationDetail, LocationRevision } from '@motesplats/contracts';
import type { LocationConfig, NationalFrame } from '@motesplats/location-config';
import { useAdmin } from '../context';
import { ConflictPanel } from './ConflictPanel';
import { ErrorSummary } from './ErrorSummary';
import { FieldRegistry } from './field-registry';
import { FrameProblems } from './FrameProblems';
import { HistoryPanel } from './HistoryPanel';
import { IssuesProvider, indexIssues } from './issues-context';
import { PreviewPanel } from './PreviewPanel';
import { SaveBar } from './SaveBar';
import { diffConfigs } from './diff';
import { ActorsSection } from './sections/ActorsSection';
import { LanguagesHoursSection } from './sections/LanguagesHoursSection';
import { ReachSection } from './sections/ReachSection';
import { RoomsSection } from './sections/RoomsSection';
import { TracksSection } from './sections/TracksSection';
import { VenueSection } from './sections/VenueSection';
import { tabLabel } from './tab-issues';
import { useDraftCheck } from './use-draft-check';
import { useSave } from './use-save';

export interface LocationEditorProps {
  locationId: string;
  detail: LocationDetail;
  /** The national frame in force; null when it could not be fetched (then only the schema). */
  frame: NationalFrame | null;
}

/** Enter in a field must not save: saving is always an explicit press of "Spara". */
function blockImplicitSubmit(event: KeyboardEvent<HTMLFormElement>) {
  const target = event.target as HTMLElement;
  if (event.key === 'Enter' && target instanceof HTMLInputElement) event.preventDefault();
}

export function LocationEditor({ locationId, detail, frame }: LocationEditorProps) {
  const { api } = useAdmin();
  // The saved version this edit started from: its version goes with the save (a stale one is a
  // CONFLICT) and its config is what "their change" and "your changes" are measured against.
  const [base, setBase] = useState(detail);
  const [notice, setNotice] = useState<string | null>(null);
  // No resolver: useDraftCheck parses the whole draft with the schema on every change, and its
  // issues are what the fields show; a resolver would parse it a second time, unseen.
  const form = useForm<LocationConfig>({ defaultValues: detail.config });
  const check = useDraftCheck(form.control, frame);
  const [registry] = useState(() => new FieldRegistry());
  const allIssues = useMemo(() => [...check.schemaIssues, ...check.frameIssues], [check]);
  const issues = useMemo(
    () => ({ byName: indexIssues(allIssues), registry }),
    [allIssues, registry],
  );
  const changes = useMemo(() => diffConfigs(base.config, check.values), [base, check]);

  const { save, conflict, clearConflict } = useSave({
    api,
    locationId,
    onSaved: (saved) => {
      setBase(saved);
      form.reset(saved.config);
      setNotice(`Version ${saved.version} är sparad.`);
    },
  });

  const blockedReason = !check.valid
    ? 'Rätta felen innan du sparar.'
    : check.frameIssues.length
      ? 'Utkastet bryter mot det nationella ramverket.'
      : changes.length === 0
        ? 'Inga osparade ändringar.'
        : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Only a draft the schema accepts is sent, as parsed.
    if (!check.valid) return;
    setNotice(null);
    save.mutate({ config: check.valid, expectedVersion: base.version });
  };

  const reloadTheirs = () => {
    if (!conflict) return;
    setBase(conflict.latest);
    form.reset(conflict.latest.config);
    clearConflict();
    save.reset();
    setNotice(`Version ${conflict.latest.version} är inläst.`);
  };

  const restore = (revision: LocationRevision) => {
    // The draft becomes the old config; the base stays, so saving writes a new version on top.
    form.reset(revision.config as LocationConfig, { keepDefaultValues: true });
    setNotice(
      `Version ${revision.version} är inläst i utkastet. Spara för att göra den till en ny version.`,
    );
  };

  const tabs = [
    { id: 'venue', label: 'Ort och lokal', content: <VenueSection /> },
    { id: 'actors', label: 'Aktörer', content: <ActorsSection /> },
    { id: 'tracks', label: 'Spår', content: <TracksSection /> },
    { id: 'reach', label: 'Kranskommuner och filialer', content: <ReachSection /> },
    { id: 'rooms', label: 'Lokaler och tolkar', content: <RoomsSection /> },
    { id: 'languages', label: 'Språk och öppettider', content: <LanguagesHoursSection /> },
    {
      id: 'preview',
      label: 'Förhandsvisning',
      content: <PreviewPanel locationId={locationId} values={check.values} valid={check.valid} />,
    },
    {
      id: 'history',
      label: 'Historik',
      content: <HistoryPanel locationId={locationId} onRestore={restore} />,
    },
  ].map((tab) => ({ ...tab, label: tabLabel(tab.id, tab.label, allIssues) }));

  return (
    <FormProvider {...form}>
      <IssuesProvider value={issues}>
        <form
          className="ms-loc-editor"
          aria-label="Ortens konfiguration"
          noValidate
          onSubmit={submit}
          onKeyDown={blockImplicitSubmit}
        >
          <ErrorSummary issues={check.schemaIssues} />
          <FrameProblems issues={check.frameIssues} />
          {conflict ? (
            <ConflictPanel
              conflict={conflict}
              baseConfig={base.config}
              baseVersion={base.version}
              draft={check.values}
              canOverwrite={check.valid !== null && check.frameIssues.length === 0}
              busy={save.isPending}
              onReload={reloadTheirs}
              onOverwrite={() =>
                check.valid &&
                save.mutate({ config: check.valid, expectedVersion: conflict.latest.version })
              }
            />
          ) : null}
          <SaveBar
            baseVersion={base.version}
            changes={changes}
            blockedReason={blockedReason}
            busy={save.isPending}
            error={save.error}
            notice={notice}
          />
          <Tabs label="Delar av konfigurationen" tabs={tabs} />
        </form>
      </IssuesProvider>
    </FormProvider>
  );
}
