import { z } from 'zod';

const jwtPayload = z.looseObject({ exp: z.number() });

/**
 * When a signed download URL stops working, read from the URL itself: a wings link carries a JWT
 * whose `exp` says so; an S3 link carries X-Amz-Date and X-Amz-Expires. Null when neither is there.
 */
export function downloadExpiry(signedUrl: string): Date | null {
  let url: URL;
  try {
    url = new URL(signedUrl);
  } catch {
    return null;
  }
  const token = url.searchParams.get('token');
  if (token) {
    const payload = token.split('.')[1];
    if (payload) {
      try {
        const parsed = jwtPayload.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
        if (parsed.success) return new Date(parsed.data.exp * 1000);
      } catch {
        // Not a JWT: fall through to the other formats.
      }
    }
  }
  const amzDate = url.searchParams.get('X-Amz-Date');
  const amzExpires = Number(url.searchParams.get('X-Amz-Expires'));
  if (amzDate && Number.isFinite(amzExpires)) {
    const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amzDate);
    if (match) {
      const [, y, mo, d, h, mi, s] = match.map(Number) as [
        number,
        number,
        number,
        number,
        number,
        number,
        number,
      ];
      return new Date(Date.UTC(y, mo - 1, d, h, mi, s) + amzExpires * 1000);
    }
  }
  return null;
}
