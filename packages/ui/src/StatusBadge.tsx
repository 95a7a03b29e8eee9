import { cx } from './field.js';

export type Status = 'todo' | 'done' | 'follow-up' | 'not-applicable' | 'at-risk';

export const STATUSES: readonly Status[] = [
  'todo',
  'done',
  'follow-up',
  'not-applicable',
  'at-risk',
];

/** English defaults; pass `label` for translated text. */
export const DEFAULT_STATUS_LABELS: Record<Status, string> = {
  todo: 'To do',
  done: 'Done',
  'follow-up': 'Follow-up',
  'not-applicable': 'Not applicable',
  'at-risk': 'At risk',
};

const ICONS: Record<Status, string> = {
  todo: '○',
  done: '✓',
  'follow-up': '↻',
  'not-applicable': '–',
  'at-risk': '!',
};

export interface StatusBadgeProps {
  status: Status;
  /** Visible text; the status is never conveyed by colour alone. */
  label?: string;
  className?: string;
}

export function StatusBadge({ status, label, className }: StatusBadgeProps) {
  return (
    <span className={cx('ms-badge', `ms-badge--${status}`, className)} data-status={status}>
      <span aria-hidden="true">{ICONS[status]}</span>
      <span>{label ?? DEFAULT_STATUS_LABELS[status]}</span>
    </span>
  );
}
