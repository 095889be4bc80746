import type { BotContext } from '#discord/context.js';
import { panelClientFor } from '#members/memberSession.js';
import { PanelError } from '#panel/errors.js';
import { messages } from '#panel/messages.js';
import { InvalidInputError } from '#src/errors.js';
import { Secret } from '#src/secret.js';

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

/**
 * Reaches the panel without a key and returns how long it took to answer: a real panel answers 401
 * `AuthenticationException` in its JSON envelope. Anything else is an InvalidInputError worded for the admin.
 */
export async function probePanel(ctx: BotContext, panelUrl: string): Promise<number> {
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
