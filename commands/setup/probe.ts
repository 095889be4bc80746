import type { BotContext } from '#discord/context.js';
import { t } from '#i18n/i18n.js';
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
  const url = `\`${panelUrl}\``;
  switch (error.kind) {
    case 'tls':
      return t('setup.probe.tls', { url });
    case 'not_a_panel':
      return t('setup.probe.notAPanel', { url });
    case 'unreachable':
      // Both sides are worded in the same language, at the same moment.
      return error.userMessage === messages.addressRefused(new URL(panelUrl).host)
        ? t('setup.probe.addressRefused', { url })
        : t('setup.probe.unreachable', { url });
    default:
      return t('setup.probe.other', { url, reason: error.userMessage });
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
    if (error instanceof PanelError) throw new InvalidInputError(() => probeProblem(error, panelUrl));
    throw error;
  }
  throw new InvalidInputError(() => t('setup.probe.noKeyAsked', { url: `\`${panelUrl}\`` }));
}
