import type { PulseReportDto } from '@motesplats/contracts';

/** A pulse report's words, as a description list. */
export function PulseTexts({ report }: { report: PulseReportDto }) {
  return (
    <dl className="ms-pulse-texts">
      <dt>Avvikelser</dt>
      <dd>{report.deviations || '–'}</dd>
      <dt>Frågor</dt>
      <dd>{report.questions || '–'}</dd>
      <dt>Förbättringsförslag</dt>
      <dd>{report.suggestions || '–'}</dd>
    </dl>
  );
}
