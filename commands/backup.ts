import {
  ActionRowBuilder,
  ApplicationCommandOptionType,
  type AutocompleteInteraction,
  ButtonBuilder,
  ButtonStyle,
  type ChatInputCommandInteraction,
  Colors,
  EmbedBuilder,
  InteractionContextType,
  MessageFlags,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { z } from 'zod';
import { downloadExpiry } from '../src/backups/downloadExpiry.js';
import { pollUntil } from '../src/backups/follow.js';
import {
  backupChoiceLabel,
  backupInfoFields,
  backupListLine,
  discordTime,
  escapeText,
  formatBytes,
  formatDuration,
  truncate,
} from '../src/backups/format.js';
import { postAudit } from '../src/discord/audit.js';
import type { Command, ComponentInteraction } from '../src/discord/command.js';
import {
  CONFIRM_PREFIX,
  confirmationCustomId,
  parseConfirmationCustomId,
} from '../src/discord/confirmations.js';
import type { BotContext } from '../src/discord/context.js';
import { readOptions } from '../src/discord/options.js';
import { requireDestructiveRole } from '../src/discord/permissions.js';
import { answer, messageFor } from '../src/discord/replies.js';
import { type MemberSession, memberSession, resolveServer } from '../src/discord/session.js';
import { InvalidInputError } from '../src/errors.js';
import type { Backup, PanelPermission } from '../src/panel/schemas.js';
import { backupState } from '../src/panel/schemas.js';
import type { LinkedServer } from '../src/store/index.js';

// ---------------------------------------------------------------------------------------------
// Definition: names and options are part of the product contract (product.md).

const serverOption = {
  name: 'server',
  description: 'The server (defaults to your default server)',
  type: ApplicationCommandOptionType.String,
  autocomplete: true,
  max_length: 36,
} as const;
const backupOption = {
  name: 'backup',
  description: 'The backup',
  type: ApplicationCommandOptionType.String,
  required: true,
  autocomplete: true,
  max_length: 36,
} as const;

const subcommands = {
  list: [serverOption],
  create: [
    {
      name: 'name',
      description: 'A name for the backup (the panel picks one when empty)',
      type: ApplicationCommandOptionType.String,
      max_length: 191,
    },
    {
      name: 'locked',
      description: 'Lock it so it cannot be deleted (needs the backup.delete permission)',
      type: ApplicationCommandOptionType.Boolean,
    },
    {
      name: 'ignored',
      description: 'Files to leave out: comma-separated patterns, e.g. logs/*, *.tmp',
      type: ApplicationCommandOptionType.String,
      max_length: 1000,
    },
    serverOption,
  ],
  info: [backupOption, serverOption],
  download: [backupOption, serverOption],
  restore: [
    backupOption,
    {
      name: 'truncate',
      description: 'Delete every current file before restoring (default: no)',
      type: ApplicationCommandOptionType.Boolean,
    },
    serverOption,
  ],
  lock: [backupOption, serverOption],
  delete: [backupOption, serverOption],
} as const;

const descriptions: Record<keyof typeof subcommands, string> = {
  list: "List a server's backups",
  create: 'Start a new backup',
  info: 'Show every detail of one backup',
  download: 'Get a one-time download link (only you see it)',
  restore: 'Restore a backup over the server files (asks for confirmation)',
  lock: 'Lock or unlock a backup',
  delete: 'Delete a backup (asks for confirmation)',
};

const definition = {
  name: 'backup',
  description: 'Manage the backups of your game servers',
  contexts: [InteractionContextType.Guild],
  options: (Object.keys(subcommands) as Array<keyof typeof subcommands>).map((name) => ({
    name,
    description: descriptions[name],
    type: ApplicationCommandOptionType.Subcommand,
    options: [...subcommands[name]],
  })),
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

// ---------------------------------------------------------------------------------------------
// Shared helpers

const LIST_PAGE_SIZE = 10;
const LIST_PREFIX = 'blist';

const listCustomId = z.templateLiteral([
  z.literal(`${LIST_PREFIX}:`),
  z.string().regex(/^[A-Za-z0-9-]{8,36}$/),
  z.literal(':'),
  z.number().int().min(1).max(100_000),
]);

function serverLabel(server: LinkedServer): string {
  return server.name === server.identifier
    ? `\`${server.identifier}\``
    : `**${escapeText(truncate(server.name, 80))}** (\`${server.identifier}\`)`;
}

function backupLabel(backup: Pick<Backup, 'name' | 'uuid'>): string {
  return `**${escapeText(truncate(backup.name || backup.uuid, 80))}**`;
}

/** Embed titles render markdown as well: a panel name is escaped there too, so it cannot format. */
function embedTitle(prefix: string, name: string): string {
  return truncate(`${prefix}${escapeText(truncate(name, 200))}`, 256);
}

function who(userId: string): string {
  return `<@${userId}>`;
}

function validateUuid(value: string): string {
  const uuid = value.trim();
  if (!/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(uuid)) {
    throw new InvalidInputError(
      'Pick the backup from the list the `backup` option suggests (it needs the backup’s UUID).',
    );
  }
  return uuid.toLowerCase();
}

async function session(
  interaction: ChatInputCommandInteraction | ComponentInteraction,
  ctx: BotContext,
): Promise<MemberSession> {
  if (!interaction.guildId) throw new InvalidInputError('Backups are managed from a server, not from DMs.');
  return memberSession(ctx, interaction.guildId, interaction.user.id);
}

/** Where follow-up news goes once the interaction token is too old to edit the reply. */
async function tellByDm(
  interaction: { user: { send: (o: { content: string }) => Promise<unknown> } },
  content: string,
  ctx: BotContext,
) {
  await interaction.user
    .send({ content })
    .catch((error: unknown) => ctx.logger.info('could not DM a member', { error }));
}

// ---------------------------------------------------------------------------------------------
// list

async function renderList(s: MemberSession, server: LinkedServer, page: number) {
  const [view, list] = await Promise.all([
    s.panel.server(server.identifier),
    s.panel.listBackupsPage(server.identifier, { page, perPage: LIST_PAGE_SIZE }),
  ]);
  const resolved: LinkedServer = { identifier: view.server.identifier, name: view.server.name };
  const limit = view.server.feature_limits.backups;
  const used =
    limit === null || limit === 0
      ? `${list.backupCount} backups kept · backups are disabled on this server (limit 0)`
      : `${list.backupCount} of ${limit} backups used`;
  const { total_pages: totalPages, current_page: current, total } = list.pagination;
  const embed = new EmbedBuilder()
    .setTitle(embedTitle('Backups of ', resolved.name))
    .setColor(Colors.Blurple)
    .setDescription(
      list.backups.length === 0
        ? total === 0
          ? 'No backups yet. Start one with `/backup create`.'
          : 'No backups on this page.'
        : list.backups.map(backupListLine).join('\n\n'),
    )
    .setFooter({
      text: `${used} · page ${Math.min(current, Math.max(totalPages, 1))} of ${Math.max(totalPages, 1)} · ${resolved.identifier}`,
    });
  const components =
    totalPages > 1
      ? [
          new ActionRowBuilder<ButtonBuilder>().addComponents(
            new ButtonBuilder()
              .setCustomId(`${LIST_PREFIX}:${resolved.identifier}:${Math.max(1, current - 1)}`)
              .setLabel('Previous')
              .setStyle(ButtonStyle.Secondary)
              .setDisabled(current <= 1),
            new ButtonBuilder()
              .setCustomId(`${LIST_PREFIX}:${resolved.identifier}:${Math.min(totalPages, current + 1)}`)
              .setLabel('Next')
              .setStyle(ButtonStyle.Secondary)
              .setDisabled(current >= totalPages),
          ),
        ]
      : [];
  return { embeds: [embed], components };
}

async function list(interaction: ChatInputCommandInteraction, ctx: BotContext) {
  const options = readOptions(interaction, subcommands.list);
  const s = await session(interaction, ctx);
  const server = resolveServer(s.link, options.server);
  await answer(interaction, await renderList(s, server, 1));
}

/** Pager buttons: the ephemeral list is only seen by its owner, and each press uses the presser's own key. */
async function listPage(interaction: ComponentInteraction, ctx: BotContext) {
  if (!listCustomId.safeParse(interaction.customId).success)
    throw new InvalidInputError('This button is not valid.');
  const [, identifier, page] = interaction.customId.split(':') as [string, string, string];
  await interaction.deferUpdate();
  const s = await session(interaction, ctx);
  const server = s.link.servers.find((x) => x.identifier === identifier) ?? { identifier, name: identifier };
  await interaction.editReply(await renderList(s, server, Number(page)));
}

// ---------------------------------------------------------------------------------------------
// create

function parseIgnored(value: string | null): string[] | undefined {
  if (!value) return undefined;
  const patterns = value
    .split(/[,\n]/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return patterns.length > 0 ? patterns : undefined;
}

function createdEmbed(backup: Backup, server: LinkedServer, note: string) {
  const state = backupState(backup);
  const embed = new EmbedBuilder()
    .setTitle(embedTitle('Backup ', backup.name))
    .setColor(state === 'completed' ? Colors.Green : state === 'failed' ? Colors.Red : Colors.Yellow)
    .setDescription(`${serverLabel(server)}\n${note}`)
    .setFooter({ text: backup.uuid });
  if (state === 'completed') {
    embed.addFields(
      { name: 'Size', value: formatBytes(backup.bytes), inline: true },
      {
        name: 'Took',
        value: backup.completed_at
          ? formatDuration(Date.parse(backup.completed_at) - Date.parse(backup.created_at))
          : '—',
        inline: true,
      },
      { name: 'Checksum', value: backup.checksum ? `\`${backup.checksum}\`` : '—' },
    );
  }
  if (backup.is_locked) embed.addFields({ name: 'Locked', value: '🔒 yes', inline: true });
  return embed;
}

async function create(interaction: ChatInputCommandInteraction, ctx: BotContext) {
  const options = readOptions(interaction, subcommands.create);
  const s = await session(interaction, ctx);
  const server = resolveServer(s.link, options.server);
  const ignored = parseIgnored(options.ignored);
  const name = options.name?.trim();
  const backup = await s.panel.createBackup(server.identifier, {
    ...(name ? { name } : {}),
    ...(ignored ? { ignored } : {}),
    ...(options.locked !== null ? { locked: options.locked } : {}),
  });
  const lockNote =
    options.locked && !backup.is_locked
      ? '\n⚠️ The panel created it unlocked: locking needs the `backup.delete` permission.'
      : '';
  await answer(interaction, {
    embeds: [
      createdEmbed(
        backup,
        server,
        `⏳ In progress — I will update this message when the panel reports it finished.${lockNote}`,
      ),
    ],
  });
  void postAudit(
    ctx.client,
    s.settings,
    `📦 ${who(s.userId)} started backup ${backupLabel(backup)} on ${serverLabel(server)}.`,
    ctx.logger,
  );
  ctx.background.run('follow backup', (signal) =>
    followCreatedBackup(interaction, ctx, s, server, backup, lockNote, signal),
  );
}

async function followCreatedBackup(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
  s: MemberSession,
  server: LinkedServer,
  started: Backup,
  /** Said once, kept on every edit: the member asked for a lock the panel did not apply. */
  lockNote: string,
  signal: AbortSignal,
) {
  const tokenAlive = () => Date.now() - interaction.createdTimestamp < ctx.timings.interactionTokenLifetimeMs;
  let outcome: Backup | undefined;
  try {
    outcome = await pollUntil({
      signal,
      initialMs: ctx.timings.pollInitialMs,
      maxMs: ctx.timings.pollMaxMs,
      check: async () => {
        const current = await s.panel.backup(server.identifier, started.uuid);
        return current.completed_at === null ? undefined : current;
      },
      onWaiting: async (elapsed) => {
        if (!tokenAlive()) return;
        await interaction
          .editReply({
            embeds: [
              createdEmbed(
                started,
                server,
                `⏳ In progress for ${formatDuration(elapsed)} — waiting for the panel to report it finished (last checked ${discordTime(new Date(), 'R')}).${lockNote}`,
              ),
            ],
          })
          .catch(() => {});
      },
    });
  } catch (error) {
    if (signal.aborted) return;
    const reason =
      error instanceof Error && 'userMessage' in error
        ? String((error as { userMessage: string }).userMessage)
        : 'the panel stopped answering';
    const note = `⚠️ I could not follow this backup to the end: ${reason}\nCheck it later with \`/backup info\`.${lockNote}`;
    if (tokenAlive())
      await interaction.editReply({ embeds: [createdEmbed(started, server, note)] }).catch(() => {});
    else
      await tellByDm(interaction, `Backup ${backupLabel(started)} on ${serverLabel(server)}: ${note}`, ctx);
    return;
  }
  if (!outcome) return;
  const ok = backupState(outcome) === 'completed';
  const note = ok
    ? `✅ Completed.${lockNote}`
    : '❌ The backup failed on the node. It does not count toward the limit; you can try again.';
  if (tokenAlive()) {
    await interaction
      .editReply({ embeds: [createdEmbed(outcome, server, note)] })
      .catch((error: unknown) => ctx.logger.warn('could not edit a create reply', { error }));
  } else {
    await tellByDm(
      interaction,
      `Backup ${backupLabel(outcome)} on ${serverLabel(server)}: ${note}${ok ? ` (${formatBytes(outcome.bytes)})` : ''}`,
      ctx,
    );
  }
  await postAudit(
    ctx.client,
    s.settings,
    `📦 Backup ${backupLabel(outcome)} on ${serverLabel(server)} (started by ${who(s.userId)}) ${ok ? `completed (${formatBytes(outcome.bytes)})` : 'failed'}.`,
    ctx.logger,
  );
}

// ---------------------------------------------------------------------------------------------
// info, download, lock

async function info(interaction: ChatInputCommandInteraction, ctx: BotContext) {
  const options = readOptions(interaction, subcommands.info);
  const s = await session(interaction, ctx);
  const server = resolveServer(s.link, options.server);
  const backup = await s.panel.backup(server.identifier, validateUuid(options.backup));
  const state = backupState(backup);
  const embed = new EmbedBuilder()
    .setTitle(embedTitle('', backup.name || backup.uuid))
    .setColor(state === 'completed' ? Colors.Green : state === 'failed' ? Colors.Red : Colors.Yellow)
    .setDescription(serverLabel(server))
    .addFields(backupInfoFields(backup));
  await answer(interaction, { embeds: [embed] });
}

async function download(interaction: ChatInputCommandInteraction, ctx: BotContext) {
  const options = readOptions(interaction, subcommands.download);
  const s = await session(interaction, ctx);
  const server = resolveServer(s.link, options.server);
  const uuid = validateUuid(options.backup);
  const backup = await s.panel.backup(server.identifier, uuid);
  if (backupState(backup) !== 'completed') {
    throw new InvalidInputError(
      backupState(backup) === 'in_progress'
        ? `Backup ${backupLabel(backup)} is still in progress: download it once it has completed.`
        : `Backup ${backupLabel(backup)} failed, so there is no archive to download.`,
    );
  }
  const url = await s.panel.downloadUrl(server.identifier, uuid);
  const expires = downloadExpiry(url);
  const when = expires
    ? `It expires ${discordTime(expires, 'R')} (${discordTime(expires, 't')}).`
    : 'It expires within minutes.';
  const text = `🔗 Download link for ${backupLabel(backup)} (${formatBytes(backup.bytes)}) on ${serverLabel(server)}.\nThe link works **once** and only you can see it. ${when}`;
  // Discord caps link-button URLs at 512 characters; a longer signed URL goes in the (ephemeral) text.
  if (url.length <= 512) {
    await answer(interaction, {
      content: text,
      components: [
        new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder().setStyle(ButtonStyle.Link).setURL(url).setLabel('Download'),
        ),
      ],
    });
  } else {
    // Wings links (a JWT) usually pass 512 characters, S3 ones may pass the 2,000 of a message: an
    // embed description holds 4,096, and a masked link keeps the text readable.
    await answer(interaction, {
      content: text,
      embeds: [
        new EmbedBuilder().setColor(Colors.Blurple).setDescription(`**[⬇️ Download the archive](${url})**`),
      ],
    });
  }
  void postAudit(
    ctx.client,
    s.settings,
    `🔗 ${who(s.userId)} took a download link for backup ${backupLabel(backup)} on ${serverLabel(server)}.`,
    ctx.logger,
  );
}

async function lock(interaction: ChatInputCommandInteraction, ctx: BotContext) {
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

// ---------------------------------------------------------------------------------------------
// restore and delete: confirmation first

export type ConfirmAction =
  | {
      kind: 'restore';
      server: LinkedServer;
      backup: { uuid: string; name: string };
      truncate: boolean;
      stopFirst: boolean;
    }
  | { kind: 'delete'; server: LinkedServer; backup: { uuid: string; name: string } };

const RUNNING_STATES = new Set(['running', 'starting', 'stopping']);

function confirmButtons(nonce: string, confirmLabel: string) {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(confirmationCustomId(nonce, 'yes'))
      .setLabel(confirmLabel)
      .setStyle(ButtonStyle.Danger),
    new ButtonBuilder()
      .setCustomId(confirmationCustomId(nonce, 'no'))
      .setLabel('Cancel')
      .setStyle(ButtonStyle.Secondary),
  );
}

async function askConfirmation(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
  action: ConfirmAction,
  text: string,
  confirmLabel: string,
) {
  const seconds = Math.round(ctx.timings.confirmationTtlMs / 1000);
  const pending = ctx.confirmations.create(
    { userId: interaction.user.id, guildId: interaction.guildId ?? '', channelId: interaction.channelId },
    action,
    () => {
      interaction
        .editReply({
          content: `⌛ This confirmation expired after ${seconds} seconds. Nothing was done.`,
          embeds: [],
          components: [],
        })
        .catch((error: unknown) => ctx.logger.info('could not mark a confirmation as expired', { error }));
    },
  );
  const expires = new Date(pending.expiresAt);
  await answer(interaction, {
    content: `${text}\n\nConfirm within ${seconds} seconds (${discordTime(expires, 'R')}).`,
    components: [confirmButtons(pending.nonce, confirmLabel)],
  });
}

async function restore(interaction: ChatInputCommandInteraction, ctx: BotContext) {
  const options = readOptions(interaction, subcommands.restore);
  const s = await session(interaction, ctx);
  requireDestructiveRole(interaction, s.settings);
  const server = resolveServer(s.link, options.server);
  const uuid = validateUuid(options.backup);
  const [view, backup, resources] = await Promise.all([
    s.panel.server(server.identifier),
    s.panel.backup(server.identifier, uuid),
    s.panel.resources(server.identifier),
  ]);
  assertRestorable(backup);
  const running = RUNNING_STATES.has(resources.current_state);
  // Ask only what the key can do: a subuser without these would press confirm for a refusal.
  requirePanelPermission(view.permissions, 'backup.restore', server);
  if (running) requirePanelPermission(view.permissions, 'control.stop', server);
  const truncateFiles = options.truncate === true;
  const lines = [
    `♻️ **Restore** backup ${backupLabel(backup)} (created ${discordTime(backup.created_at, 'f')}) over ${serverLabel(server)}?`,
    truncateFiles
      ? '• **Every current file is deleted first** (truncate), then the backup is unpacked.'
      : '• Files in the backup overwrite the current ones; files that are not in the backup stay.',
    running
      ? `• The server is **${resources.current_state}**: I will send it the stop signal, wait until it is offline, then restore.`
      : '• The server is offline.',
  ];
  if (backupState(backup) === 'failed')
    lines.push('• ⚠️ This backup **failed** when it was made: the restored files may be incomplete.');
  await askConfirmation(
    interaction,
    ctx,
    {
      kind: 'restore',
      server,
      backup: { uuid, name: backup.name },
      truncate: truncateFiles,
      stopFirst: running,
    },
    lines.join('\n'),
    running ? 'Stop and restore' : 'Restore',
  );
}

/**
 * Refuses early when the server view says the key lacks a permission (owners and admins hold `*`).
 * The panel still has the final word when the action runs.
 */
function requirePanelPermission(granted: string[] | null, needed: PanelPermission, server: LinkedServer) {
  if (granted === null || granted.includes('*') || granted.includes(needed)) return;
  throw new InvalidInputError(
    `Your panel account lacks the \`${needed}\` permission on server \`${server.identifier}\`. Ask the server owner to grant it.`,
  );
}

function assertRestorable(backup: Backup) {
  if (backupState(backup) === 'in_progress') {
    throw new InvalidInputError(
      `Backup ${backupLabel(backup)} is still in progress: it can be restored once it has completed.`,
    );
  }
}

function assertDeletable(backup: Backup) {
  if (backup.is_locked && backupState(backup) === 'completed') {
    throw new InvalidInputError(
      `Backup ${backupLabel(backup)} is locked, so it cannot be deleted. Unlock it first with \`/backup lock\`, then delete it.`,
    );
  }
}

async function remove(interaction: ChatInputCommandInteraction, ctx: BotContext) {
  const options = readOptions(interaction, subcommands.delete);
  const s = await session(interaction, ctx);
  requireDestructiveRole(interaction, s.settings);
  const server = resolveServer(s.link, options.server);
  const uuid = validateUuid(options.backup);
  const [view, backup] = await Promise.all([
    s.panel.server(server.identifier),
    s.panel.backup(server.identifier, uuid),
  ]);
  assertDeletable(backup);
  requirePanelPermission(view.permissions, 'backup.delete', server);
  const size = backupState(backup) === 'completed' ? ` (${formatBytes(backup.bytes)})` : '';
  await askConfirmation(
    interaction,
    ctx,
    { kind: 'delete', server, backup: { uuid, name: backup.name } },
    `🗑️ **Delete** backup ${backupLabel(backup)}${size}, created ${discordTime(backup.created_at, 'f')}, from ${serverLabel(server)}?\n• This cannot be undone.`,
    'Delete',
  );
}

/** A press on a confirmation button: only its owner, only once, only before it expires. */
async function confirmPress(interaction: ComponentInteraction, ctx: BotContext) {
  const parsed = parseConfirmationCustomId(interaction.customId);
  if (!parsed) throw new InvalidInputError('This button is not valid.');
  const claim = ctx.confirmations.claim(parsed.nonce, {
    userId: interaction.user.id,
    guildId: interaction.guildId ?? '',
    channelId: interaction.channelId,
  });
  if (claim.status === 'not_owner') {
    await answer(interaction, { content: `⛔ Only ${who(claim.ownerId)} can answer this confirmation.` });
    return;
  }
  if (claim.status !== 'ok') {
    await answer(interaction, {
      content: '⌛ This confirmation has expired or was already answered. Nothing was done.',
    });
    return;
  }
  const action = claim.confirmation.action as ConfirmAction;
  if (parsed.answer === 'no') {
    await interaction.update({ content: '✖️ Cancelled. Nothing was done.', embeds: [], components: [] });
    return;
  }
  await interaction.update({ content: '⏳ Checking that this is still valid…', embeds: [], components: [] });
  const show = (content: string) => interaction.editReply({ content, embeds: [], components: [] });
  try {
    await runConfirmed(interaction, ctx, action, show);
  } catch (error) {
    // The buttons are gone already: the outcome replaces the confirmation text, whatever it is.
    const { message, expected } = messageFor(error);
    if (!expected) ctx.logger.error('confirmed action failed', { kind: action.kind, error });
    await show(`⚠️ ${message}`);
  }
}

async function runConfirmed(
  interaction: ComponentInteraction,
  ctx: BotContext,
  action: ConfirmAction,
  show: (content: string) => Promise<unknown>,
) {
  const s = await session(interaction, ctx);
  requireDestructiveRole(interaction, s.settings);
  if (action.kind === 'delete') {
    const backup = await s.panel.backup(action.server.identifier, action.backup.uuid);
    assertDeletable(backup);
    await s.panel.deleteBackup(action.server.identifier, action.backup.uuid);
    await show(`🗑️ Backup ${backupLabel(backup)} was deleted from ${serverLabel(action.server)}.`);
    await postAudit(
      ctx.client,
      s.settings,
      `🗑️ ${who(s.userId)} deleted backup ${backupLabel(backup)} from ${serverLabel(action.server)}.`,
      ctx.logger,
    );
    return;
  }
  await runRestore(interaction, ctx, s, action, show);
}

async function runRestore(
  interaction: ComponentInteraction,
  ctx: BotContext,
  s: MemberSession,
  action: Extract<ConfirmAction, { kind: 'restore' }>,
  show: (content: string) => Promise<unknown>,
) {
  const { server } = action;
  const [backup, resources] = await Promise.all([
    s.panel.backup(server.identifier, action.backup.uuid),
    s.panel.resources(server.identifier),
  ]);
  assertRestorable(backup);
  const running = RUNNING_STATES.has(resources.current_state);
  if (running && !action.stopFirst) {
    throw new InvalidInputError(
      `${serverLabel(server)} was started after you asked, so this confirmation no longer says what would happen. Run \`/backup restore\` again.`,
    );
  }
  if (running) {
    await show(`⏹️ Sending the stop signal to ${serverLabel(server)}…`);
    await s.panel.sendPower(server.identifier, 'stop');
    const offline = await pollUntil({
      signal: ctx.background.signal,
      initialMs: Math.min(ctx.timings.pollInitialMs, 2_000),
      maxMs: Math.min(ctx.timings.pollMaxMs, 5_000),
      deadlineMs: ctx.timings.stopTimeoutMs,
      check: async () => {
        const now = await s.panel.resources(server.identifier);
        return now.current_state === 'offline' || now.current_state === 'stopped' ? true : undefined;
      },
      onWaiting: (elapsed) =>
        show(
          `⏳ Waiting for ${serverLabel(server)} to stop before restoring (${formatDuration(elapsed)} so far)…`,
        ).then(() => {}),
    });
    if (!offline) {
      throw new InvalidInputError(
        `${serverLabel(server)} did not stop within ${formatDuration(ctx.timings.stopTimeoutMs)}, so nothing was restored. Stop it from the panel and try again.`,
      );
    }
  }
  await s.panel.restoreBackup(server.identifier, action.backup.uuid, { truncate: action.truncate });
  await show(
    `♻️ Restoring ${backupLabel(backup)} on ${serverLabel(server)}${action.truncate ? ' (files deleted first)' : ''}… I will update this message when the panel reports it finished.`,
  );
  await postAudit(
    ctx.client,
    s.settings,
    `♻️ ${who(s.userId)} started restoring backup ${backupLabel(backup)} on ${serverLabel(server)}${action.truncate ? ' (truncate)' : ''}${running ? ' after stopping it' : ''}.`,
    ctx.logger,
  );
  ctx.background.run('follow restore', async (signal) => {
    const tokenAlive = () =>
      Date.now() - interaction.createdTimestamp < ctx.timings.interactionTokenLifetimeMs;
    let done: true | undefined;
    try {
      done = await pollUntil({
        signal,
        initialMs: ctx.timings.pollInitialMs,
        maxMs: ctx.timings.pollMaxMs,
        check: async () => {
          const view = await s.panel.server(server.identifier);
          return view.server.status === 'restoring_backup' ? undefined : true;
        },
        onWaiting: async (elapsed) => {
          if (tokenAlive()) {
            await show(
              `♻️ Restoring ${backupLabel(backup)} on ${serverLabel(server)}… (${formatDuration(elapsed)} so far; waiting for the panel to report it finished)`,
            ).catch(() => {});
          }
        },
      });
    } catch (error) {
      if (signal.aborted) return;
      // The restore itself was accepted; only following it failed. Never leave "Restoring…" standing.
      const { message, expected } = messageFor(error);
      if (expected) ctx.logger.info('stopped following a restore', { error });
      else ctx.logger.error('following a restore failed', { error });
      const note = `⚠️ I could not follow the restore of ${backupLabel(backup)} on ${serverLabel(server)} to the end: ${message}\nThe panel may still be restoring it: check the server on the panel before starting it.`;
      if (tokenAlive()) await show(note).catch(() => {});
      else await tellByDm(interaction, note, ctx);
      return;
    }
    if (!done) return;
    const note = `✅ The restore of ${backupLabel(backup)} on ${serverLabel(server)} finished. The server is offline: start it when you are ready.`;
    if (tokenAlive()) await show(note).catch(() => {});
    else await tellByDm(interaction, note, ctx);
    await postAudit(
      ctx.client,
      s.settings,
      `♻️ The restore of ${backupLabel(backup)} on ${serverLabel(server)} (by ${who(s.userId)}) finished.`,
      ctx.logger,
    );
  });
}

// ---------------------------------------------------------------------------------------------
// autocomplete

async function withinBudget<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([work.catch(() => undefined), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext) {
  const focused = interaction.options.getFocused(true);
  const typed = String(focused.value).trim().toLowerCase();
  if (!interaction.guildId) return interaction.respond([]);
  const settings = await ctx.store.getGuildSettings(interaction.guildId);
  const link = await ctx.store.getMemberLink(interaction.guildId, interaction.user.id);
  if (!settings?.panelUrl || !link) return interaction.respond([]);
  const s = await memberSession(ctx, interaction.guildId, interaction.user.id);

  if (focused.name === 'server') {
    const live = await withinBudget(s.panel.listServers(), ctx.timings.autocompletePanelBudgetMs);
    const servers = live ? live.map((x) => ({ identifier: x.identifier, name: x.name })) : link.servers;
    const choices = servers
      .filter(
        (x) => !typed || x.name.toLowerCase().includes(typed) || x.identifier.toLowerCase().startsWith(typed),
      )
      .slice(0, 25)
      .map((x) => ({ name: truncate(`${x.name} (${x.identifier})`, 100), value: x.identifier }));
    return interaction.respond(choices);
  }
  if (focused.name === 'backup') {
    let server: LinkedServer;
    try {
      server = resolveServer(link, interaction.options.getString('server'));
    } catch {
      return interaction.respond([]);
    }
    const result = await withinBudget(
      s.panel.listBackups(server.identifier),
      ctx.timings.autocompletePanelBudgetMs,
    );
    if (!result) return interaction.respond([]);
    const sub = interaction.options.getSubcommand(false);
    const now = Date.now();
    const choices = [...result.backups]
      .filter((b) => (sub === 'download' ? backupState(b) === 'completed' : true))
      .filter((b) => (sub === 'restore' ? backupState(b) !== 'in_progress' : true))
      .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at))
      .filter((b) => !typed || b.name.toLowerCase().includes(typed) || b.uuid.startsWith(typed))
      .slice(0, 25)
      .map((b) => ({ name: backupChoiceLabel(b, now), value: b.uuid }));
    return interaction.respond(choices);
  }
  return interaction.respond([]);
}

// ---------------------------------------------------------------------------------------------

const handlers: Record<
  keyof typeof subcommands,
  (i: ChatInputCommandInteraction, ctx: BotContext) => Promise<void>
> = {
  list,
  create,
  info,
  download,
  restore,
  lock,
  delete: remove,
};

export const backupCommand: Command = {
  definition,
  async execute(interaction, ctx) {
    const sub = interaction.options.getSubcommand(true) as keyof typeof subcommands;
    const handler = handlers[sub];
    if (!handler) throw new InvalidInputError('Unknown subcommand.');
    // Every subcommand asks the panel: acknowledge now (Discord allows 3 s), answer when the panel has.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    await handler(interaction, ctx);
  },
  autocomplete,
  components: {
    [LIST_PREFIX]: listPage,
    [CONFIRM_PREFIX]: confirmPress,
  },
};
