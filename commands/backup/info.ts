import { Colors, EmbedBuilder } from 'discord.js';
import { backupInfoFields, embedTitle, serverLabel } from '#backups/format.js';
import { answer } from '#discord/replies.js';
import { backupState } from '#panel/schemas.js';
import { backupSubcommand } from './commonOptions.js';

export const info = backupSubcommand({
  name: 'info',
  description: 'Show every detail of one backup',
  access: 'linked',
  async run(interaction, _ctx, s, { server, uuid }) {
    const backup = await s.panel.backup(server.identifier, uuid);
    const state = backupState(backup);
    const embed = new EmbedBuilder()
      .setTitle(embedTitle('', backup.name || backup.uuid))
      .setColor(state === 'completed' ? Colors.Green : state === 'failed' ? Colors.Red : Colors.Yellow)
      .setDescription(serverLabel(server))
      .addFields(backupInfoFields(backup));
    await answer(interaction, { embeds: [embed] });
  },
});
