import { z } from 'zod';
import { customIdCodec, snowflakeField } from '#discord/customId.js';

/** The setup DM's controls carry only the guild id: every press re-checks that the presser manages it. */
export const setupActionId = customIdCodec('setup', {
  action: z.enum(['url', 'test', 'roles', 'audit', 'notify']),
  guildId: snowflakeField,
});

export const panelUrlFormId = customIdCodec('setupurl', { guildId: snowflakeField });

/** The URL form's one text input. */
export const URL_INPUT = 'url';
/** The audit (and notifications) channel select's "none" choice. */
export const NO_AUDIT = 'none';
