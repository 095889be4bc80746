import { describe, expect, it } from 'vitest';
import { checkPanelUrl, classifyAddress } from '#panel/url.js';
import { InvalidInputError } from '#src/errors.js';

const resolveTo =
  (...addresses: string[]) =>
  async () =>
    addresses;

describe('panel URL policy', () => {
  it('accepts an https URL on a public address and normalises it', async () => {
    await expect(
      checkPanelUrl(' https://panel.example.com/ ', {
        allowInsecure: false,
        resolve: resolveTo('93.184.216.34'),
      }),
    ).resolves.toBe('https://panel.example.com');
  });

  it('refuses http unless insecure panels are allowed', async () => {
    const policy = { allowInsecure: false, resolve: resolveTo('93.184.216.34') };
    await expect(checkPanelUrl('http://panel.example.com', policy)).rejects.toThrow(/https/);
    await expect(checkPanelUrl('http://panel.example.com', { ...policy, allowInsecure: true })).resolves.toBe(
      'http://panel.example.com',
    );
  });

  it('refuses private and loopback addresses unless allowed, and link-local or metadata always', async () => {
    await expect(
      checkPanelUrl('https://lan.example', { allowInsecure: false, resolve: resolveTo('192.168.1.5') }),
    ).rejects.toThrow(/private or loopback/);
    await expect(checkPanelUrl('https://127.0.0.1:8443', { allowInsecure: false })).rejects.toThrow(
      InvalidInputError,
    );
    await expect(checkPanelUrl('http://127.0.0.1:8080', { allowInsecure: true })).resolves.toBe(
      'http://127.0.0.1:8080',
    );
    await expect(checkPanelUrl('http://169.254.169.254', { allowInsecure: true })).rejects.toThrow(
      /link-local or metadata/,
    );
    await expect(checkPanelUrl('http://[fe80::1]', { allowInsecure: true })).rejects.toThrow(/link-local/);
    await expect(checkPanelUrl('http://metadata.google.internal', { allowInsecure: true })).rejects.toThrow(
      /not allowed/,
    );
  });

  it('refuses a name that resolves to any refused address, even among public ones', async () => {
    await expect(
      checkPanelUrl('https://rebind.example', {
        allowInsecure: false,
        resolve: resolveTo('93.184.216.34', '10.0.0.8'),
      }),
    ).rejects.toThrow(/private/);
  });

  it('refuses credentials, queries and things that are not URLs', async () => {
    const policy = { allowInsecure: false, resolve: resolveTo('93.184.216.34') };
    await expect(checkPanelUrl('https://user:pw@panel.example.com', policy)).rejects.toThrow(
      /user name or password/,
    );
    await expect(checkPanelUrl('https://panel.example.com/?x=1', policy)).rejects.toThrow(/`\?`/);
    await expect(checkPanelUrl('panel.example.com', policy)).rejects.toThrow(/not a URL/);
    await expect(checkPanelUrl('ftp://panel.example.com', policy)).rejects.toThrow(/https/);
  });

  it('classifies IPv4-mapped IPv6 as the IPv4 address it carries', () => {
    expect(classifyAddress('::ffff:169.254.169.254')).toBe('refused');
    expect(classifyAddress('::ffff:10.1.2.3')).toBe('private');
    expect(classifyAddress('2606:4700::1111')).toBe('ok');
  });

  it('judges NAT64 and 6to4 addresses by the IPv4 address they carry', () => {
    // 64:ff9b::/96 (NAT64) and 2002::/16 (6to4) reach the embedded IPv4 address through a gateway.
    expect(classifyAddress('64:ff9b::a9fe:a9fe')).toBe('refused');
    expect(classifyAddress('64:ff9b::169.254.169.254')).toBe('refused');
    expect(classifyAddress('64:ff9b::7f00:1')).toBe('private');
    expect(classifyAddress('2002:a9fe:a9fe::1')).toBe('refused');
    expect(classifyAddress('2002:c0a8:0101::1')).toBe('private');
    expect(classifyAddress('64:ff9b::5db8:d822')).toBe('ok');
    expect(classifyAddress('2002:5db8:d822::1')).toBe('ok');
    // Local-use NAT64 and the old site-local range lead into the operator's own network.
    expect(classifyAddress('64:ff9b:1::a00:1')).toBe('private');
    expect(classifyAddress('fec0::1')).toBe('private');
    expect(classifyAddress('::1')).toBe('private');
  });
});
