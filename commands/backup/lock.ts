import type { ChatInputCommandInteraction } from 'discord.js';
import { postAudit } from '../../src/discord/audit.js';
import type { BotContext } from '../../src/discord/context.js';
import { readOptions } from '../../src/discord/options.js';
import { answer } from '../../src/discord/replies.js';
import { resolveServer } from '../../src/discord/session.js';
import { subcommands } from './options.js';
import { backupLabel, serverLabel, session, validateUuid, who } from './shared.js';

export async function lock(interaction: ChatInputCommandInteraction, ctx: BotContext) {
  const options = readOptions(interaction, subcommands.lock);
  const s = await session(interaction, ctx);
  const server = resolveServer(s.link, options.server);
  const backup = await s.panel.toggleLock(server.identifier, validateUuid(options.backup));
  const state = backup.is_locked
    ? '🔒 is now **locked**: it cannot be deleted until it is unlocked.'
    : '🔓 is now **unlocked**: it can be deleted.';
  await answer(interaction, { content: `Backup ${backupLabel(backup)} on ${serverLabel(server)} ${state}` });
  void postAudit(
    ctx.client,
    s.settings,
    `${backup.is_locked ? '🔒' : '🔓'} ${who(s.userId)} ${backup.is_locked ? 'locked' : 'unlocked'} backup ${backupLabel(backup)} on ${serverLabel(server)}.`,
    ctx.logger,
  );
}
