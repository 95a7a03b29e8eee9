import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The faces the invitation embeds; each covers one script (fontsource ships them per subset). */
export type FontFace = 'latin' | 'latinExt' | 'arabic' | 'ethiopic';

const require = createRequire(import.meta.url);

/** fontsource's exports map only its CSS, so find the package folder through its LICENSE. */
function fontFile(pkg: string, file: string): string {
  return join(dirname(require.resolve(`${pkg}/LICENSE`)), 'files', file);
}

/** WOFF files (fontkit, inside pdfkit, reads them and shapes with their OpenType tables). */
const FILES: Record<FontFace, [string, string]> = {
  latin: ['@fontsource/noto-sans', 'noto-sans-latin-400-normal.woff'],
  latinExt: ['@fontsource/noto-sans', 'noto-sans-latin-ext-400-normal.woff'],
  arabic: ['@fontsource/noto-sans-arabic', 'noto-sans-arabic-arabic-400-normal.woff'],
  ethiopic: ['@fontsource/noto-sans-ethiopic', 'noto-sans-ethiopic-ethiopic-400-normal.woff'],
};

let cache: Record<FontFace, Buffer> | null = null;

/** The font files, read once per process. */
export function fontBuffers(): Record<FontFace, Buffer> {
  cache ??= Object.fromEntries(
    Object.entries(FILES).map(([face, [pkg, file]]) => [face, readFileSync(fontFile(pkg, file))]),
  ) as Record<FontFace, Buffer>;
  return cache;
}
