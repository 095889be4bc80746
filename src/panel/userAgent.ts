import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const packageJson = z.looseObject({ name: z.string(), version: z.string() });

/**
 * The version from the project's package.json, found by walking up from this file so it works both
 * from `src/` (tsx, vitest) and from the compiled `dist/src/`.
 */
function projectVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth += 1) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const parsed = packageJson.safeParse(JSON.parse(readFileSync(candidate, 'utf8')));
      if (parsed.success && parsed.data.name === 'ptero-backup-bot') return parsed.data.version;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return '0.0.0';
}

export const USER_AGENT = `ptero-backup-bot/${projectVersion()} (+discord bot)`;
