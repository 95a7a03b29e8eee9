import { z } from 'zod';

/** The six actors (aktörer) that meet a newcomer at a Mötesplats. */
export const ACTOR_IDS = ['mv', 'af', 'fk', 'pm', 'skv', 'kommun'] as const;
export const ActorId = z.enum(ACTOR_IDS);
export type ActorId = z.infer<typeof ActorId>;

/** Swedish names are what the UI shows; the English ones are for logs and docs. */
export const ACTOR_NAMES: Record<ActorId, { sv: string; en: string }> = {
  mv: { sv: 'Migrationsverket', en: 'Swedish Migration Agency' },
  af: { sv: 'Arbetsförmedlingen', en: 'Swedish Public Employment Service' },
  fk: { sv: 'Försäkringskassan', en: 'Swedish Social Insurance Agency' },
  pm: { sv: 'Pensionsmyndigheten', en: 'Swedish Pensions Agency' },
  skv: { sv: 'Skatteverket', en: 'Swedish Tax Agency' },
  kommun: { sv: 'Kommunen', en: 'The municipality' },
};
