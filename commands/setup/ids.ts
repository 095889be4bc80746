import { z } from 'zod';
import { customIdCodec, snowflakeField } from '#discord/customId.js';

const page = z.coerce.number().int().min(0).max(99);

/**
 * The setup DM's controls carry the guild id and the pages of roles and channels the DM shows (a
 * guild may have hundreds of each; a select holds 25): every press re-checks that the presser
 * manages the guild. `rolepage`/`chanpage` only show another page.
 */
export const setupActionId = customIdCodec('setup', {
  action: z.enum(['url', 'test', 'roles', 'audit', 'notify', 'rolepage', 'chanpage']),
  guildId: snowflakeField,
  rolePage: page,
  channelPage: page,
});

/** Which page of roles and of channels the DM shows. */
export interface SetupView {
  rolePage: number;
  channelPage: number;
}
export const FIRST_PAGES: SetupView = { rolePage: 0, channelPage: 0 };

export const panelUrlFormId = customIdCodec('setupurl', { guildId: snowflakeField });

/** The URL form's one text input. */
export const URL_INPUT = 'url';
/** The audit (and notifications) channel select's "none" choice. */
export const NO_AUDIT = 'none';
