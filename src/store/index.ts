export { DEFAULT_STORE_URL, parseStoreUrl, type StoreLocation } from './backend.js';
export { BotStore, type RotationSummary, type StoreOptions } from './botStore.js';
export { generateEncryptionKey, parseEncryptionKey } from './encryptionKey.js';
export { StoreConfigError, StoreKeyUnavailableError, StoreUnavailableError } from './errors.js';
export type { GuildSettings, LinkedServer, MemberLink } from './records.js';
export type { BotMarks, KeyState, WatchedBackup, WatchedServer } from './watchRecords.js';
