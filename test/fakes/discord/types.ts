/** The public shapes of the fake Discord: what tests create and inspect. */

export interface FakeUser {
  id: string;
  username: string;
  globalName: string;
  /** The language of the member's Discord client: sent as `locale` in their interactions. */
  locale: string;
}

export interface FakeRole {
  id: string;
  name: string;
  permissions: bigint;
}

export interface FakeChannel {
  id: string;
  name: string;
  /** 0 guild text, 1 DM. */
  type: number;
  guildId?: string;
}

export interface FakeMember {
  user: FakeUser;
  roleIds: string[];
  /** Sent as the member's permissions in interactions when set; computed from roles otherwise. */
  permissions?: bigint;
}

export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
  everyoneRoleId: string;
  roles: FakeRole[];
  channels: FakeChannel[];
  members: Map<string, FakeMember>;
  /** The guild's language (Community settings): `preferred_locale`, and `guild_locale` in interactions. */
  locale: string;
}

/** A component as Discord JSON. Loose on purpose: tests index into whatever the bot sent. */
export interface ApiComponent {
  type: number;
  id?: number;
  custom_id?: string;
  style?: number;
  label?: string;
  url?: string;
  disabled?: boolean;
  emoji?: unknown;
  placeholder?: string;
  min_values?: number;
  max_values?: number;
  options?: ApiSelectOption[];
  required?: boolean;
  value?: string;
  values?: string[];
  min_length?: number;
  max_length?: number;
  description?: string;
  content?: string;
  components?: ApiComponent[];
  component?: ApiComponent;
  accessory?: ApiComponent;
  [key: string]: unknown;
}

export interface ApiSelectOption {
  label: string;
  value: string;
  description?: string;
  default?: boolean;
  emoji?: unknown;
}

export interface ApiEmbed {
  title?: string;
  description?: string;
  url?: string;
  color?: number;
  timestamp?: string;
  fields?: Array<{ name: string; value: string; inline?: boolean }>;
  footer?: { text: string; icon_url?: string };
  author?: { name: string; url?: string; icon_url?: string };
  [key: string]: unknown;
}

/** The `data` of a callback, edit or follow-up, as the bot sent it. */
export interface ResponseData {
  content?: string;
  flags?: number;
  embeds?: ApiEmbed[];
  components?: ApiComponent[];
  choices?: Array<{ name: string; value: string | number }>;
  custom_id?: string;
  title?: string;
  [key: string]: unknown;
}

export interface FakeMessage {
  id: string;
  channelId: string;
  guildId?: string;
  content: string;
  embeds: ApiEmbed[];
  components: ApiComponent[];
  flags: number;
  authorId: string;
  /** The full message object as sent to discord.js. */
  raw: Record<string, unknown>;
}

export interface RecordedRequest {
  method: string;
  /** Decoded, after /api/v10. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | undefined>;
  body: unknown;
  rawBody: string;
  status: number;
  at: number;
}

export interface InteractionResponse {
  kind: 'callback' | 'edit' | 'followup' | 'delete';
  /** The callback type (4 reply, 5 defer, 6 defer update, 7 update, 8 choices, 9 modal); callbacks only. */
  type?: number;
  data: ResponseData;
  /** The message an edit, follow-up or delete touched. */
  messageId?: string;
  at: number;
}

export interface AnsweredError {
  code: number;
  message: string;
  path: string;
  status: number;
}
