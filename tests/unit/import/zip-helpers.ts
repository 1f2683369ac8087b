import { once } from 'node:events';
import { constants, createDeflateRaw } from 'node:zlib';
import { strToU8, type Zippable, zipSync } from 'fflate';

const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_OF_DIRECTORY = 0x06054b50;
const MEBIBYTE = 1024 * 1024;

/** A zip of text entries, in the given order. */
export function zipOf(entries: Record<string, string | Uint8Array>): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, content] of Object.entries(entries)) zippable[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(zippable);
}

function headerOffsets(zip: Uint8Array, signature: number): number[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const offsets: number[] = [];
  for (let offset = 0; offset + 4 <= zip.length; offset++) if (view.getUint32(offset, true) === signature) offsets.push(offset);
  return offsets;
}

type HeaderPatch = { compression?: number; compressedSize?: number; originalSize?: number };

/** A copy of the zip whose headers for one entry claim other facts, as a crafted archive would. */
export function forgeEntry(zip: Uint8Array, entryIndex: number, patch: HeaderPatch): Uint8Array {
  const forged = zip.slice();
  const view = new DataView(forged.buffer);
  const central = headerOffsets(forged, CENTRAL_HEADER)[entryIndex];
  const local = headerOffsets(forged, LOCAL_HEADER)[entryIndex];
  if (central === undefined || local === undefined) throw new Error(`no entry ${entryIndex}`);
  // Field offsets from the start of each header (APPNOTE 4.3.7 and 4.3.12).
  for (const [header, shift] of [
    [central, 0],
    [local, -2],
  ] as const) {
    if (patch.compression !== undefined) view.setUint16(header + 10 + shift, patch.compression, true);
    if (patch.compressedSize !== undefined) view.setUint32(header + 20 + shift, patch.compressedSize, true);
    if (patch.originalSize !== undefined) view.setUint32(header + 24 + shift, patch.originalSize, true);
  }
  return forged;
}

type CraftedEntry = { name: string; data: Uint8Array; originalSize: number; compression?: number };
type Field = [offset: number, bytes: 2 | 4 | 8, value: number];

const IN_ZIP64_EXTRA = 0xffffffff;

function header(size: number, fields: Field[]): Uint8Array {
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  for (const [offset, width, value] of fields) {
    if (width === 2) view.setUint16(offset, value, true);
    else if (width === 4) view.setUint32(offset, value, true);
    else view.setBigUint64(offset, BigInt(value), true);
  }
  return bytes;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

type Placed = { entry: CraftedEntry; name: string; offset: number };

// APPNOTE 4.3.12; with `zip64` the sizes and offset move to a Zip64 extra field (4.5.3), as tools write for big files.
function centralRecord({ entry, name, offset }: Placed, zip64: boolean): Uint8Array {
  const nameBytes = strToU8(name);
  const extra = zip64
    ? header(28, [
        [0, 2, 0x0001],
        [2, 2, 24],
        [4, 8, entry.originalSize],
        [12, 8, entry.data.length],
        [20, 8, offset],
      ])
    : new Uint8Array(0);
  const fields: Field[] = [
    [0, 4, CENTRAL_HEADER],
    [4, 2, 45],
    [6, 2, 45],
    [10, 2, entry.compression ?? 8],
    [20, 4, zip64 ? IN_ZIP64_EXTRA : entry.data.length],
    [24, 4, zip64 ? IN_ZIP64_EXTRA : entry.originalSize],
    [28, 2, nameBytes.length],
    [30, 2, extra.length],
    [42, 4, zip64 ? IN_ZIP64_EXTRA : offset],
  ];
  return concat([header(46, fields), nameBytes, extra]);
}

// APPNOTE 4.3.16; with `zip64` preceded by the Zip64 end record and its locator (4.3.14, 4.3.15).
function endRecords(count: number, directoryStart: number, directoryLength: number, zip64: boolean): Uint8Array {
  const end = header(22, [
    [0, 4, END_OF_DIRECTORY],
    [8, 2, zip64 ? 0xffff : count],
    [10, 2, zip64 ? 0xffff : count],
    [12, 4, directoryLength],
    [16, 4, zip64 ? IN_ZIP64_EXTRA : directoryStart],
  ]);
  if (!zip64) return end;
  const zip64End = header(56, [
    [0, 4, 0x06064b50],
    [4, 8, 44],
    [12, 2, 45],
    [14, 2, 45],
    [24, 8, count],
    [32, 8, count],
    [40, 8, directoryLength],
    [48, 8, directoryStart],
  ]);
  const locator = header(20, [
    [0, 4, 0x07064b50],
    [8, 8, directoryStart + directoryLength],
    [16, 4, 1],
  ]);
  return concat([zip64End, locator, end]);
}

/**
 * A zip written field by field (APPNOTE 4.3.7, 4.3.12, 4.3.16), stating whatever unpacked sizes the test says.
 * Each name in `aliases` adds a directory record pointing at the first entry's bytes, as a crafted archive does.
 */
export function craftZip(
  entries: CraftedEntry[],
  { aliases = [], zip64 = false }: { aliases?: string[]; zip64?: boolean } = {},
): Uint8Array {
  const locals: Uint8Array[] = [];
  const placed: Placed[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = strToU8(entry.name);
    const fields: Field[] = [
      [0, 4, LOCAL_HEADER],
      [4, 2, 20],
      [8, 2, entry.compression ?? 8],
      [18, 4, entry.data.length],
      [22, 4, entry.originalSize],
      [26, 2, name.length],
    ];
    const local = concat([header(30, fields), name, entry.data]);
    placed.push({ entry, name: entry.name, offset });
    locals.push(local);
    offset += local.length;
  }
  const first = placed[0];
  if (first) for (const alias of aliases) placed.push({ ...first, name: alias });
  const central = concat(placed.map((record) => centralRecord(record, zip64)));
  return concat([...locals, central, endRecords(placed.length, offset, central.length, zip64)]);
}

/**
 * One raw Deflate stream of `mebibytes` MiB of zeros, about a thousandth of that in size. Streamed, so the zeros
 * never sit in memory at once; one stream without flush points, as a crafted bomb is, so a decoder cannot stop early.
 */
export async function deflatedZeros(mebibytes: number): Promise<Uint8Array> {
  const deflater = createDeflateRaw({ level: 9, strategy: constants.Z_RLE });
  const chunks: Uint8Array[] = [];
  deflater.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const ended = once(deflater, 'end');
  const zeros = new Uint8Array(MEBIBYTE);
  for (let written = 0; written < mebibytes; written++) if (!deflater.write(zeros)) await once(deflater, 'drain');
  deflater.end();
  await ended;
  return concat(chunks);
}
