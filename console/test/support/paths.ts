import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The console package's folder, the repository's root, and its npm binaries. */
export const consoleDir = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const repoRoot = resolve(consoleDir, '..');
export const binDir = join(repoRoot, 'node_modules', '.bin');
