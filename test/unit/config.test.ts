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
    });
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
  ])('refuses a malformed %s (%s) by name', (name, value, expected) => {
    expect(() => parseConfig({ DISCORD_TOKEN: 't', ENCRYPTION_KEY: KEY, [name]: value })).toThrow(expected);
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
