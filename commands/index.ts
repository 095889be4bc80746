import type { Command } from '#discord/command.js';
import { backupCommand } from './backup.js';
import { linkCommand } from './link.js';
import { setupCommand } from './setup.js';
import { unlinkCommand } from './unlink.js';

/** Every slash command the bot has; registration and the router both read this list. */
export const commands: readonly Command[] = [setupCommand, linkCommand, unlinkCommand, backupCommand];
