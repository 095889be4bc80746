import { describe, expect, it } from 'vitest';
import { createLogger, redactString } from '#src/log.js';
import { containsHeldSecret, Secret } from '#src/secret.js';

describe('redacting the keys the process holds', () => {
  it('removes a held key of any shape from log lines, not only ptlc_/pacc_-shaped ones', () => {
    // A legacy (unprefixed) key, as older panels issue them.
    const legacy = 'Zm9vYmFyYmF6cXV4MDEyMzQ1Njc4OWFiY2RlZg';
    const key = new Secret(legacy);
    const lines: string[] = [];
    const logger = createLogger('debug', (line) => lines.push(line));
    logger.warn(`panel said: invalid token ${legacy}`, {
      detail: `Bearer ${legacy}`,
      error: new Error(legacy),
    });
    expect(lines.join('\n')).not.toContain(legacy);
    expect(lines.join('\n')).toContain('[redacted]');
    expect(redactString(`x${legacy}y`)).toBe('x[redacted]y');
    expect(containsHeldSecret(`…${legacy}…`)).toBe(true);
    expect(key.isIn(`the name is ${legacy}`)).toBe(true);
    expect(key.isIn('nothing here')).toBe(false);
  });

  it('leaves ordinary text alone', () => {
    new Secret('another-held-key-0123456789');
    expect(redactString('Backup at 2026-12-02 12:00 completed')).toBe('Backup at 2026-12-02 12:00 completed');
  });
});
