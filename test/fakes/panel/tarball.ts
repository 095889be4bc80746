import { gzipSync } from 'node:zlib';

/** One regular file to put into an archive. */
export interface TarEntry {
  name: string;
  content: string | Buffer;
}

const BLOCK = 512;

function writeString(header: Buffer, value: string, offset: number, length: number): void {
  header.write(value.slice(0, length), offset, length, 'utf8');
}

function writeOctal(header: Buffer, value: number, offset: number, length: number): void {
  // Octal digits, zero padded, followed by a NUL, as POSIX ustar expects.
  writeString(header, `${value.toString(8).padStart(length - 1, '0')}\0`, offset, length);
}

function tarHeader(name: string, size: number, mtimeSeconds: number): Buffer {
  const header = Buffer.alloc(BLOCK, 0);
  writeString(header, name, 0, 100);
  writeOctal(header, 0o644, 100, 8);
  writeOctal(header, 0, 108, 8);
  writeOctal(header, 0, 116, 8);
  writeOctal(header, size, 124, 12);
  writeOctal(header, mtimeSeconds, 136, 12);
  header.fill(0x20, 148, 156); // the checksum is computed with its own field as spaces
  writeString(header, '0', 156, 1);
  writeString(header, 'ustar\0', 257, 6);
  writeString(header, '00', 263, 2);
  let sum = 0;
  for (const byte of header) sum += byte;
  writeString(header, `${sum.toString(8).padStart(6, '0')}\0 `, 148, 8);
  return header;
}

/**
 * Builds a real (small) .tar.gz in memory, so that a downloaded "backup" can be unpacked by any tool
 * and a client can check it received an archive rather than an error page.
 */
export function buildTarGz(entries: readonly TarEntry[], mtime: Date = new Date()): Buffer {
  const mtimeSeconds = Math.floor(mtime.getTime() / 1000);
  const parts: Buffer[] = [];
  for (const entry of entries) {
    const content = typeof entry.content === 'string' ? Buffer.from(entry.content, 'utf8') : entry.content;
    parts.push(tarHeader(entry.name, content.length, mtimeSeconds), content);
    const padding = (BLOCK - (content.length % BLOCK)) % BLOCK;
    if (padding > 0) parts.push(Buffer.alloc(padding, 0));
  }
  parts.push(Buffer.alloc(BLOCK * 2, 0)); // end-of-archive marker
  return gzipSync(Buffer.concat(parts));
}
