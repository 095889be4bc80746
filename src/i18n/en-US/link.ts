/**
 * English (US) words of the `link` area: `/link` (its private form and its answer) and `/unlink`.
 * "Account → API Credentials" is where the panel's own menu creates keys: use the panel's menu names
 * in that language where the panel has a translation.
 */
export const link = {
  form: {
    /** Modal title (≤ 45 characters). */
    title: 'Link your panel account',
    /** Field labels (≤ 45 characters) and placeholders (≤ 100 characters). */
    keyLabel: 'Client API key (Account → API Credentials)',
    keyPlaceholder: 'ptlc_… or pacc_…',
    serverLabel: 'Default server identifier (optional)',
    serverPlaceholder: 'e.g. 1a2b3c4d',
  },
  applicationKey:
    'That is an **application** API key (admin area). Create a **client** API key instead: Account → API Credentials on the panel.',
  notAKey:
    'That does not look like a panel API key. Copy the whole key from Account → API Credentials and try `/link` again.',
  tooSlow_one:
    'The panel took longer than {{count}} second to check your key and list your servers, so nothing was saved. Try `/link` again later; if it keeps happening, the panel may be overloaded.',
  tooSlow_other:
    'The panel took longer than {{count}} seconds to check your key and list your servers, so nothing was saved. Try `/link` again later; if it keeps happening, the panel may be overloaded.',
  keyEchoed:
    'The panel answered with your API key inside an account or server name, so nothing was saved. Ask the panel admin to look at the panel; delete that key on the panel (Account → API Credentials).',
  /** `{{server}}` is what the member typed, as code. */
  unknownDefault:
    'Your key works, but it does not reach a server {{server}}. Nothing was saved: run `/link` again with one of your servers or leave the field empty.',
  panelChanged:
    'The panel URL of this Discord server changed while your key was being checked, so nothing was saved. Run `/link` again.',
  linked: {
    /** Embed title (≤ 256 characters). */
    title: 'Panel account linked',
    /** `{{account}}` is the panel account's name in bold, `{{url}}` the panel URL as code. */
    description: 'Linked as {{account}} on {{url}}. Your key is stored encrypted and is never shown again.',
    servers: 'Servers your key reaches ({{count}})',
    /** One server of the list; `{{name}}` and `{{id}}` come from the panel. */
    server: '• {{name}} ({{id}})',
    defaultServer: '• {{name}} ({{id}}) — default',
    none: 'none yet — ask a server owner to add you as a subuser, then `/link` again',
    tip: 'Tip',
    tipText: 'Pick a server with the `server` option of `/backup`, or `/link` again with a default server.',
  },
  unlink: {
    forgotten:
      '🗑️ Your panel key and game servers are forgotten in this Discord server. Consider deleting the key on the panel too (Account → API Credentials).',
    nothing: 'Nothing to forget: you had no panel account linked in this Discord server.',
  },
} as const;
