import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ACTOR_IDS, ACTOR_NAMES, DevLoginInput, ROLES, type Role } from '@motesplats/contracts';
import type { z } from 'zod';
import { useTRPC } from './trpc';
import { ROLE_LABELS } from './labels';
import { messageOf, zodIssuesOf, type FieldIssue } from './errors';
import { SelectField } from './SelectField';

type Field = 'role' | 'agency' | 'locationId';
type FieldErrors = Partial<Record<Field, string>>;
const FIELDS: readonly Field[] = ['role', 'agency', 'locationId'];

/** Our own checks speak Swedish; the contract's messages are written for developers. */
const CLIENT_MESSAGES: Record<Field, string> = {
  role: 'Välj en roll.',
  agency: 'En handläggare måste höra till en myndighet. Välj myndighet.',
  locationId: 'Den här rollen arbetar på en ort. Välj ort.',
};

const ROLE_OPTIONS = ROLES.filter(
  (role): role is Exclude<Role, 'newcomer'> => role !== 'newcomer',
).map((role) => ({
  value: role,
  label: ROLE_LABELS[role],
}));
const AGENCY_OPTIONS = [
  { value: '', label: 'Ingen myndighet' },
  ...ACTOR_IDS.map((id) => ({ value: id, label: ACTOR_NAMES[id].sv })),
];

function isField(path: string): path is Field {
  return (FIELDS as readonly string[]).includes(path);
}

/** Splits issues into those shown at a field and the rest, shown above the button. */
function sortIssues(
  issues: readonly FieldIssue[],
  wording: (issue: FieldIssue & { path: Field }) => string,
) {
  const fields: FieldErrors = {};
  const rest: string[] = [];
  for (const issue of issues) {
    if (isField(issue.path)) fields[issue.path] ??= wording({ ...issue, path: issue.path });
    else rest.push(issue.path ? `${issue.path}: ${issue.message}` : issue.message);
  }
  return { fields, rest };
}

function clientIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

/**
 * Development login (only offered when the gateway says auth.config.devLogin). Production signs in
 * through a real identity provider, which this form does not pretend to be.
 */
export function DevLoginForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const headingId = useId();
  const locations = useQuery(trpc.locations.list.queryOptions());

  const [role, setRole] = useState<string>('caseworker');
  const [agency, setAgency] = useState('');
  const [locationId, setLocationId] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);

  const login = useMutation(
    trpc.auth.devLogin.mutationOptions({
      onSuccess: (user) => {
        queryClient.setQueryData(trpc.auth.me.queryKey(), user);
        // Everything cached so far was fetched as nobody; ask again as the new user.
        void queryClient.invalidateQueries();
      },
      onError: (error) => {
        const issues = zodIssuesOf(error);
        if (!issues) {
          setFormErrors([`Inloggningen misslyckades: ${messageOf(error)}`]);
          return;
        }
        // The server's zod issues are shown as the server wrote them, at the field they name.
        const { fields, rest } = sortIssues(issues, (issue) => issue.message);
        setFieldErrors(fields);
        setFormErrors(rest.length > 0 ? [`Inloggningen misslyckades: ${rest.join('; ')}`] : []);
      },
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = DevLoginInput.safeParse({
      role,
      agency: agency || undefined,
      locationId: locationId || undefined,
    });
    if (!parsed.success) {
      const { fields, rest } = sortIssues(
        clientIssues(parsed.error),
        (issue) => CLIENT_MESSAGES[issue.path],
      );
      setFieldErrors(fields);
      setFormErrors(rest);
      return;
    }
    setFieldErrors({});
    setFormErrors([]);
    // One key per user action: a retried request must not sign in twice.
    login.mutate(parsed.data);
  }

  const locationOptions = [
    { value: '', label: 'Ingen ort' },
    ...(locations.data ?? []).map((location) => ({ value: location.id, label: location.name })),
  ];

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Logga in (utvecklingsläge)</h2>
      <p>Välj vem du vill vara. Inloggningen finns bara i utvecklings- och testmiljöer.</p>
      <form className="form" onSubmit={submit} noValidate>
        <SelectField
          label="Roll"
          value={role}
          options={ROLE_OPTIONS}
          onChange={setRole}
          error={fieldErrors.role}
        />
        <SelectField
          label="Myndighet"
          value={agency}
          options={AGENCY_OPTIONS}
          onChange={setAgency}
          hint="Krävs för handläggare."
          error={fieldErrors.agency}
        />
        <SelectField
          label="Ort"
          value={locationId}
          options={locationOptions}
          onChange={setLocationId}
          hint="Krävs för handläggare och lokala administratörer."
          error={fieldErrors.locationId}
        />
        {locations.isPending ? <p role="status">Hämtar orter…</p> : null}
        {locations.isError ? (
          <p role="alert" className="error-text">
            Kunde inte hämta orter (locations.list): {locations.error.message}
          </p>
        ) : null}
        {formErrors.length > 0 ? (
          <div role="alert" className="error-text">
            {formErrors.map((text) => (
              <p key={text}>{text}</p>
            ))}
          </div>
        ) : null}
        <button type="submit" className="button button--primary" disabled={login.isPending}>
          Logga in
        </button>
      </form>
    </section>
  );
}
