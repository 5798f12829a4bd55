import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The monorepo root: engine binaries live in `.tools/`, local data in `.data/`. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export const toolsDir = process.env.PAS_TOOLS_DIR ?? path.join(repoRoot, '.tools');
export const dataRoot = process.env.PAS_DATA_DIR ?? path.join(repoRoot, '.data');
