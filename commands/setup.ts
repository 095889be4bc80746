import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  ChannelType,
  type ChatInputCommandInteraction,
  Colors,
  DiscordAPIError,
  EmbedBuilder,
  type Guild,
  type GuildMember,
  InteractionContextType,
  MessageFlags,
  ModalBuilder,
  type ModalSubmitInteraction,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  StringSelectMenuBuilder,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import { z } from 'zod';
import { discordTime, escapeText, truncate } from '#backups/format.js';
import type { Command, ComponentInteraction } from '#discord/command.js';
import type { BotContext } from '#discord/context.js';
import { answer } from '#discord/replies.js';
import { panelClientFor } from '#discord/session.js';
import { PanelError } from '#panel/errors.js';
import { messages } from '#panel/messages.js';
import { checkPanelUrl } from '#panel/url.js';
import { InvalidInputError, NotAllowedError } from '#src/errors.js';
import { Secret } from '#src/secret.js';
import type { GuildSettings } from '#store/index.js';

const definition = {
  name: 'setup',
  description: 'Set the bot up for this Discord server (sent to you in a DM)',
  contexts: [InteractionContextType.Guild],
  default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

// Custom ids carry only the guild id: every press re-checks that the presser manages that guild.
const PREFIX = 'setup';
const MODAL_PREFIX = 'setupurl';
const actionId = z.templateLiteral([
  z.literal(`${PREFIX}:`),
  z.enum(['url', 'test', 'roles', 'audit']),
  z.literal(':'),
  z.string().regex(/^\d{17,20}$/),
]);
const modalId = z.templateLiteral([z.literal(`${MODAL_PREFIX}:`), z.string().regex(/^\d{17,20}$/)]);
const URL_INPUT = 'url';
const NO_AUDIT = 'none';

function defaults(userId: string): GuildSettings {
  return {
    panelUrl: null,
    managerRoleIds: [],
    auditChannelId: null,
    setupBy: userId,
    updatedAt: new Date().toISOString(),
  };
}

/** The DM's whole content for one guild: current settings, and the controls to change them. */
function setupMessage(guild: Guild, settings: GuildSettings | undefined, status?: string) {
  const current = settings ?? defaults('');
  const roles = [...guild.roles.cache.values()]
    .filter((role) => role.id !== guild.id && !role.managed)
    .sort((a, b) => b.position - a.position)
    .slice(0, 25);
  const channels = [...guild.channels.cache.values()]
    .filter((c) => c.type === ChannelType.GuildText || c.type === ChannelType.GuildAnnouncement)
    .sort((a, b) => ('position' in a && 'position' in b ? a.position - b.position : 0))
    .slice(0, 24);
  const embed = new EmbedBuilder()
    .setTitle(truncate(`Backup bot setup for ${guild.name}`, 256))
    .setColor(current.panelUrl ? Colors.Green : Colors.Orange)
    .setDescription(
      'Members link their own panel API key with `/link`; the panel decides what each key may do. ' +
        'The panel URL is set here, so it never appears in a channel.',
    )
    .addFields(
      {
        name: 'Panel URL',
        value: current.panelUrl ? `\`${current.panelUrl}\`` : 'not set — press **Set panel URL**',
      },
      {
        name: 'Roles allowed to restore and delete',
        value:
          current.managerRoleIds.length > 0
            ? current.managerRoleIds.map((id) => escapeText(guild.roles.cache.get(id)?.name ?? id)).join(', ')
            : 'any member whose panel key allows it',
      },
      {
        name: 'Audit channel',
        value: current.auditChannelId
          ? `#${escapeText(guild.channels.cache.get(current.auditChannelId)?.name ?? current.auditChannelId)}`
          : 'none',
      },
    );
  if (settings)
    embed.addFields({
      name: 'Last change',
      value: `by <@${settings.setupBy}> ${discordTime(settings.updatedAt, 'R')}`,
    });
  if (status) embed.addFields({ name: 'Status', value: truncate(status, 1024) });

  const rows: ActionRowBuilder<ButtonBuilder | StringSelectMenuBuilder>[] = [
    new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder()
        .setCustomId(`${PREFIX}:url:${guild.id}`)
        .setLabel('Set panel URL')
        .setStyle(ButtonStyle.Primary),
      new ButtonBuilder()
        .setCustomId(`${PREFIX}:test:${guild.id}`)
        .setLabel('Test connection')
        .setStyle(ButtonStyle.Secondary)
        .setDisabled(!current.panelUrl),
    ),
  ];
  if (roles.length > 0) {
    rows.push(
      new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(
        new StringSelectMenuBuilder()
          .setCustomId(`${PREFIX}:roles:${guild.id}`)
          .setPlaceholder('Roles that may restore and delete (none: anyone)')
          .setMinValues(0)
          .setMaxValues(roles.length)
          .addOptions(
            roles.map((role) => ({
              label: truncate(role.name, 100),
              value: role.id,
              default: current.managerRoleIds.includes(role.id),
            })),
          ),
      ),
    );
  }
  rows.push(
    new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(
      new StringSelectMenuBuilder()
        .setCustomId(`${PREFIX}:audit:${guild.id}`)
        .setPlaceholder('Audit channel (optional)')
        .setMinValues(1)
        .setMaxValues(1)
        .addOptions([
          { label: 'No audit channel', value: NO_AUDIT, default: !current.auditChannelId },
          ...channels.map((c) => ({
            label: truncate(`#${c.name}`, 100),
            value: c.id,
            default: current.auditChannelId === c.id,
          })),
        ]),
    ),
  );
  return { embeds: [embed], components: rows };
}

async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
  if (!interaction.guildId)
    throw new InvalidInputError('Run `/setup` in the Discord server you want to set up.');
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  // In the guild, Discord states the member's permissions in the interaction itself; DM actions,
  // which carry no guild, ask Discord again (adminGuild).
  const guild = ctx.client.guilds.cache.get(interaction.guildId);
  if (!guild) throw new NotAllowedError('I cannot see this Discord server yet. Try again in a minute.');
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
    throw new NotAllowedError(
      `You need the **Manage Server** permission in **${escapeText(guild.name)}** to set it up.`,
    );
  }
  const settings = await ctx.store.getGuildSettings(guild.id);
  try {
    await interaction.user.send(setupMessage(guild, settings));
  } catch (error) {
    if (error instanceof DiscordAPIError && error.code === 50007) {
      await answer(interaction, {
        content:
          '📪 I could not send you a DM, so setup cannot start. Allow direct messages from this server ' +
          '(click the server name → **Privacy Settings** → turn on **Direct Messages**), then run `/setup` again.',
      });
      return;
    }
    throw error;
  }
  await answer(interaction, {
    content: `📬 I sent you a DM to set up **${escapeText(guild.name)}**. Everything else happens there.`,
  });
}

/** The guild a DM action is about, after checking that the presser still has Manage Server there. */
async function adminGuild(
  interaction: { user: { id: string }; client: BotContext['client'] },
  ctx: BotContext,
  guildId: string,
): Promise<Guild> {
  const guild = ctx.client.guilds.cache.get(guildId);
  if (!guild) throw new NotAllowedError('I am no longer in that server, so it cannot be set up from here.');
  let member: GuildMember;
  try {
    member = await guild.members.fetch({ user: interaction.user.id, force: true });
  } catch (error) {
    if (error instanceof DiscordAPIError && error.code === 10007) {
      throw new NotAllowedError(`You are no longer a member of **${escapeText(guild.name)}**.`);
    }
    throw error;
  }
  if (!member.permissions.has(PermissionFlagsBits.ManageGuild)) {
    throw new NotAllowedError(
      `You need the **Manage Server** permission in **${escapeText(guild.name)}** to change its setup.`,
    );
  }
  return guild;
}

async function save(
  ctx: BotContext,
  guild: Guild,
  userId: string,
  change: Partial<GuildSettings>,
): Promise<GuildSettings> {
  const current = (await ctx.store.getGuildSettings(guild.id)) ?? defaults(userId);
  const next: GuildSettings = { ...current, ...change, setupBy: userId, updatedAt: new Date().toISOString() };
  await ctx.store.setGuildSettings(guild.id, next);
  return next;
}

/**
 * Why a probe failed, in words for the admin who is in this DM: the member-facing messages send
 * people to an admin and to `/setup`, which is where this admin already is.
 */
function probeProblem(error: PanelError, panelUrl: string): string {
  const at = `\`${panelUrl}\``;
  switch (error.kind) {
    case 'tls':
      return `The HTTPS certificate of ${at} could not be verified. The panel needs a valid certificate for its host name.`;
    case 'not_a_panel':
      return `${at} does not answer like a Pterodactyl or Pelican panel. Use the address you open the panel at in a browser.`;
    case 'unreachable':
      return error.userMessage === messages.addressRefused(new URL(panelUrl).host)
        ? `${at} leads to an address the bot may not connect to (private, loopback or link-local).`
        : `Could not connect to ${at}. Check the address and that the panel is up.`;
    default:
      return `${at} could not be verified. ${error.userMessage}`;
  }
}

/** Reaches the panel without a key: a real panel answers 401 `AuthenticationException` in its JSON envelope. */
async function probe(ctx: BotContext, panelUrl: string): Promise<number> {
  const started = Date.now();
  try {
    await panelClientFor(ctx, panelUrl, new Secret('')).account();
  } catch (error) {
    if (error instanceof PanelError && error.kind === 'unauthenticated') return Date.now() - started;
    if (error instanceof PanelError) throw new InvalidInputError(probeProblem(error, panelUrl));
    throw error;
  }
  throw new InvalidInputError(
    `\`${panelUrl}\` answered without asking for a key, so it does not behave like a Pterodactyl or Pelican panel.`,
  );
}

async function onAction(interaction: ComponentInteraction, ctx: BotContext) {
  if (!actionId.safeParse(interaction.customId).success)
    throw new InvalidInputError('This button is not valid.');
  const [, action, guildId] = interaction.customId.split(':') as [
    string,
    'url' | 'test' | 'roles' | 'audit',
    string,
  ];
  const guild = await adminGuild(interaction, ctx, guildId);

  if (action === 'url') {
    const settings = await ctx.store.getGuildSettings(guild.id);
    const input = new TextInputBuilder()
      .setCustomId(URL_INPUT)
      .setLabel('Panel URL')
      .setStyle(TextInputStyle.Short)
      .setPlaceholder('https://panel.example.com')
      .setRequired(true)
      .setMaxLength(200);
    if (settings?.panelUrl) input.setValue(settings.panelUrl);
    await interaction.showModal(
      new ModalBuilder()
        .setCustomId(`${MODAL_PREFIX}:${guild.id}`)
        .setTitle('Panel URL')
        .addComponents(new ActionRowBuilder<TextInputBuilder>().addComponents(input)),
    );
    return;
  }

  await interaction.deferUpdate();
  let settings = await ctx.store.getGuildSettings(guild.id);
  let status: string;
  if (action === 'test') {
    if (!settings?.panelUrl) throw new InvalidInputError('Set the panel URL first.');
    try {
      status = `✅ The panel answered in ${await probe(ctx, settings.panelUrl)} ms.`;
    } catch (error) {
      status = `❌ ${error instanceof InvalidInputError ? error.userMessage : 'The test failed unexpectedly.'}`;
      if (!(error instanceof InvalidInputError)) ctx.logger.error('panel test failed', { error });
    }
  } else if (action === 'roles') {
    const values = interaction.isStringSelectMenu() ? interaction.values : [];
    const unknown = values.filter((id) => !guild.roles.cache.has(id));
    if (unknown.length > 0) throw new InvalidInputError('Some of those roles no longer exist. Pick again.');
    settings = await save(ctx, guild, interaction.user.id, { managerRoleIds: values });
    status =
      values.length > 0
        ? '✅ Only those roles (and Manage Server) may restore and delete.'
        : '✅ Anyone whose panel key allows it may restore and delete.';
  } else {
    const value = interaction.isStringSelectMenu() ? interaction.values[0] : undefined;
    const channelId = !value || value === NO_AUDIT ? null : value;
    if (channelId && !guild.channels.cache.has(channelId))
      throw new InvalidInputError('That channel no longer exists. Pick again.');
    settings = await save(ctx, guild, interaction.user.id, { auditChannelId: channelId });
    status = channelId ? '✅ Backup actions will be logged in that channel.' : '✅ No audit channel.';
  }
  await interaction.editReply(setupMessage(guild, settings, status));
}

async function onUrlModal(interaction: ModalSubmitInteraction, ctx: BotContext) {
  if (!modalId.safeParse(interaction.customId).success)
    throw new InvalidInputError('This form is not valid.');
  const guildId = interaction.customId.split(':')[1] ?? '';
  const guild = await adminGuild(interaction, ctx, guildId);
  if (interaction.isFromMessage()) await interaction.deferUpdate();
  else await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  let panelUrl: string;
  let ms: number;
  try {
    panelUrl = await checkPanelUrl(interaction.fields.getTextInputValue(URL_INPUT), {
      allowInsecure: ctx.config.ALLOW_INSECURE_PANEL_URL,
    });
    ms = await probe(ctx, panelUrl);
  } catch (error) {
    // Say plainly that nothing changed: the settings in the DM still show the previous URL.
    if (error instanceof InvalidInputError)
      throw new InvalidInputError(`The panel URL was not saved. ${error.userMessage}`);
    throw error;
  }
  const before = await ctx.store.getGuildSettings(guild.id);
  let note = '';
  if (before?.panelUrl && before.panelUrl !== panelUrl) {
    // Stored keys belong to the old panel: sending them to a new address would hand them to another host.
    await ctx.store.forgetGuild(guild.id);
    note = ' Members linked to the previous panel were unlinked and must run `/link` again.';
  }
  const { setupBy: _by, updatedAt: _at, ...kept } = before ?? defaults(interaction.user.id);
  const settings = await save(ctx, guild, interaction.user.id, { ...kept, panelUrl });
  await interaction.editReply(
    setupMessage(guild, settings, `✅ Panel URL saved; the panel answered in ${ms} ms.${note}`),
  );
}

export const setupCommand: Command = {
  definition,
  execute,
  components: { [PREFIX]: onAction },
  modals: { [MODAL_PREFIX]: onUrlModal },
};
