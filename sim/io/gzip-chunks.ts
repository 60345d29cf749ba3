/**
 * gzip as a stream of chunks, synchronously (node:zlib): each chunk is deflated on its own
 * and sync-flushed, so the pieces join into one deflate stream (as pigz does), framed by a
 * gzip header and the CRC-32 and length trailer. One gzip member, read by every gunzip.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

const HEADER = Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

/**
 * The gzip bytes of the concatenated `chunks`, a piece per chunk (nothing held but one chunk).
 * @example for (const b of gzipChunks(['a,b\n', '1,2\n'])) writeSync(fd, b);
 */
export function* gzipChunks(chunks: Iterable<string | Uint8Array>): Generator<Uint8Array> {
  yield HEADER;
  let crc = 0;
  let size = 0;
  for (const c of chunks) {
    const bytes = typeof c === 'string' ? Buffer.from(c, 'utf8') : c;
    if (bytes.length === 0) continue;
    crc = crc32(bytes, crc);
    size = (size + bytes.length) % 2 ** 32;
    yield deflateRawSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH });
  }
  yield deflateRawSync(Buffer.alloc(0));
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size, 4);
  yield trailer;
}
