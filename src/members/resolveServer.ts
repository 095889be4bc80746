import { codeSpan } from '#discord/text.js';
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
      throw new InvalidInputError(
        `${codeSpan(wanted.slice(0, 40))} is not a server identifier. Pick a server from the list the \`server\` option suggests.`,
      );
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
  if (!only)
    throw new InvalidInputError(
      'Your panel key reaches no server. Ask the server owner to add you as a subuser, then run `/link` again.',
    );
  throw new InvalidInputError(
    `Your key reaches ${link.servers.length} servers: choose one with the \`server\` option, or set a default server with \`/link\`.`,
  );
}
