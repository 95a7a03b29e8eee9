import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Prisma } from '@motesplats/db';
import { accessCodeFrom, sealAccessCode } from '@motesplats/api';
import { DEMO_CONFIG } from '@motesplats/location-config';
import { Browser, startGateway, type Running } from './support.js';

// Everything below is invented: the people and their code.
const SEAL_KEY = 'test-seal-key-test-seal-key-test-seal-key';
const CODE = 'K7QH-2M9T-XW4D-8RCE';
/** A word of the Arabic catalogue's 'invitation.title' ('دعوة إلى Mötesplats och information'). */
const ARABIC_WORD = 'دعوة';
const PDFTOTEXT = '/usr/bin/pdftotext';
const PDFTOPPM = '/usr/bin/pdftoppm';
/** Gitignored (`artifacts/`): the rendered pages (pdftoppm -png -r 80) kept for review. */
const ARTIFACTS = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'artifacts',
  'invitation-pdf',
);

const havePoppler = existsSync(PDFTOTEXT) && existsSync(PDFTOPPM);
if (!havePoppler) {
  const message = `poppler-utils missing (${PDFTOTEXT}, ${PDFTOPPM}): the PDF text layer and PNG artifacts are NOT checked`;
  if (process.env.CI) throw new Error(`${message}; CI must install poppler-utils`);
  console.warn(`\n*** SKIPPED: ${message} ***\n`);
}

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'msp-pdf-'));
  try {
    const file = join(dir, 'invitation.pdf');
    writeFileSync(file, pdf);
    return execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function pngArtifact(pdf: Buffer, name: string): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync(PDFTOPPM, ['-png', '-r', '80', file, join(ARTIFACTS, name)]);
}

describe('GET /api/invitations/:visitId.pdf', () => {
  let gw: Running;
  let visitId: string;
  let unsealedVisitId: string;

  beforeAll(async () => {
    gw = await startGateway({ MOTESPLATS_SEAL_KEY: SEAL_KEY });
    const db = gw.db.prisma;
    await db.location.update({
      where: { id: 'demo' },
      data: { config: { ...DEMO_CONFIG, id: 'demo' } as unknown as Prisma.InputJsonValue },
    });
    const household = async (reference: string, sealed: boolean) => {
      const created = await db.household.create({
        data: {
          locationId: 'demo',
          reference,
          language: 'ar',
          members: {
            create: [
              {
                givenName: 'Prova',
                familyName: 'Påhittadsson',
                birthDate: new Date('1988-02-14T00:00:00Z'),
                sex: 'female',
              },
            ],
          },
        },
      });
      const code = sealed ? accessCodeFrom(CODE)! : accessCodeFrom('ZZZZ-2M9T-XW4D-8RCE')!;
      await db.newcomerAccess.create({
        data: {
          householdId: created.id,
          lookup: code.lookup,
          secretHash: code.secretHash,
          sealedCode: sealed
            ? sealAccessCode(new TextEncoder().encode(SEAL_KEY), created.id, code.code)
            : null,
        },
      });
      const id = randomUUID();
      await db.visit.create({
        data: {
          id,
          locationId: 'demo',
          householdId: created.id,
          date: new Date('2030-03-12T00:00:00Z'),
          startTime: '09:30',
          track: 2,
          invitingAgency: 'af',
          venueKind: 'main',
        },
      });
      return id;
    };
    visitId = await household('PDF-TEST-1', true);
    unsealedVisitId = await household('PDF-TEST-2', false);
  });
  afterAll(async () => {
    await gw.close();
  });

  const caseworker = async (locationId = 'demo') => {
    const browser = new Browser(gw.base);
    const login = await browser.mutate('auth.devLogin', {
      role: 'caseworker',
      agency: 'af',
      locationId,
    });
    expect(login.status).toBe(200);
    return browser;
  };
  const errorOf = async (response: Response) =>
    ((await response.json()) as { error: { code: string; message: string } }).error;
  const auditRows = (outcome: string) =>
    gw.db.prisma.auditEvent.findMany({
      where: { procedure: 'GET /api/invitations/:visitId.pdf', outcome },
    });

  it.each(['sv', 'ar', 'ti'])('is a PDF in %s with the code in its text layer', async (lang) => {
    const browser = await caseworker();
    const response = await browser.fetch(`/api/invitations/${visitId}.pdf?lang=${lang}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    if (!havePoppler) return;
    const text = pdfText(pdf);
    expect(text).toContain(CODE);
    if (lang === 'ar') expect(text).toContain(ARABIC_WORD);
    if (lang === 'ti') expect(text).toMatch(/[\u1200-\u137f]/);
    if (lang !== 'sv') pngArtifact(pdf, `invitation-${lang}`);
  });

  it('prints the same code every time (a GET changes nothing)', async () => {
    const browser = await caseworker();
    for (let i = 0; i < 2; i++) {
      const response = await browser.fetch(`/api/invitations/${visitId}.pdf?lang=en`);
      expect(response.status).toBe(200);
      if (havePoppler) expect(pdfText(Buffer.from(await response.arrayBuffer()))).toContain(CODE);
    }
  });

  it('is 401 as JSON without a session', async () => {
    const response = await fetch(`${gw.base}/api/invitations/${visitId}.pdf?lang=sv`);
    expect(response.status).toBe(401);
    expect((await errorOf(response)).message).toMatch(/sign in/i);
  });

  it('is 403 for a caseworker of another location', async () => {
    const browser = await caseworker('nope');
    const response = await browser.fetch(`/api/invitations/${visitId}.pdf?lang=sv`);
    expect(response.status).toBe(403);
    expect((await errorOf(response)).message).toContain("'demo'");
  });

  it('is 404 for an unknown visit', async () => {
    const browser = await caseworker();
    const response = await browser.fetch(`/api/invitations/${randomUUID()}.pdf?lang=sv`);
    expect(response.status).toBe(404);
  });

  it('is 400 naming lang or visitId', async () => {
    const browser = await caseworker();
    const badLang = await browser.fetch(`/api/invitations/${visitId}.pdf?lang=xx`);
    expect(badLang.status).toBe(400);
    expect((await errorOf(badLang)).message).toContain('lang');
    const badId = await browser.fetch('/api/invitations/not-a-visit.pdf?lang=sv');
    expect(badId.status).toBe(400);
    expect((await errorOf(badId)).message).toContain('visitId');
  });

  it('is 409 when the code was not kept for reprinting', async () => {
    const browser = await caseworker();
    const response = await browser.fetch(`/api/invitations/${unsealedVisitId}.pdf?lang=sv`);
    expect(response.status).toBe(409);
    expect((await errorOf(response)).message).toMatch(/issue a new code/);
  });

  it('audits every request, allowed and denied', async () => {
    const allowed = await auditRows('allowed');
    expect(allowed.some((row) => row.entity === 'invitation' && row.entityId === visitId)).toBe(
      true,
    );
    expect(allowed.some((row) => row.entity === 'access-code')).toBe(true);
    const denied = await auditRows('denied');
    const codes = denied.map((row) => (row.detail as { code: string }).code);
    for (const code of ['UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_REQUEST', 'CONFLICT']) {
      expect(codes).toContain(code);
    }
  });
});
