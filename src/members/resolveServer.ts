import { codeSpan } from '#discord/text.js';
import { t } from '#i18n/i18n.js';
import { InvalidInputError } from '#src/errors.js';
import type { LinkedServer, MemberLink } from '#store/index.js';

/** A server of the member's list by its 8-character identifier or its full UUID (which starts with it). */
export function findLinkedServer(servers: readonly LinkedServer[], value: string): LinkedServer | undefined {
  return servers.find((s) => s.identifier === value || value.startsWith(s.identifier));
}

/**
 * The server a command acts on: the `server` option, else the member's default, else their only
 * server. A value the member typed that is not in their list still goes to the panel, which decides.
 */
export function resolveServer(link: MemberLink, option: string | null): LinkedServer {
  const wanted = option?.trim();
  if (wanted) {
    if (!/^[A-Za-z0-9-]{8,36}$/.test(wanted)) {
      const value = codeSpan(wanted.slice(0, 40));
      throw new InvalidInputError(() => t('errors.server.notAnIdentifier', { value }));
    }
    return findLinkedServer(link.servers, wanted) ?? { identifier: wanted, name: wanted };
  }
  if (link.defaultServer) {
    return (
      link.servers.find((s) => s.identifier === link.defaultServer) ?? {
        identifier: link.defaultServer,
        name: link.defaultServer,
      }
    );
  }
  const [only, ...others] = link.servers;
  if (only && others.length === 0) return only;
  if (!only) throw new InvalidInputError(() => t('errors.server.none'));
  const count = link.servers.length;
  throw new InvalidInputError(() => t('errors.server.choose', { count }));
}
