import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '#src/config.js';

const KEY = Buffer.alloc(32, 7).toString('base64');

describe('configuration', () => {
  it('applies the documented defaults when only the required values are set', () => {
    const config = parseConfig({ DISCORD_TOKEN: 'token', ENCRYPTION_KEY: KEY });
    expect(config.STORE_URL).toBe('sqlite://data/bot.sqlite');
    expect(config.DISCORD_API_URL).toBe('https://discord.com/api');
    expect(config.ALLOW_INSECURE_PANEL_URL).toBe(false);
    expect(config.LOG_LEVEL).toBe('info');
    expect(config.DEV_GUILD_ID).toBeUndefined();
    expect(config.ENCRYPTION_KEY_PREVIOUS).toBeUndefined();
    expect(config.BACKUP_THROTTLE_LIMIT).toBe(2);
    expect(config.BACKUP_THROTTLE_PERIOD).toBe(600);
  });

  it('treats the empty values of a copied .env.example as unset', () => {
    const config = parseConfig({
      DISCORD_TOKEN: 't',
      ENCRYPTION_KEY: KEY,
      ENCRYPTION_KEY_PREVIOUS: '',
      DISCORD_API_URL: '',
      DEV_GUILD_ID: '',
      ALLOW_INSECURE_PANEL_URL: 'false',
      STORE_URL: '',
      BACKUP_THROTTLE_LIMIT: '',
      BACKUP_THROTTLE_PERIOD: '',
    });
    expect(config.BACKUP_THROTTLE_LIMIT).toBe(2);
    expect(config.BACKUP_THROTTLE_PERIOD).toBe(600);
    expect(config.DISCORD_API_URL).toBe('https://discord.com/api');
    expect(config.DEV_GUILD_ID).toBeUndefined();
    expect(config.STORE_URL).toBe('sqlite://data/bot.sqlite');
  });

  it('names every missing required variable at once', () => {
    try {
      parseConfig({});
      expect.unreachable('parseConfig accepted an empty environment');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toContain('DISCORD_TOKEN');
      expect(message).toContain('ENCRYPTION_KEY');
    }
  });

  it.each([
    ['STORE_URL', 'mysql://x', 'STORE_URL'],
    ['DISCORD_API_URL', 'ftp://proxy', 'DISCORD_API_URL'],
    ['DISCORD_API_URL', 'https://proxy.example/api/v10', 'DISCORD_API_URL'],
    ['DEV_GUILD_ID', 'abc', 'DEV_GUILD_ID'],
    ['ALLOW_INSECURE_PANEL_URL', 'maybe', 'ALLOW_INSECURE_PANEL_URL'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL'],
    ['BACKUP_THROTTLE_LIMIT', '0', 'BACKUP_THROTTLE_LIMIT must be at least 1'],
    ['BACKUP_THROTTLE_LIMIT', 'two', 'BACKUP_THROTTLE_LIMIT must be a whole number'],
    ['BACKUP_THROTTLE_PERIOD', '-5', 'BACKUP_THROTTLE_PERIOD must be a whole number'],
    ['BACKUP_THROTTLE_PERIOD', '10m', 'BACKUP_THROTTLE_PERIOD must be a whole number'],
  ])('refuses a malformed %s (%s) by name', (name, value, expected) => {
    expect(() => parseConfig({ DISCORD_TOKEN: 't', ENCRYPTION_KEY: KEY, [name]: value })).toThrow(expected);
  });

  it('reads the panel’s backup throttle as whole numbers, a period of 0 turning it off', () => {
    const config = parseConfig({
      DISCORD_TOKEN: 't',
      ENCRYPTION_KEY: KEY,
      BACKUP_THROTTLE_LIMIT: ' 5 ',
      BACKUP_THROTTLE_PERIOD: '0',
    });
    expect(config.BACKUP_THROTTLE_LIMIT).toBe(5);
    expect(config.BACKUP_THROTTLE_PERIOD).toBe(0);
  });

  it('strips a trailing slash from the REST base and accepts the insecure-panel switch', () => {
    const config = parseConfig({
      DISCORD_TOKEN: 't',
      ENCRYPTION_KEY: KEY,
      DISCORD_API_URL: 'http://127.0.0.1:9999/api/',
      ALLOW_INSECURE_PANEL_URL: 'true',
    });
    expect(config.DISCORD_API_URL).toBe('http://127.0.0.1:9999/api');
    expect(config.ALLOW_INSECURE_PANEL_URL).toBe(true);
  });
});
