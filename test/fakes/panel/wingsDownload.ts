/**
 * Backup downloads (§3 of the API doc): the panel signs a single-use link to its node, and the node
 * (wings, served on the panel's own port here) checks the token and streams the archive.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { requirePermission } from './access.js';
import { archiveFor } from './backupRecords.js';
import { item } from './envelopes.js';
import { signHs256, verifyHs256 } from './jwt.js';
import { randomToken } from './keys.js';
import { send } from './responses.js';
import type { BackupHandler } from './routeTable.js';
import type { PanelState } from './state.js';

export const WINGS_DOWNLOAD_PATH = '/download/backup';

/** `GET /backups/{backup}/download`: the signed URL the client hands to whoever downloads. */
export const signedDownloadUrl: BackupHandler = (state, ctx, server, backup) => {
  requirePermission(state, ctx.user, server, 'backup.download');
  const { url } = state;
  const now = Math.floor(Date.now() / 1000);
  const token = signHs256(
    {
      iss: url,
      aud: [url],
      jti: createHash('md5').update(`${ctx.user.id}${server.uuid}`).digest('hex'),
      iat: now,
      nbf: now - 300,
      exp: now + state.config.downloadTtlSeconds,
      backup_uuid: backup.uuid,
      server_uuid: server.uuid,
      user_uuid: ctx.user.uuid,
      user_id: ctx.user.id,
      unique_id: randomToken(16),
    },
    state.config.daemonSecret,
  );
  return { status: 200, body: item('signed_url', { url: `${url}${WINGS_DOWNLOAD_PATH}?token=${token}` }) };
};

/** Wings' `GET /download/backup?token=…`: its own error bodies, not the panel's envelope. */
export function serveWingsDownload(state: PanelState, res: ServerResponse, requestUrl: URL): void {
  const requestId = randomUUID();
  const headers = { 'x-request-id': requestId };
  const token = requestUrl.searchParams.get('token') ?? '';
  const verified = verifyHs256(token, state.config.daemonSecret, Date.now() / 1000);
  if (!verified.ok) {
    send(
      res,
      500,
      { error: 'An unexpected error was encountered while processing this request', request_id: requestId },
      headers,
    );
    return;
  }
  const { claims } = verified;
  const uniqueId = String(claims.unique_id);
  const server = state.servers.find((s) => s.uuid === claims.server_uuid);
  if (state.usedDownloadIds.has(uniqueId) || server === undefined) {
    send(res, 404, { error: 'The requested resource was not found on this server.' }, headers);
    return;
  }
  state.usedDownloadIds.add(uniqueId);
  const backup = state.backups.find((b) => b.uuid === claims.backup_uuid && b.deletedAt === null);
  if (backup === undefined) {
    send(res, 404, { error: 'The requested backup was not found on this server.' }, headers);
    return;
  }
  const archive = archiveFor(state, backup);
  res.writeHead(200, {
    ...headers,
    'content-type': 'application/octet-stream',
    'content-disposition': `attachment; filename="${backup.uuid}.tar.gz"`,
    'content-length': archive.length,
  });
  res.end(archive);
}
