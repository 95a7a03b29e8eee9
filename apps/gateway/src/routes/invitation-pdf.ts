import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import {
  fieldIssues,
  invitationPrintFor,
  verifySessionToken,
  type ApiDeps,
  type PrintableInvitation,
} from '@motesplats/api';
import { renderInvitationPdf } from '../invitation-pdf/index.js';
import { SESSION_COOKIE } from './trpc.js';

const PATH = '/api/invitations/:visitId.pdf';

function fail(
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
  issues?: unknown,
) {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .send({ error: { code, message, ...(issues ? { issues } : {}) } });
}

/** The newcomer app's sign-in link with the code: the configured public URL, or this request's origin. */
function signInUrl(request: FastifyRequest, publicUrl: string | null, code: string): string {
  const base = publicUrl ?? `${request.protocol}://${request.host}`;
  return `${base}/newcomer/?code=${encodeURIComponent(code)}`;
}

/**
 * GET /api/invitations/:visitId.pdf?lang=sv|en|ar|prs|so|ti: the invitation (kallelse) to print,
 * with the QR code and the household's personal access code. Same session cookie, permission
 * ('invitations:read') and location scope as `invitations.get`, and the same composition: the
 * invitation and the unsealed code come from @motesplats/api's invitationPrintFor, which audits
 * every request, allowed or refused. 401 without a session, 403 outside the caller's role or
 * location, 404 for an unknown visit, 400 naming `visitId` or `lang`, 409 when the household's
 * code was not kept for reprinting (issue a new one). A GET: printing again gives the same code.
 */
export async function invitationPdfRoutes(
  app: FastifyInstance,
  opts: { deps: ApiDeps; publicUrl: string | null },
) {
  const { deps, publicUrl } = opts;
  app.get(PATH, async (request: FastifyRequest, reply: FastifyReply) => {
    const session = await verifySessionToken(
      request.cookies[SESSION_COOKIE] ?? null,
      deps.sessionSecret,
      deps.now(),
    );
    const { visitId } = request.params as { visitId: string };
    const query = request.query as Record<string, unknown>;
    const unknown = Object.keys(query).filter((key) => key !== 'lang');
    let print: PrintableInvitation;
    try {
      if (unknown.length > 0) {
        // Checked inside the API too, so the refusal is audited; named here as the query's names.
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: `Invalid query: ${unknown.join(', ')}: not a parameter of this document (only lang)`,
        });
      }
      print = await invitationPrintFor(
        deps,
        session,
        { visitId, language: query.lang },
        { requestId: String(request.id), procedure: `GET ${PATH}` },
      );
    } catch (error) {
      if (!(error instanceof TRPCError) || error.code === 'INTERNAL_SERVER_ERROR') throw error;
      request.log.info({ code: error.code, path: PATH }, error.message);
      // The API calls the language 'language'; this URL calls it 'lang'.
      const issues = fieldIssues(error).map((issue) => ({
        ...issue,
        path: issue.path === 'language' ? 'lang' : issue.path,
      }));
      const message =
        issues.length > 0
          ? `Invalid request: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`
          : error.message;
      return fail(
        reply,
        getHTTPStatusCodeFromError(error),
        error.code,
        message,
        issues.length > 0 ? issues : undefined,
      );
    }
    const pdf = await renderInvitationPdf({
      invitation: print.invitation,
      accessCode: print.accessCode,
      signInUrl: signInUrl(request, publicUrl, print.accessCode),
    });
    const name = `kallelse-${print.invitation.visitId}-${print.invitation.language}.pdf`;
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="${name}"`)
      .header('cache-control', 'no-store')
      .header('x-content-type-options', 'nosniff')
      .send(pdf);
  });
}
