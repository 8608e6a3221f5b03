/**
 * Article vectors on disk, so a restart skips re-embedding. One self-describing file per
 * (model, article, format):
 *
 *   "EMBV" | u32 LE header length | header JSON | zero padding to 4 bytes | float32 LE vectors
 *
 * The header repeats everything the vectors depend on and a CRC of the payload, so a file
 * that is truncated, flipped or made by other settings is recognised and rebuilt.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';

import writeFileAtomic from 'write-file-atomic';

export const CACHE_FORMAT = 1;
const MAGIC = Buffer.from('EMBV', 'latin1');

/** What the vectors were made from: any difference makes them stale. */
export interface CacheIdentity {
  readonly modelId: string;
  readonly modelFingerprint: string;
  readonly articleSha256: string;
  readonly passagePrefix: string;
  readonly pooling: string;
  readonly dims: number;
  readonly paragraphs: number;
  readonly sentences: number;
}

export interface ArticleVectors {
  readonly dims: number;
  /** Row-major [paragraphs × dims], unit rows. */
  readonly paragraphs: Float32Array;
  /** Row-major [sentences × dims], unit rows. */
  readonly sentences: Float32Array;
}

export type CacheRead =
  | { readonly kind: 'hit'; readonly vectors: ArticleVectors }
  | { readonly kind: 'absent' }
  | { readonly kind: 'unusable'; readonly reason: string };

interface Header extends CacheIdentity {
  readonly format: number;
  readonly crc32: number;
}

export function vectorCachePath(modelsDir: string, identity: Pick<CacheIdentity, 'modelId' | 'articleSha256'>): string {
  const model = identity.modelId.replace(/[^\w.-]+/g, '_');
  return path.join(modelsDir, '.cache', `${model}-${identity.articleSha256.slice(0, 16)}-v${CACHE_FORMAT}.bin`);
}

export async function readVectorCache(file: string, expected: CacheIdentity): Promise<CacheRead> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'absent' };
    return { kind: 'unusable', reason: `unreadable (${(error as Error).message})` };
  }
  try {
    return decode(bytes, expected);
  } catch (error) {
    return { kind: 'unusable', reason: `corrupt (${(error as Error).message})` };
  }
}

function decode(bytes: Buffer, expected: CacheIdentity): CacheRead {
  if (bytes.length < 8 || !bytes.subarray(0, 4).equals(MAGIC)) return { kind: 'unusable', reason: 'not a vector cache file' };
  const headerLength = bytes.readUInt32LE(4);
  const header = JSON.parse(bytes.toString('utf8', 8, 8 + headerLength)) as Header;
  if (header.format !== CACHE_FORMAT) return { kind: 'unusable', reason: `format ${header.format}, expected ${CACHE_FORMAT}` };

  const stale = (Object.keys(expected) as (keyof CacheIdentity)[]).filter((key) => header[key] !== expected[key]);
  if (stale.length > 0) return { kind: 'unusable', reason: `stale (${stale.join(', ')} changed)` };

  const offset = align4(8 + headerLength);
  const floats = (expected.paragraphs + expected.sentences) * expected.dims;
  const payload = bytes.subarray(offset);
  if (payload.length !== floats * 4) return { kind: 'unusable', reason: `truncated (${payload.length} of ${floats * 4} bytes)` };
  if (crc32(payload) !== header.crc32) return { kind: 'unusable', reason: 'checksum mismatch' };

  // Copy into a fresh, aligned buffer: Buffer slices may start at any byte offset.
  const all = new Float32Array(floats);
  new Uint8Array(all.buffer).set(payload);
  const split = expected.paragraphs * expected.dims;
  return { kind: 'hit', vectors: { dims: expected.dims, paragraphs: all.subarray(0, split), sentences: all.subarray(split) } };
}

/** Atomic (temp file + rename), so a crash mid-write leaves the old file or none, never half of one. */
export async function writeVectorCache(file: string, identity: CacheIdentity, vectors: ArticleVectors): Promise<void> {
  const payload = Buffer.concat([asBytes(vectors.paragraphs), asBytes(vectors.sentences)]);
  const header: Header = { format: CACHE_FORMAT, ...identity, crc32: crc32(payload) };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const lengthField = Buffer.alloc(4);
  lengthField.writeUInt32LE(json.length);
  const padding = Buffer.alloc(align4(8 + json.length) - (8 + json.length));
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, Buffer.concat([MAGIC, lengthField, json, padding, payload]));
}

function asBytes(array: Float32Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

function align4(n: number): number {
  return Math.ceil(n / 4) * 4;
}
