import { TRPCError } from '@trpc/server';
import {
  DEFAULT_NATIONAL_FRAME,
  NationalFrameSchema,
  type NationalFrame,
} from '@motesplats/location-config';
import type { Prisma } from '@motesplats/db';

/** The one row of the NationalFrame table. */
export const FRAME_ROW_ID = 'national';

/** The version the built-in default has while no frame has been saved. */
export const DEFAULT_FRAME_VERSION = 1;

/**
 * The built-in default was never saved, so it has no save time: its `updatedAt` is the Unix
 * epoch, and `updatedBy` null is what tells a reader it is the default.
 */
export const DEFAULT_FRAME_UPDATED_AT = new Date(0);

export type FrameInForce = {
  frame: NationalFrame;
  version: number;
  updatedAt: Date;
  /** Display name of whoever saved it; null for the built-in default. */
  updatedBy: string | null;
  /** False while the built-in default is in force (no row yet). */
  stored: boolean;
};

/**
 * The national frame every location is held to: the stored one, or, until a national admin has
 * saved one, DEFAULT_NATIONAL_FRAME as version 1. A stored frame that no longer parses is corrupt
 * data, not the caller's fault: an INTERNAL error rather than a silently different frame.
 */
export async function loadFrameInForce(db: Prisma.TransactionClient): Promise<FrameInForce> {
  const row = await db.nationalFrame.findUnique({ where: { id: FRAME_ROW_ID } });
  if (!row) {
    return {
      frame: DEFAULT_NATIONAL_FRAME,
      version: DEFAULT_FRAME_VERSION,
      updatedAt: DEFAULT_FRAME_UPDATED_AT,
      updatedBy: null,
      stored: false,
    };
  }
  const parsed = NationalFrameSchema.safeParse(row.frame);
  if (!parsed.success) {
    throw new TRPCError({
      code: 'INTERNAL_SERVER_ERROR',
      message: `The stored national frame (version ${row.version}) does not parse: ${parsed.error.message}`,
    });
  }
  return {
    frame: parsed.data,
    version: row.version,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedByName,
    stored: true,
  };
}
