import { StatusBadge, type Status } from '@motesplats/ui';
import type { LocationStatus, PulseStatus } from '@motesplats/contracts';

/** The pulse board's colours as badges: the text carries the meaning, never the colour alone. */
const PULSE_BADGE: Record<PulseStatus, { status: Status; label: string }> = {
  green: { status: 'done', label: 'Grönt – går bra' },
  yellow: { status: 'follow-up', label: 'Gult – behöver följas upp' },
  red: { status: 'at-risk', label: 'Rött – problem' },
};

export function PulseCell({ pulse }: { pulse: LocationStatus['lastPulse'] }) {
  if (!pulse) return <>Ingen rapport</>;
  const badge = PULSE_BADGE[pulse.status];
  return (
    <>
      Vecka {pulse.isoWeek} <StatusBadge status={badge.status} label={badge.label} />
    </>
  );
}
