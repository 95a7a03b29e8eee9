// Copies the single stylesheet into dist so that `@motesplats/ui/styles.css` resolves.
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
mkdirSync(path.join(root, 'dist'), { recursive: true });
copyFileSync(path.join(root, 'src', 'styles.css'), path.join(root, 'dist', 'styles.css'));
