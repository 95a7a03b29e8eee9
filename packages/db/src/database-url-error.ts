/** DATABASE_URL holds a value this package cannot connect to. */
export class DatabaseUrlError extends Error {
  override name = 'DatabaseUrlError';
}
