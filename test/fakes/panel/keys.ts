/** API keys as the panel issues them: a flavor prefix and 43 random characters, 48 in all. */
import { randomInt } from 'node:crypto';
import type { PanelState } from './state.js';
import type { PanelUser } from './types.js';

const KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Random letters and digits, like Laravel's `Str::random`. */
export function randomToken(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += KEY_ALPHABET[randomInt(KEY_ALPHABET.length)];
  return out;
}

export function issueClientKey(state: PanelState, user: PanelUser): string {
  const key = `${state.config.clientKeyPrefix}${randomToken(43)}`;
  state.keys.set(key, { user, kind: 'client' });
  return key;
}

export function issueApplicationKey(state: PanelState, user: PanelUser): string {
  const key = `${state.config.applicationKeyPrefix}${randomToken(43)}`;
  state.keys.set(key, { user, kind: 'application' });
  return key;
}
