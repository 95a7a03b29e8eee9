import { RadioGroup } from '@motesplats/ui';
import type { LocationTemplate } from '@motesplats/contracts';
import { actorList, trackList } from '../shared/format';

function TemplateLabel({ template }: { template: LocationTemplate }) {
  // Spans, not paragraphs: a label may hold phrasing content only.
  return (
    <span className="ms-national-template">
      <strong>{template.title}</strong>
      <span className="ms-field__hint">{template.description}</span>
      <span>Aktörer: {actorList(template.actors)}</span>
      <span>{trackList(template.tracksEnabled)}</span>
    </span>
  );
}

export function TemplateStep({
  templates,
  value,
  onChange,
  error,
}: {
  templates: readonly LocationTemplate[];
  value: string;
  onChange: (template: string) => void;
  error: string | undefined;
}) {
  return (
    <RadioGroup
      legend="Mall för den nya orten"
      hint="Mallen ger orten en första konfiguration som ortens administratör sedan anpassar."
      name="national-template"
      options={templates.map((t) => ({ value: t.id, label: <TemplateLabel template={t} /> }))}
      value={value}
      onChange={onChange}
      error={error}
      required
    />
  );
}
