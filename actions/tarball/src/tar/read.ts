// Stream a .tgz through gunzip into the lister. The compression-ratio cap is checked as bytes come out
// of zlib, so a gzip bomb stops after ratio × packed size instead of after it filled the disk or memory.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { InputError } from '../../../common/src/errors';
import { formatBytes } from '../../../common/src/numbers';
import { TarLister, type ListerOptions, type RawEntry, type ReaderCaps } from './lister';

export interface ReadCaps extends ReaderCaps {
  /** Decompressed bytes per packed byte, checked while streaming. */
  maxRatio: number;
}

export interface ArchiveListing {
  entries: RawEntry[];
  contents: Map<number, { data: Buffer; truncated: boolean }>;
  needleHits: Set<number>[];
  packedBytes: number;
  /** Sum of the declared sizes of regular files. */
  unpackedBytes: number;
}

/** Small archives legitimately compress far beyond any ratio (tar pads every file to 512 bytes). */
const RATIO_SLACK_BYTES = 1024 * 1024;

export async function readTarball(
  path: string,
  caps: ReadCaps,
  options: Omit<ListerOptions, 'caps'>,
): Promise<ArchiveListing> {
  let packedBytes: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new InputError('tarball is not a regular file', options.source);
    packedBytes = st.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`cannot read tarball: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, options.source);
  }
  const lister = new TarLister({ ...options, caps });
  const maxOut = caps.maxRatio * packedBytes + RATIO_SLACK_BYTES;
  const input = createReadStream(path, { highWaterMark: 1024 * 1024 });
  const gunzip = createGunzip({ chunkSize: 256 * 1024 });
  let out = 0;
  let firstChunk = true;
  const stop = () => {
    input.destroy();
    gunzip.destroy();
  };
  input.on('error', (err) => gunzip.destroy(err));
  input.on('data', (chunk) => {
    if (firstChunk) {
      firstChunk = false;
      const b = chunk as Buffer;
      if (b.length < 2 || b[0] !== 0x1f || b[1] !== 0x8b) {
        gunzip.destroy(new InputError('not a gzip file (a .tgz starts with 1f 8b)', options.source));
        return;
      }
    }
    if (!gunzip.write(chunk)) {
      input.pause();
      gunzip.once('drain', () => input.resume());
    }
  });
  input.on('end', () => gunzip.end());
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      out += chunk.length;
      if (out > maxOut) {
        throw new InputError(
          `decompresses to more than ${caps.maxRatio}× its packed size of ${formatBytes(packedBytes)} (gzip bomb? cap-ratio)`,
          options.source,
        );
      }
      if (!lister.push(chunk)) break;
    }
    if (firstChunk) throw new InputError('tarball is empty', options.source);
    lister.finish();
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`corrupt gzip data: ${code ? `${code}: ` : ''}${(err as Error).message}`, options.source);
  } finally {
    stop();
  }
  return {
    entries: lister.entries,
    contents: lister.contents,
    needleHits: lister.needleHits,
    packedBytes,
    unpackedBytes: lister.totalBytes,
  };
}

/** The same listing over raw (uncompressed) tar bytes: used by tests and the fuzzer. */
export function listTarBytes(tar: Buffer, caps: ReaderCaps, options: Omit<ListerOptions, 'caps'>): TarLister {
  const lister = new TarLister({ ...options, caps });
  lister.push(tar);
  lister.finish();
  return lister;
}
