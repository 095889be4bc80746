import {
  ActionRowBuilder,
  type ChatInputCommandInteraction,
  Colors,
  EmbedBuilder,
  InteractionContextType,
  ModalBuilder,
  type ModalSubmitInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import { type Command, idRoute, slashRoute } from '#discord/command.js';
import type { BotContext } from '#discord/context.js';
import { customIdCodec } from '#discord/customId.js';
import { answer } from '#discord/replies.js';
import { EMBED_FIELD_MAX, escapeText, fitList, truncate } from '#discord/text.js';
import { t } from '#i18n/i18n.js';
import type { SetUpSettings } from '#members/memberSession.js';
import { panelClientFor } from '#members/memberSession.js';
import { findLinkedServer } from '#members/resolveServer.js';
import { PanelError } from '#panel/errors.js';
import { GuildNotSetUpError, InvalidInputError } from '#src/errors.js';
import { Secret } from '#src/secret.js';
import type { LinkedServer } from '#store/index.js';

const definition = {
  name: 'link',
  description: 'Link your panel account with a client API key (asked in a private form)',
  contexts: [InteractionContextType.Guild],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** The form has one id: what it links is the presser's own key in the guild it is submitted in. */
const formId = customIdCodec('link', {});
const KEY_INPUT = 'key';
const SERVER_INPUT = 'server';

async function showForm(interaction: ChatInputCommandInteraction) {
  await interaction.showModal(
    new ModalBuilder()
      .setCustomId(formId.build({}))
      .setTitle(t('link.form.title'))
      .addComponents(
        new ActionRowBuilder<TextInputBuilder>().addComponents(
          new TextInputBuilder()
            .setCustomId(KEY_INPUT)
            .setLabel(t('link.form.keyLabel'))
            .setStyle(TextInputStyle.Short)
            .setPlaceholder(t('link.form.keyPlaceholder'))
            .setRequired(true)
            .setMinLength(16)
            .setMaxLength(128),
        ),
        new ActionRowBuilder<TextInputBuilder>().addComponents(
          new TextInputBuilder()
            .setCustomId(SERVER_INPUT)
            .setLabel(t('link.form.serverLabel'))
            .setStyle(TextInputStyle.Short)
            .setPlaceholder(t('link.form.serverPlaceholder'))
            .setRequired(false)
            .setMaxLength(36),
        ),
      ),
  );
}

/** How long the form waits for the store to say whether the guild is set up. */
const SETTINGS_BUDGET_MS = 1_500;

/** What `work` gave within `ms`, or 'late' (also when it failed: the submission checks again). */
async function withinMs<T>(work: Promise<T>, ms: number): Promise<T | 'late'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ms);
  });
  try {
    return await Promise.race([work.catch((): 'late' => 'late'), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Checks the shape before the key goes anywhere; the panel is the judge of whether it is valid. */
function readKey(raw: string): Secret {
  const key = raw.trim();
  if (/^(ptla|papp)_/.test(key)) {
    throw new InvalidInputError(() => t('link.applicationKey'));
  }
  if (!/^[A-Za-z0-9_.-]{16,128}$/.test(key)) {
    throw new InvalidInputError(() => t('link.notAKey'));
  }
  return new Secret(key);
}

async function onSubmit(
  interaction: ModalSubmitInteraction,
  ctx: BotContext,
  { guildId, settings }: { guildId: string; settings: SetUpSettings },
) {
  const apiKey = readKey(interaction.fields.getTextInputValue(KEY_INPUT));
  const wantedDefault = interaction.fields.getTextInputValue(SERVER_INPUT).trim();

  const panel = panelClientFor(ctx, settings.panelUrl, apiKey);
  // One deadline for the whole check: a panel paging slowly through 100 pages must not outlive the
  // interaction's token (the member would never hear the outcome).
  const signal = AbortSignal.timeout(ctx.timings.linkDeadlineMs);
  let account: Awaited<ReturnType<typeof panel.account>>;
  let servers: LinkedServer[];
  try {
    account = await panel.account({ signal });
    servers = (await panel.listServers({ signal })).map((s) => ({ identifier: s.identifier, name: s.name }));
  } catch (error) {
    if (error instanceof PanelError && error.kind === 'cancelled') {
      const seconds = Math.round(ctx.timings.linkDeadlineMs / 1000);
      throw new InvalidInputError(() => t('link.tooSlow', { count: seconds }));
    }
    throw error;
  }
  // What the panel says is stored in clear and shown: a panel that echoes the key would leak it there.
  if (
    [account.username, ...servers.flatMap((x) => [x.name, x.identifier])].some((text) => apiKey.isIn(text))
  ) {
    throw new InvalidInputError(() => t('link.keyEchoed'));
  }

  let defaultServer: string | null = null;
  if (wantedDefault) {
    const found = findLinkedServer(servers, wantedDefault);
    if (!found) {
      const server = `\`${escapeText(wantedDefault.slice(0, 36))}\``;
      throw new InvalidInputError(() => t('link.unknownDefault', { server }));
    }
    defaultServer = found.identifier;
  } else if (servers.length === 1 && servers[0]) {
    defaultServer = servers[0].identifier;
  }

  const stored = await ctx.store.setMemberLink(
    guildId,
    interaction.user.id,
    { apiKey, accountName: account.username, servers, defaultServer, linkedAt: new Date().toISOString() },
    // The key was checked against this panel: never store it for another one an admin set meanwhile.
    { whilePanelUrl: settings.panelUrl },
  );
  if (!stored) {
    throw new InvalidInputError(() => t('link.panelChanged'));
  }

  const shown = servers.map((s) => {
    const server = { name: escapeText(truncate(s.name, 80)), id: `\`${s.identifier}\`` };
    return s.identifier === defaultServer
      ? t('link.linked.defaultServer', server)
      : t('link.linked.server', server);
  });
  const embed = new EmbedBuilder()
    .setTitle(t('link.linked.title'))
    .setColor(Colors.Green)
    .setDescription(
      t('link.linked.description', {
        account: `**${escapeText(account.username)}**`,
        url: `\`${settings.panelUrl}\``,
      }),
    )
    .addFields({
      name: t('link.linked.servers', { count: servers.length }),
      value: shown.length > 0 ? fitList(shown, EMBED_FIELD_MAX, '\n') : t('link.linked.none'),
    });
  if (servers.length > 1 && !defaultServer) {
    embed.addFields({
      name: t('link.linked.tip'),
      value: t('link.linked.tipText'),
    });
  }
  await answer(interaction, { embeds: [embed] });
}

export const linkCommand: Command = {
  definition,
  // A form cannot follow a deferral, so the answer must come within Discord's 3 s whatever the store
  // does: a guild known not to be set up is refused before the form; a store too slow to say shows
  // the form anyway (its submission checks the set-up again, acknowledged first).
  route: slashRoute({
    access: 'guild',
    options: [],
    async run(interaction, ctx, { guildId }) {
      const settings = await withinMs(ctx.store.getGuildSettings(guildId), SETTINGS_BUDGET_MS);
      if (settings !== 'late' && !settings?.panelUrl) throw new GuildNotSetUpError();
      await showForm(interaction);
    },
  }),
  modals: [
    idRoute({
      codec: formId,
      access: 'setUp',
      defer: true,
      run: (interaction: ModalSubmitInteraction, ctx, _data, granted) => onSubmit(interaction, ctx, granted),
    }),
  ],
};
