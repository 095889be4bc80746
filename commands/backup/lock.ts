import type { ChatInputCommandInteraction } from 'discord.js';
import { postAudit } from '#discord/audit.js';
import type { BotContext } from '#discord/context.js';
import { readOptions } from '#discord/options.js';
import { answer } from '#discord/replies.js';
import { resolveServer } from '#discord/session.js';
import { subcommands } from './options.js';
import { backupLabel, serverLabel, session, validateUuid, who } from './shared.js';

export async function lock(interaction: ChatInputCommandInteraction, ctx: BotContext) {
  const options = readOptions(interaction, subcommands.lock);
  const s = await session(interaction, ctx);
  const server = resolveServer(s.link, options.server);
  const backup = await s.panel.toggleLock(server.identifier, validateUuid(options.backup));
  const label = `Backup ${backupLabel(backup)} on ${serverLabel(server)}`;
  await answer(interaction, {
    content: backup.is_locked
      ? `🔒 ${label} is now **locked**: it cannot be deleted until it is unlocked.`
      : `🔓 ${label} is now **unlocked**: it can be deleted.`,
  });
  void postAudit(
    ctx.client,
    s.settings,
    `${backup.is_locked ? '🔒' : '🔓'} ${who(s.userId)} ${backup.is_locked ? 'locked' : 'unlocked'} backup ${backupLabel(backup)} on ${serverLabel(server)}.`,
    ctx.logger,
  );
}
