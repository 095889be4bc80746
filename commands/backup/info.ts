import { Colors, EmbedBuilder } from 'discord.js';
import { backupInfoFields, embedTitle, serverLabel } from '#backups/format.js';
import { subcommand } from '#discord/command.js';
import { answer } from '#discord/replies.js';
import { resolveServer } from '#members/resolveServer.js';
import { backupState } from '#panel/schemas.js';
import { validateUuid } from './checks.js';
import { backupOption, serverOption } from './commonOptions.js';

export const info = subcommand({
  name: 'info',
  description: 'Show every detail of one backup',
  access: 'linked',
  defer: 'reply',
  options: [backupOption, serverOption],
  async run(interaction, _ctx, s, options) {
    const server = resolveServer(s.link, options.server);
    const backup = await s.panel.backup(server.identifier, validateUuid(options.backup));
    const state = backupState(backup);
    const embed = new EmbedBuilder()
      .setTitle(embedTitle('', backup.name || backup.uuid))
      .setColor(state === 'completed' ? Colors.Green : state === 'failed' ? Colors.Red : Colors.Yellow)
      .setDescription(serverLabel(server))
      .addFields(backupInfoFields(backup));
    await answer(interaction, { embeds: [embed] });
  },
});
