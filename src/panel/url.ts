import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { t } from '#i18n/i18n.js';
import { InvalidInputError } from '#src/errors.js';

/**
 * Adds an IPv4 range and the IPv6 forms that reach it through a gateway: NAT64 (64:ff9b::/96) and
 * 6to4 (2002::/16) carry the IPv4 address inside, so they are judged as that address.
 */
function addIPv4Subnet(list: BlockList, network: string, prefix: number): void {
  list.addSubnet(network, prefix, 'ipv4');
  list.addSubnet(`64:ff9b::${network}`, 96 + prefix, 'ipv6');
  const [a = 0, b = 0, c = 0, d = 0] = network.split('.').map(Number);
  const hex = (high: number, low: number) => ((high << 8) | low).toString(16);
  list.addSubnet(`2002:${hex(a, b)}:${hex(c, d)}::`, 16 + prefix, 'ipv6');
}

/** Addresses a panel URL may never point at: link-local (cloud metadata lives there), unspecified, multicast. */
const alwaysRefused = new BlockList();
addIPv4Subnet(alwaysRefused, '169.254.0.0', 16);
addIPv4Subnet(alwaysRefused, '0.0.0.0', 8);
addIPv4Subnet(alwaysRefused, '224.0.0.0', 4);
addIPv4Subnet(alwaysRefused, '240.0.0.0', 4);
addIPv4Subnet(alwaysRefused, '100.100.100.200', 32); // a cloud metadata endpoint outside link-local
alwaysRefused.addSubnet('fe80::', 10, 'ipv6');
alwaysRefused.addSubnet('ff00::', 8, 'ipv6');
alwaysRefused.addAddress('::', 'ipv6');
alwaysRefused.addAddress('fd00:ec2::254', 'ipv6'); // a cloud metadata endpoint over IPv6

/** Private and loopback ranges: accepted only when the operator allows a panel on a LAN or the same host. */
const privateRanges = new BlockList();
addIPv4Subnet(privateRanges, '10.0.0.0', 8);
addIPv4Subnet(privateRanges, '172.16.0.0', 12);
addIPv4Subnet(privateRanges, '192.168.0.0', 16);
addIPv4Subnet(privateRanges, '100.64.0.0', 10);
addIPv4Subnet(privateRanges, '127.0.0.0', 8);
addIPv4Subnet(privateRanges, '198.18.0.0', 15);
privateRanges.addAddress('::1', 'ipv6');
privateRanges.addSubnet('fc00::', 7, 'ipv6');
privateRanges.addSubnet('fec0::', 10, 'ipv6'); // the old site-local range
privateRanges.addSubnet('64:ff9b:1::', 48, 'ipv6'); // local-use NAT64: translated inside the operator's network

const REFUSED_HOSTNAMES = new Set(['metadata.google.internal', 'metadata', 'instance-data']);

export type AddressVerdict = 'ok' | 'refused' | 'private';

/** Classifies one resolved address (IPv4-mapped IPv6 is judged as the IPv4 it carries). */
export function classifyAddress(address: string): AddressVerdict {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const ip = mapped ?? address;
  const family = isIP(ip) === 6 ? 'ipv6' : 'ipv4';
  if (alwaysRefused.check(ip, family)) return 'refused';
  if (privateRanges.check(ip, family)) return 'private';
  return 'ok';
}

export interface PanelUrlPolicy {
  allowInsecure: boolean;
  /** Resolves a host name to every address (injectable so tests need no DNS). */
  resolve?: (hostname: string) => Promise<string[]>;
}

const defaultResolve = async (hostname: string) =>
  (await dnsLookup(hostname, { all: true })).map((a) => a.address);

/**
 * Checks a panel URL an admin typed: https (unless insecure panels are allowed), no credentials,
 * and every address it resolves to acceptable. Returns the normalised base URL (no trailing slash).
 */
export async function checkPanelUrl(raw: string, policy: PanelUrlPolicy): Promise<string> {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InvalidInputError(() => t('panel.url.notAUrl'));
  }
  if (url.protocol !== 'https:' && !(policy.allowInsecure && url.protocol === 'http:')) {
    const http = url.protocol === 'http:';
    throw new InvalidInputError(() => (http ? t('panel.url.httpRefused') : t('panel.url.httpsRequired')));
  }
  if (url.username || url.password) throw new InvalidInputError(() => t('panel.url.credentials'));
  if (url.search || url.hash) throw new InvalidInputError(() => t('panel.url.queryOrFragment'));
  const hostname = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (REFUSED_HOSTNAMES.has(hostname)) throw new InvalidInputError(() => t('panel.url.refusedHost'));

  let addresses: string[];
  if (isIP(hostname)) addresses = [hostname];
  else {
    try {
      addresses = await (policy.resolve ?? defaultResolve)(hostname);
    } catch {
      throw new InvalidInputError(() => t('panel.url.doesNotResolveCheck', { host: hostname }));
    }
  }
  if (addresses.length === 0)
    throw new InvalidInputError(() => t('panel.url.doesNotResolve', { host: hostname }));
  for (const address of addresses) {
    const verdict = classifyAddress(address);
    if (verdict === 'refused') throw new InvalidInputError(() => t('panel.url.refusedAddress'));
    if (verdict === 'private' && !policy.allowInsecure) {
      throw new InvalidInputError(() => t('panel.url.privateAddress'));
    }
  }
  const path = url.pathname.replace(/\/+$/, '');
  return `${url.origin}${path}`;
}
