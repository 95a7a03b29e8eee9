import type { FontFace } from './fonts.js';
import { facesOf } from './script-of.js';
import { mirroredReverse, visualRuns, type VisualRun } from './visual-runs.js';

/** The part of a PDFKit document this layout uses (fonts registered under their face names). */
export type Page = PDFKit.PDFDocument;

type Fontkit = { layout(text: string): { direction?: string } };

/** Whether the shaper (fontkit) itself lays this run out right to left (Arabic script). */
function shaperIsRtl(doc: Page, text: string): boolean {
  const font = (doc as unknown as { _font?: { font?: Fontkit } })._font?.font;
  return font?.layout(text).direction === 'rtl';
}

/**
 * The string to hand PDFKit so the run's glyphs come out in visual order: fontkit reverses a run
 * it detects as right to left (Arabic script) after shaping it, so such a run goes in logical
 * order; any other run is reversed here when it must read right to left, or back when fontkit
 * would reverse a left-to-right run (digits in Arabic script).
 */
function drawable(doc: Page, run: VisualRun): string {
  const reversedByShaper = shaperIsRtl(doc, run.text);
  if (run.rtl === reversedByShaper) return run.text;
  return mirroredReverse(run.text);
}

function measureLogical(doc: Page, text: string, size: number): number {
  const faces = facesOf(text);
  let width = 0;
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || faces[i] !== faces[start]) {
      width += doc.font(faces[start]!).fontSize(size).widthOfString(text.slice(start, i));
      start = i;
    }
  }
  return width;
}

/** Greedy line breaking at spaces, in logical order; an over-long word gets a line of its own. */
export function wrap(doc: Page, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (line !== '' && measureLogical(doc, candidate, size) > width) {
        lines.push(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    lines.push(line);
  }
  return lines;
}

export type TextStyle = { size: number; direction: 'ltr' | 'rtl'; color?: string; face?: FontFace };

/**
 * Draws one line at `y` between `left` and `left + width`: runs in visual order, left to right,
 * the line flush right when the paragraph is right to left.
 */
export function drawLine(
  doc: Page,
  line: string,
  style: TextStyle,
  left: number,
  y: number,
  width: number,
): void {
  const runs = visualRuns(line, style.direction).map((run) => {
    doc.font(run.face).fontSize(style.size);
    const text = drawable(doc, run);
    return { face: run.face, text, width: doc.widthOfString(text) };
  });
  const total = runs.reduce((sum, run) => sum + run.width, 0);
  let x = style.direction === 'rtl' ? left + width - total : left;
  doc.fillColor(style.color ?? '#000000');
  for (const run of runs) {
    // One baseline for every face: their ascenders differ, so 'top' would stagger the runs.
    doc
      .font(run.face)
      .fontSize(style.size)
      .text(run.text, x, y + style.size, { lineBreak: false, baseline: 'alphabetic' });
    x += run.width;
  }
}
