import type { FastifyInstance } from 'fastify';
import type { Database } from '@motesplats/db';
import { Composition, LocationId } from '@motesplats/contracts';
import { composeLocation, REMOTE_CATALOGUE } from '@motesplats/composition';

export async function compositionRoutes(
  app: FastifyInstance,
  opts: { db: Database; remotesUrl: string; remoteUrls?: Readonly<Record<string, string>> },
) {
  app.get<{ Params: { location: string } }>(
    '/api/composition/:location',
    async (request, reply) => {
      const id = LocationId.safeParse(request.params.location);
      if (!id.success) {
        return reply.code(400).send({
          message: `location: expected a location id (a slug of a-z, 0-9 and hyphens), got '${request.params.location}'`,
        });
      }
      const location = await opts.db.prisma.location.findUnique({
        where: { id: id.data },
        select: { id: true, name: true, config: true },
      });
      if (!location) {
        return reply
          .code(404)
          .send({ message: `No location '${id.data}'. See locations.list for the known ones.` });
      }
      // Validate our own answer: the shell trusts this shape.
      return Composition.parse(
        composeLocation(location, REMOTE_CATALOGUE, opts.remotesUrl, opts.remoteUrls),
      );
    },
  );
}
