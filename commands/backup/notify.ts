import { ApplicationCommandOptionType } from 'discord.js';
import { serverLabel } from '#backups/format.js';
import { subcommand } from '#discord/command.js';
import { answer } from '#discord/replies.js';
import { currentLocale, t } from '#i18n/i18n.js';
import { resolveServer } from '#members/resolveServer.js';
import { serverOption } from './commonOptions.js';

/**
 * /backup notify: DMs about one server's backups, as the watch sees them (src/watch/). They stop by
 * themselves when the member unlinks or their key no longer reaches the server.
 */
export const notify = subcommand({
  name: 'notify',
  description: "Get (or stop) DMs about a server's backups: made on the panel, failed, stuck, deleted",
  access: 'linked',
  defer: 'reply',
  options: [
    {
      name: 'state',
      description: 'on: DM me; off: stop',
      type: ApplicationCommandOptionType.String,
      required: true,
      choices: [
        { name: 'on', value: 'on' },
        { name: 'off', value: 'off' },
      ],
    },
    serverOption,
  ],
  async run(interaction, ctx, s, options) {
    const server = resolveServer(s.link, options.server);
    // The watch keys servers by their 8-character identifier, which a full UUID starts with.
    const identifier = server.identifier.slice(0, 8);
    const on = options.state === 'on';
    // The member's language now: the watch's DMs to them are worded in it.
    await ctx.store.watch.setSubscription(s.guildId, s.userId, identifier, on, currentLocale());
    const watched = s.settings.notificationsChannelId !== null;
    const label = serverLabel(server);
    const onWords = watched
      ? t('watch.notify.on', { server: label })
      : `${t('watch.notify.on', { server: label })}\n${t('watch.notify.notWatched')}`;
    await answer(interaction, { content: on ? onWords : t('watch.notify.off', { server: label }) });
  },
});
