const timestamp = new Intl.DateTimeFormat('sv-SE', {
  dateStyle: 'medium',
  timeStyle: 'short',
  // Every Mötesplats keeps Swedish time, whatever the admin's browser is set to.
  timeZone: 'Europe/Stockholm',
});

/** '2026-11-22T21:48:13Z' → '22 nov. 2026 22:48'; a value that is no time is shown as it is. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : timestamp.format(date);
}
