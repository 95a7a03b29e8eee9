import PDFDocument from 'pdfkit';
import type { InvitationDto } from '@motesplats/contracts';
import { fontBuffers } from './fonts.js';
import { drawQrCode } from './qr.js';
import { drawLine, wrap, type Page, type TextStyle } from './text-layout.js';

export type InvitationPrint = {
  invitation: InvitationDto;
  /** The personal access code, 'XXXX-XXXX-XXXX-XXXX'. */
  accessCode: string;
  /** The newcomer app's sign-in URL carrying the code: what the QR code encodes. */
  signInUrl: string;
};

const MARGIN = 56;
const QR_SIZE = 132;
/** Until the catalogues carry these texts, the code block is labelled in Swedish and English. */
const CODE_LABEL = 'Personlig kod · Personal code';
const SCAN_LABEL = 'Skanna QR-koden med mobilen för att logga in · Scan the QR code to sign in';

/** A cursor down the page: wraps, breaks pages, aligns to the reading direction. */
class Flow {
  y = MARGIN;
  constructor(
    private readonly doc: Page,
    private readonly direction: 'ltr' | 'rtl',
  ) {}

  get width(): number {
    return this.doc.page.width - 2 * MARGIN;
  }

  get bottom(): number {
    return this.doc.page.height - MARGIN;
  }

  ensure(height: number): void {
    if (this.y + height > this.bottom) {
      this.doc.addPage();
      this.y = MARGIN;
    }
  }

  text(text: string, size: number, options: { color?: string; indent?: number } = {}): void {
    const indent = options.indent ?? 0;
    const style: TextStyle = {
      size,
      direction: this.direction,
      ...(options.color ? { color: options.color } : {}),
    };
    const lineHeight = size * 1.6;
    for (const line of wrap(this.doc, text, size, this.width - indent)) {
      this.ensure(lineHeight);
      const left = this.direction === 'rtl' ? MARGIN : MARGIN + indent;
      drawLine(this.doc, line, style, left, this.y, this.width - indent);
      this.y += lineHeight;
    }
  }

  gap(points: number): void {
    this.y += points;
  }
}

function drawInvitation(doc: Page, print: InvitationPrint): void {
  const inv = print.invitation;
  const flow = new Flow(doc, inv.dir);
  flow.text(inv.title, 20);
  flow.text(inv.addressees.map((a) => `${a.givenName} ${a.familyName}`).join(', '), 12, {
    color: '#333333',
  });
  flow.gap(8);
  flow.text(inv.intro, 11);
  flow.gap(6);
  flow.text(inv.when, 12);
  flow.text(inv.where, 12);
  if (inv.directions) flow.text(inv.directions, 11, { color: '#333333' });
  flow.text(inv.duration, 11);
  if (inv.interpreter) flow.text(inv.interpreter, 11);
  flow.gap(8);
  flow.text(inv.meetHeading, 14);
  for (const meeting of inv.meet) {
    flow.text(`• ${meeting.name}`, 11, { indent: 12 });
    if (meeting.homeContact) flow.text(meeting.homeContact, 10, { indent: 24, color: '#333333' });
  }
  flow.gap(8);
  flow.text(inv.bringHeading, 14);
  for (const item of inv.bring) flow.text(`• ${item.text}`, 11, { indent: 12 });
  flow.gap(16);

  // The code block: the QR code and the code in text, always left to right (Latin letters).
  flow.ensure(QR_SIZE);
  const top = flow.y;
  drawQrCode(doc, print.signInUrl, MARGIN, top, QR_SIZE);
  const textLeft = MARGIN + QR_SIZE + 16;
  const textWidth = doc.page.width - MARGIN - textLeft;
  const ltr = (size: number, color?: string): TextStyle => ({
    size,
    direction: 'ltr',
    ...(color ? { color } : {}),
  });
  let y = top + 12;
  drawLine(doc, CODE_LABEL, ltr(10, '#333333'), textLeft, y, textWidth);
  y += 18;
  drawLine(doc, print.accessCode, ltr(22), textLeft, y, textWidth);
  y += 36;
  for (const line of wrap(doc, SCAN_LABEL, 9, textWidth)) {
    drawLine(doc, line, ltr(9, '#333333'), textLeft, y, textWidth);
    y += 14;
  }
  flow.y = Math.max(y, top + QR_SIZE);
}

/**
 * The invitation as a PDF: every text of the DTO in its language, Arabic and Dari shaped and
 * right to left, Tigrinya in Ethiopic, and the QR code with the personal code in text.
 */
export function renderInvitationPdf(print: InvitationPrint): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    lang: print.invitation.language,
    info: { Title: print.invitation.title, Producer: 'Mötesplats', Creator: 'Mötesplats' },
  });
  for (const [face, buffer] of Object.entries(fontBuffers())) doc.registerFont(face, buffer);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  drawInvitation(doc, print);
  doc.end();
  return done;
}
