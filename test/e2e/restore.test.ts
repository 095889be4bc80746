import { describe, expect, it } from 'vitest';
import { itEndsClean, useE2E, useWorld } from './fixtures.js';
import { EPHEMERAL, visibleText } from './harness.js';
import {
  answer,
  BUTTON_STYLE,
  backupCommand,
  buttonsOf,
  cancelButton,
  changesFor,
  confirmAfterChange,
  confirmButton,
  expectNoInternals,
  linkedMember,
  requestsFor,
  shownTexts,
} from './memberFlows.js';

/** The closing line once the panel has cleared the restoring status (not "waiting for it to finish"). */
const FINISHED = /The restore of .+ finished\./;

describe('/backup restore end to end', () => {
  // Long enough that the member sees the "restoring" and "waiting to stop" states in between.
  const e2e = useE2E({ panel: { restoreDurationMs: 500, stopDurationMs: 400 } });
  const world = useWorld(e2e);

  const member = (powerState: 'offline' | 'running' = 'offline') =>
    linkedMember(e2e, world.guild, { server: { name: 'Survival', powerState } });

  it('asks first, saying which backup of which server, that files are overwritten and that the server is offline', async () => {
    const m = await member();
    const backup = e2e.panel.addBackup(m.server, { name: 'nightly', state: 'completed' });

    const ask = await backupCommand(e2e, m, 'restore', { backup: backup.uuid });
    const text = visibleText(ask.original);
    expect(ask.original?.flags).toBe(EPHEMERAL);
    expect(text).toContain('nightly');
    expect(text).toContain('Survival');
    expect(text).toContain(m.server.identifier);
    expect(text).toMatch(/overwrite/i);
    expect(text).toMatch(/files that are not in the backup stay/i);
    expect(text).not.toMatch(/deleted first/i);
    expect(text).toMatch(/server is offline/i);
    expectNoInternals(text);

    const confirm = confirmButton(ask.original);
    const cancel = cancelButton(ask.original);
    expect(confirm.style).toBe(BUTTON_STYLE.danger);
    expect(confirm.label).toBe('Restore');
    expect(cancel.style).toBe(BUTTON_STYLE.secondary);
    expect(cancel.label).toBe('Cancel');
    // The button carries an opaque id only: nothing of the backup or server in it.
    expect(confirm.custom_id).toMatch(/^confirm:[A-Za-z0-9_-]{22}:yes$/);
    expect(confirm.custom_id).not.toContain(backup.uuid);
    // Nothing is sent to the panel before the member confirms.
    expect(changesFor(e2e, m.server)).toEqual([]);
  });

  it('says in the question that truncate deletes every current file first', async () => {
    const m = await member();
    const backup = e2e.panel.addBackup(m.server, { name: 'weekly', state: 'completed' });

    const ask = await backupCommand(e2e, m, 'restore', { backup: backup.uuid, truncate: true });
    expect(visibleText(ask.original)).toMatch(/every current file is deleted first/i);
  });

  it('restores with truncate false when the option is left out, shows it restoring, then that it finished', async () => {
    const m = await member();
    const backup = e2e.panel.addBackup(m.server, { name: 'nightly', state: 'completed' });
    const ask = await backupCommand(e2e, m, 'restore', { backup: backup.uuid });

    const press = await answer(e2e, m, ask.original, 'confirm', FINISHED);

    const restores = changesFor(e2e, m.server).filter((r) => r.path.endsWith('/restore'));
    expect(restores).toHaveLength(1);
    expect(restores[0]?.path).toBe(
      `/api/client/servers/${m.server.identifier}/backups/${backup.uuid}/restore`,
    );
    expect(restores[0]?.body).toEqual({ truncate: false });
    const texts = shownTexts(press);
    const restoring = texts.findIndex((t) => /Restoring/.test(t) && /nightly/.test(t));
    const finished = texts.findIndex((t) => FINISHED.test(t) && /nightly/.test(t));
    expect(restoring).toBeGreaterThanOrEqual(0);
    expect(finished).toBeGreaterThan(restoring);
    expect(buttonsOf(press.original)).toEqual([]);
    expect(press.original?.flags).toBe(EPHEMERAL);
    // The panel's restore really ran and its status has cleared.
    expect(m.server.status).toBeNull();
  });

  it('sends truncate true when the member asked for it', async () => {
    const m = await member();
    const backup = e2e.panel.addBackup(m.server, { name: 'clean', state: 'completed' });
    const ask = await backupCommand(e2e, m, 'restore', { backup: backup.uuid, truncate: true });

    const press = await answer(e2e, m, ask.original, 'confirm', FINISHED);

    const restores = changesFor(e2e, m.server).filter((r) => r.path.endsWith('/restore'));
    expect(restores.map((r) => r.body)).toEqual([{ truncate: true }]);
    expect(shownTexts(press).some((t) => /files deleted first/.test(t))).toBe(true);
  });

  it('stops a running server first, shows that it waits, and restores only once the server is offline', async () => {
    const m = await member('running');
    const backup = e2e.panel.addBackup(m.server, { name: 'before-update', state: 'completed' });

    const ask = await backupCommand(e2e, m, 'restore', { backup: backup.uuid });
    const text = visibleText(ask.original);
    expect(text).toMatch(/running/);
    expect(text).toMatch(/stop signal/);
    expect(confirmButton(ask.original).label).toBe('Stop and restore');
    expect(confirmButton(ask.original).style).toBe(BUTTON_STYLE.danger);
    expect(changesFor(e2e, m.server)).toEqual([]);

    const press = await answer(e2e, m, ask.original, 'confirm', FINISHED);

    const calls = requestsFor(e2e, m.server);
    const stop = calls.findIndex((r) => r.path.endsWith('/power'));
    const restore = calls.findIndex((r) => r.path.endsWith('/restore'));
    expect(calls[stop]?.body).toEqual({ signal: 'stop' });
    expect(stop).toBeGreaterThanOrEqual(0);
    expect(restore).toBeGreaterThan(stop);
    // Between the stop signal and the restore the bot asked the panel for the power state.
    expect(calls.slice(stop + 1, restore).some((r) => r.path.endsWith('/resources'))).toBe(true);
    expect(calls.filter((r) => r.path.endsWith('/restore'))).toHaveLength(1);
    const texts = shownTexts(press);
    const waiting = texts.findIndex((t) => /Waiting for .* to stop/.test(t));
    const restoring = texts.findIndex((t) => /Restoring/.test(t));
    expect(waiting).toBeGreaterThanOrEqual(0);
    expect(restoring).toBeGreaterThan(waiting);
    expect(visibleText(press.original)).toMatch(FINISHED);
    expect(m.server.powerState).toBe('offline');
  });

  it('cancel says so and sends nothing to the panel', async () => {
    const m = await member('running');
    const backup = e2e.panel.addBackup(m.server, { name: 'nightly', state: 'completed' });
    const ask = await backupCommand(e2e, m, 'restore', { backup: backup.uuid });

    const press = await answer(e2e, m, ask.original, 'cancel', /Cancelled/);

    expect(visibleText(press.original)).toMatch(/Nothing was done/);
    expect(buttonsOf(press.original)).toEqual([]);
    expect(changesFor(e2e, m.server)).toEqual([]);
    expect(m.server.powerState).toBe('running');
  });

  it('refuses a backup deleted between the question and the confirm, and restores nothing', async () => {
    const m = await member();
    const backup = e2e.panel.addBackup(m.server, { name: 'gone-soon', state: 'completed' });
    const press = await confirmAfterChange(e2e, m, 'restore', backup, () => {
      backup.deletedAt = new Date(); // deleted on the panel meanwhile
    });

    const text = visibleText(press.original);
    expect(text).toContain(`has no backup \`${backup.uuid}\``);
    expect(text).toMatch(/may have been deleted/);
    expectNoInternals(text);
    expect(changesFor(e2e, m.server)).toEqual([]);
  });

  it('re-checks on confirm: a server started after the question is not stopped or restored', async () => {
    const m = await member();
    const backup = e2e.panel.addBackup(m.server, { name: 'nightly', state: 'completed' });
    const press = await confirmAfterChange(e2e, m, 'restore', backup, (ask) => {
      expect(confirmButton(ask.original).label).toBe('Restore');
      m.server.powerState = 'running'; // someone started it meanwhile
    });

    const text = visibleText(press.original);
    expect(text).toMatch(/was started after you asked/);
    expect(text).toContain('/backup restore');
    expectNoInternals(text);
    expect(changesFor(e2e, m.server)).toEqual([]);
    expect(m.server.powerState).toBe('running');
  });

  it('refuses a backup still in progress before any confirmation', async () => {
    const m = await member();
    const backup = e2e.panel.addBackup(m.server, { name: 'half-done', state: 'in_progress' });

    const ask = await backupCommand(e2e, m, 'restore', { backup: backup.uuid });

    expect(visibleText(ask.original)).toMatch(/still in progress: it can be restored once it has completed/);
    expect(ask.original?.flags).toBe(EPHEMERAL);
    expect(buttonsOf(ask.original)).toEqual([]);
    expect(changesFor(e2e, m.server)).toEqual([]);
  });

  it('warns in the question that a failed backup may restore incomplete files', async () => {
    const m = await member();
    const backup = e2e.panel.addBackup(m.server, { name: 'shaky', state: 'failed' });

    const ask = await backupCommand(e2e, m, 'restore', { backup: backup.uuid });

    expect(visibleText(ask.original)).toMatch(
      /failed.* when it was made: the restored files may be incomplete/,
    );
    expect(confirmButton(ask.original).label).toBe('Restore');
  });

  it('tells the member when it can no longer follow a restore (key revoked while restoring)', async () => {
    const m = await member();
    const backup = e2e.panel.addBackup(m.server, { name: 'nightly', state: 'completed' });
    const ask = await backupCommand(e2e, m, 'restore', { backup: backup.uuid });
    const press = await answer(e2e, m, ask.original, 'confirm', /Restoring/);
    e2e.panel.revokeKey(m.account.key);

    await press.waitFor((h) => /⚠️/.test(visibleText(h.original)));

    const text = visibleText(press.original);
    expect(text).toContain('nightly');
    expect(text).toContain('The panel rejected your API key');
    expectNoInternals(text);
    expect(text).not.toMatch(FINISHED);
  });

  itEndsClean(e2e);
});
