/**
 * Calendar dates ('YYYY-MM-DD') as the database stores them (`@db.Date`): midnight UTC, so the
 * day never shifts with the server's time zone. Every Mötesplats keeps Swedish time; a date here
 * is already the Swedish calendar day.
 */
export function dbDate(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`);
}

export function isoDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}
