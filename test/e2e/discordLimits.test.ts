import { describe, expect, it } from 'vitest';
import { itEndsClean, useE2E } from './fixtures.js';
import { configureGuild, joinedGuild, linkThroughModal, visibleText } from './harness.js';
import { backupCommand, soloMember } from './memberFlows.js';
import { runCommand } from './setupSteps.js';

/** Lists of names from the panel or the guild are fitted to Discord's limits, so the answer goes out. */
describe('Discord limits on dynamic text', () => {
  const e2e = useE2E();

  it('/link with twenty servers of long names answers with the link, the list cut to fit', async () => {
    const user = e2e.discord.createUser({ username: 'many' });
    const guild = await joinedGuild(e2e, { owner: user });
    await configureGuild(e2e, guild);
    const account = e2e.panel.addUser({ username: 'collector' });
    for (let i = 0; i < 20; i += 1)
      e2e.panel.addServer({ owner: account, name: `${'Survival world of the long weekend '.repeat(2)}${i}` });
    const answered = await linkThroughModal(e2e, guild, user, account.key);
    const text = visibleText(answered.original);
    expect(text).toContain('Panel account linked');
    expect(text).toMatch(/…and \d+ more/);
    const field = answered.original?.embeds?.[0] as { fields?: Array<{ value: string }> } | undefined;
    expect(field?.fields?.[0]?.value.length ?? 0).toBeLessThanOrEqual(1024);
    expect((await e2e.bot.context.store.getMemberLink(guild.id, user.id))?.servers).toHaveLength(20);
  });

  it('a panel refusal with many validation entries reaches the member, cut to 2,000 characters', async () => {
    const member = await soloMember(e2e);
    const fields = Array.from({ length: 40 }, (_, i): [string, string] => [
      `ignored.${i}`,
      `The ignored.${i} pattern may not be greater than 255 characters, and this one is much longer than that.`,
    ]);
    e2e.panel.faults.invalidNext(fields, { method: 'POST', path: '/backups' });
    const refused = await backupCommand(e2e, member, 'create', { name: 'many errors' });
    const text = refused.original?.content ?? '';
    expect(text).toMatch(/^⚠️ The panel rejected the request: /);
    expect(text).toContain('The ignored.0 pattern may not be greater than 255 characters');
    expect(text.length).toBe(2000);
    expect(text.endsWith('…')).toBe(true);
    // The deferred reply was replaced: Discord accepted the edit.
    expect(refused.responses.filter((r) => r.kind === 'edit')).toHaveLength(1);
  });

  it('/setup sends its DM even when the chosen roles’ names pass 1,024 characters', async () => {
    const admin = e2e.discord.createUser({ username: 'admin' });
    const roles = Array.from({ length: 20 }, (_, i) => ({
      name: `${'Moderators of the night shift '.repeat(3)}${i}`,
    }));
    const guild = await joinedGuild(e2e, { owner: admin, roles });
    const roleIds = guild.roles.filter((r) => r.name !== '@everyone').map((r) => r.id);
    await configureGuild(e2e, guild, { managerRoleIds: roleIds });
    const handle = await runCommand(e2e, { guild, user: admin }, 'setup');
    expect(visibleText(handle.original)).toContain('I sent you a DM');
    const [dm] = e2e.discord.dmMessages(admin);
    const field = (
      dm?.embeds?.[0] as { fields?: Array<{ name: string; value: string }> } | undefined
    )?.fields?.find((f) => f.name === 'Roles allowed to restore and delete');
    expect(field?.value.length ?? 0).toBeLessThanOrEqual(1024);
    expect(field?.value).toMatch(/…and \d+ more/);
  });

  itEndsClean(e2e);
});
