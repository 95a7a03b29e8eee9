/** Options of `nx g @motesplats/tools:agency-app`; mirrors schema.json. */
export interface AgencyAppSchema {
  /** Kebab-case; the app becomes apps/caseworker-<name>. */
  name: string;
  /**
   * An ActorId of @motesplats/location-config. Required, but checked by the generator rather than
   * the schema, so that the refusal can say why and what to do.
   */
  actor: string;
  /** Swedish display name. */
  label: string;
  /** English display name; defaults to label. */
  labelEn?: string;
  /** The track this agency books, if any. */
  track?: 1 | 2 | 3;
}
