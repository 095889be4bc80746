import type { AutocompleteInteraction } from 'discord.js';
import { backupChoiceLabel } from '#backups/format.js';
import { autocompleteRoute } from '#discord/command.js';
import { truncate } from '#discord/text.js';
import { t } from '#i18n/i18n.js';
import { resolveServer } from '#members/resolveServer.js';
import { backupState } from '#panel/schemas.js';
import { backsUp, ruleInWords } from '#schedules/words.js';
import { foldControls } from '#src/oneLine.js';
import type { LinkedServer } from '#store/index.js';
import { whenChoices } from './schedule/whenChoices.js';

/** `server`, `backup`, `schedule` and `when` choices: best effort within Discord's 3 s, scoped to the member's own key. */

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

export const autocomplete = autocompleteRoute({
  access: 'linked',
  async run(interaction: AutocompleteInteraction, ctx, s) {
    const focused = interaction.options.getFocused(true);
    const typed = String(focused.value).trim().toLowerCase();
    const budgetMs = ctx.timings.autocompletePanelBudgetMs;

    if (focused.name === 'server') {
      // Keystrokes come faster than listings: one listing per member at a time, shared.
      const listing = ctx.sharedWork.run(`${s.guildId}:${s.userId}:servers`, () => s.panel.listServers());
      const live = await withinBudget(listing, budgetMs);
      const servers = live ? live.map((x) => ({ identifier: x.identifier, name: x.name })) : s.link.servers;
      const choices = servers
        .filter(
          (x) =>
            !typed || x.name.toLowerCase().includes(typed) || x.identifier.toLowerCase().startsWith(typed),
        )
        .slice(0, 25)
        .map((x) => ({ name: truncate(`${x.name} (${x.identifier})`, 100), value: x.identifier }));
      return interaction.respond(choices);
    }
    if (focused.name === 'backup') {
      let server: LinkedServer;
      try {
        server = resolveServer(s.link, interaction.options.getString('server'));
      } catch {
        return interaction.respond([]);
      }
      const listing = ctx.sharedWork.run(`${s.guildId}:${s.userId}:backups:${server.identifier}`, () =>
        s.panel.listBackups(server.identifier),
      );
      const result = await withinBudget(listing, budgetMs);
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
    if (focused.name === 'schedule') {
      let server: LinkedServer;
      try {
        server = resolveServer(s.link, interaction.options.getString('server'));
      } catch {
        return interaction.respond([]);
      }
      const listing = ctx.sharedWork.run(`${s.guildId}:${s.userId}:schedules:${server.identifier}`, () =>
        s.panel.listSchedules(server.identifier),
      );
      const schedules = await withinBudget(listing, budgetMs);
      if (!schedules) return interaction.respond([]);
      const choices = schedules
        .filter(backsUp)
        .filter((x) => !typed || x.name.toLowerCase().includes(typed) || String(x.id) === typed)
        .slice(0, 25)
        .map((x) => ({
          name: truncate(
            t(x.is_active ? 'backup.scheduleChoice.active' : 'backup.scheduleChoice.paused', {
              name: foldControls(x.name),
              rule: ruleInWords(x.cron),
            }),
            100,
          ),
          value: x.id,
        }));
      return interaction.respond(choices);
    }
    if (focused.name === 'when') return interaction.respond(whenChoices(String(focused.value)));
    return interaction.respond([]);
  },
});
