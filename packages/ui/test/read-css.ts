import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The raw text of src/styles.css (Vite's `?raw` is empty for CSS under Vitest). */
export const stylesCss = readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'styles.css'),
  'utf8',
);
