import { describe, expect, it } from 'vitest';
import { downloadExpiry } from '#backups/downloadExpiry.js';
import {
  backupChoiceLabel,
  backupLabel,
  formatAge,
  formatBytes,
  serverLabel,
  stateLabel,
} from '#backups/format.js';
import { escapeText } from '#discord/text.js';
import { plain } from '#panel/messages.js';
import type { Backup } from '#panel/schemas.js';

const base: Backup = {
  uuid: '0f6c8a0e-2d1b-4c55-9a43-1f2e3d4c5b6a',
  is_successful: true,
  is_locked: false,
  name: 'nightly',
  ignored_files: [],
  checksum: 'sha1:abc',
  bytes: 52_428_800,
  created_at: '2024-10-24T12:00:00+00:00',
  completed_at: '2024-10-24T12:01:10+00:00',
};

describe('formatting', () => {
  it('shows sizes in binary units', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(52_428_800)).toBe('50.0 MiB');
    expect(formatBytes(5 * 1024 ** 4)).toBe('5.0 TiB');
  });

  it('derives the backup state the way the panel defines it', () => {
    expect(stateLabel(base)).toContain('completed');
    expect(stateLabel({ ...base, is_successful: false, completed_at: null })).toContain('in progress');
    expect(stateLabel({ ...base, is_successful: false })).toContain('failed');
  });

  it('keeps autocomplete labels within 100 characters, with size and age', () => {
    const now = Date.parse('2024-10-24T15:00:00Z');
    expect(backupChoiceLabel(base, now)).toBe('nightly · 50.0 MiB · 3h ago');
    const long = backupChoiceLabel({ ...base, name: 'x'.repeat(300), is_locked: true }, now);
    expect(long.length).toBeLessThanOrEqual(100);
    expect(long.endsWith('· locked')).toBe(true);
    expect(formatAge('2024-10-20T15:00:00Z', now)).toBe('4d ago');
  });

  it('escapes markdown and mentions in names that come from the panel', () => {
    expect(escapeText('**bold** @everyone')).toBe('\\*\\*bold\\*\\* @\u200beveryone');
  });

  it('reads the expiry of a wings JWT link and of an S3 presigned link', () => {
    const payload = Buffer.from(JSON.stringify({ exp: 1_700_000_900 })).toString('base64url');
    expect(downloadExpiry(`https://node.example:8080/download/backup?token=h.${payload}.s`)?.getTime()).toBe(
      1_700_000_900_000,
    );
    expect(
      downloadExpiry(
        'https://bucket.s3.example/a.tar.gz?X-Amz-Date=20241024T120000Z&X-Amz-Expires=300',
      )?.toISOString(),
    ).toBe('2024-10-24T12:05:00.000Z');
    expect(downloadExpiry('https://node.example/download/backup?token=not-a-jwt')).toBeNull();
    expect(downloadExpiry('not a url')).toBeNull();
  });
});

describe('panel text in messages', () => {
  it('folds a name to one line without bidi overrides, so it cannot forge a line of the audit channel', () => {
    const forged = backupLabel({ name: 'nightly\n⚠️ <@1> deleted every backup\r\u202Egnp.exe', uuid: 'x' });
    expect(forged).not.toMatch(/[\n\r\u202e]/);
    expect(forged).toContain('nightly ⚠️');
    const server = serverLabel({ identifier: '1a2b3c4d', name: 'Survival\u2066\nfake line' });
    expect(server).not.toMatch(/[\n\u2066]/);
  });

  it('keeps a panel detail inert: a masked link, a mention or a new line does not render', () => {
    const shown = plain('Server busy.\n[Click to fix](https://evil.example/x) <@&123> @everyone.');
    expect(shown).not.toContain('\n');
    expect(shown).not.toContain('[Click to fix](');
    expect(shown).toContain('\\[Click to fix\\]\\(');
    expect(shown).not.toContain('@everyone');
    expect(shown).not.toContain('<@&');
  });
});
