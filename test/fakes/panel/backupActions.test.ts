import { afterEach, describe, expect, it } from 'vitest';
import {
  call,
  closePanels,
  firstError,
  setup,
  setupWithBackup,
  validationError,
  waitFor,
} from './harness.js';

afterEach(closePanels);

describe('lock and delete', () => {
  it('flips the lock and refuses to delete a locked successful backup', async () => {
    const { panel, owner, server, base, backup } = await setupWithBackup();
    const locked = await call(panel, owner.key, 'POST', `${base}/backups/${backup.uuid}/lock`);
    expect(locked.status).toBe(200);
    expect(locked.json.attributes.is_locked).toBe(true);
    const refused = await call(panel, owner.key, 'DELETE', `${base}/backups/${backup.uuid}`);
    expect(refused.status).toBe(400);
    expect(firstError(refused)).toEqual({
      code: 'BackupLockedException',
      status: '400',
      detail: 'Cannot delete a backup that is marked as locked.',
    });
    const lockedFailed = panel.addBackup(server, { state: 'failed', locked: true });
    expect((await call(panel, owner.key, 'DELETE', `${base}/backups/${lockedFailed.uuid}`)).status).toBe(204);
    const unlocked = await call(panel, owner.key, 'POST', `${base}/backups/${backup.uuid}/lock`);
    expect(unlocked.json.attributes.is_locked).toBe(false);
  });

  it('needs backup.delete to lock or delete', async () => {
    const { panel, server, base } = await setup();
    const member = panel.addUser();
    panel.addSubuser(server, member, ['backup.create', 'backup.read']);
    const backup = panel.addBackup(server);
    expect((await call(panel, member.key, 'POST', `${base}/backups/${backup.uuid}/lock`)).status).toBe(403);
    expect((await call(panel, member.key, 'DELETE', `${base}/backups/${backup.uuid}`)).status).toBe(403);
    expect((await call(panel, member.key, 'GET', `${base}/backups/${backup.uuid}/download`)).status).toBe(
      403,
    );
  });
});

describe('restore', () => {
  it('validates truncate, refuses an in-progress backup or a server in a non-null status', async () => {
    const { panel, owner, server, base } = await setup();
    const done = panel.addBackup(server);
    const running = panel.addBackup(server, { state: 'in_progress' });
    const restore = (uuid: string, body?: unknown) =>
      call(panel, owner.key, 'POST', `${base}/backups/${uuid}/restore`, body);
    const missing = await restore(done.uuid, {});
    expect(missing.status).toBe(422);
    expect(firstError(missing)).toEqual(
      validationError('truncate', 'required', 'The truncate field is required.'),
    );
    const wrongType = await restore(done.uuid, { truncate: 'maybe' });
    expect(firstError(wrongType).detail).toBe('The truncate field must be true or false.');
    const inProgress = await restore(running.uuid, { truncate: false });
    expect(inProgress.status).toBe(400);
    expect(firstError(inProgress).detail).toBe(
      'This backup cannot be restored at this time: not completed or failed.',
    );
    server.status = 'reinstall_failed';
    const badState = await restore(done.uuid, { truncate: false });
    expect(badState.status).toBe(400);
    expect(firstError(badState).detail).toBe(
      'This server is not currently in a state that allows for a backup to be restored.',
    );
  });

  it('restores a failed backup too, shows restoring_backup and answers 409 until it finishes', async () => {
    const { panel, owner, server, base } = await setup({ restoreDurationMs: 60_000 });
    const failed = panel.addBackup(server, { state: 'failed' });
    const answer = await call(panel, owner.key, 'POST', `${base}/backups/${failed.uuid}/restore`, {
      truncate: '1',
    });
    expect(answer.status).toBe(204);
    expect(answer.text).toBe('');
    expect((await call(panel, owner.key, 'GET', base)).json.attributes.status).toBe('restoring_backup');
    expect((await call(panel, owner.key, 'POST', `${base}/power`, { signal: 'start' })).status).toBe(409);
    panel.finishRestore(server);
    expect((await call(panel, owner.key, 'GET', base)).json.attributes.status).toBeNull();
    expect((await call(panel, owner.key, 'GET', `${base}/backups`)).status).toBe(200);
  });

  it('clears restoring_backup by itself after restoreDurationMs', async () => {
    const { panel, owner, server, base, backup } = await setupWithBackup({ restoreDurationMs: 20 });
    await call(panel, owner.key, 'POST', `${base}/backups/${backup.uuid}/restore`, { truncate: false });
    await waitFor(() => server.status === null, 'restore to finish');
    expect((await call(panel, owner.key, 'GET', `${base}/resources`)).status).toBe(200);
  });
});
