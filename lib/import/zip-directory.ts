import 'server-only';

// Field offsets follow PKWARE's APPNOTE.TXT: 4.3.16 end of central directory, 4.3.14–15 its Zip64 forms,
// 4.3.12 central directory header, 4.3.7 local file header, 4.5.3 the Zip64 extra field.
const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const UTF8_NAME_FLAG = 0x0800;
const IN_ZIP64_EXTRA = 0xffffffff;
const MAX_COMMENT_LENGTH = 0xffff;

/** One entry as the central directory describes it; `dataStart` is missing when its local header is not where it says. */
export type ZipEntry = {
  name: string;
  compression: number;
  compressedSize: number;
  originalSize: number;
  dataStart: number | undefined;
};

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; reason: 'unreadable' | 'too-many-entries' | 'overlapping' };

type Bytes = { zip: Uint8Array; view: DataView };

const u16 = ({ view }: Bytes, offset: number) => view.getUint16(offset, true);
const u32 = ({ view }: Bytes, offset: number) => view.getUint32(offset, true);
const u64 = ({ view }: Bytes, offset: number) => Number(view.getBigUint64(offset, true));

function findEndOfDirectory(bytes: Bytes): number | undefined {
  const last = bytes.zip.length - 22;
  for (let offset = last; offset >= 0 && offset >= last - MAX_COMMENT_LENGTH; offset--) {
    if (u32(bytes, offset) === END_OF_DIRECTORY) return offset;
  }
  return undefined;
}

function directoryBounds(bytes: Bytes, end: number): { count: number; start: number } {
  const locator = end - 20;
  if (locator >= 0 && u32(bytes, locator) === ZIP64_LOCATOR) {
    const zip64End = u64(bytes, locator + 8);
    if (zip64End + 56 <= locator && u32(bytes, zip64End) === ZIP64_END_OF_DIRECTORY) {
      return { count: u64(bytes, zip64End + 32), start: u64(bytes, zip64End + 48) };
    }
  }
  return { count: u16(bytes, end + 10), start: u32(bytes, end + 16) };
}

type Sizes = { originalSize: number; compressedSize: number; localOffset: number };

// A 32-bit field holding 0xFFFFFFFF says the real value is in the Zip64 extra field, in this order.
function zip64Sizes(bytes: Bytes, extraStart: number, extraEnd: number, sizes: Sizes): Sizes {
  const fields = (['originalSize', 'compressedSize', 'localOffset'] as const).filter((field) => sizes[field] === IN_ZIP64_EXTRA);
  if (fields.length === 0) return sizes;
  for (let offset = extraStart; offset + 4 <= extraEnd; offset += 4 + u16(bytes, offset + 2)) {
    if (u16(bytes, offset) !== ZIP64_EXTRA) continue;
    const found = { ...sizes };
    for (const [index, field] of fields.entries()) {
      const at = offset + 4 + 8 * index;
      if (at + 8 <= extraEnd) found[field] = u64(bytes, at);
    }
    return found;
  }
  return sizes;
}

function decodeName(bytes: Uint8Array, utf8: boolean): string {
  return utf8 ? new TextDecoder().decode(bytes) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

// Where the entry's data starts, if its local header is really there and the data ends before the directory.
function dataStartOf(bytes: Bytes, localOffset: number, compressedSize: number, directoryStart: number): number | undefined {
  if (localOffset + 30 > directoryStart || u32(bytes, localOffset) !== LOCAL_HEADER) return undefined;
  const dataStart = localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
  return dataStart + compressedSize <= directoryStart ? dataStart : undefined;
}

type Span = { start: number; end: number };

// Honest archives store each entry's bytes once; entries that share bytes multiply what a small upload unpacks to.
function spansOverlap(spans: Span[]): boolean {
  const sorted = spans.toSorted((a, b) => a.start - b.start);
  return sorted.some((span, index) => index > 0 && span.start < (sorted[index - 1]?.end ?? 0));
}

/**
 * The entries a zip archive lists, read from its central directory without unpacking anything.
 * More than `maxEntries` refuses the archive before the directory is read; so do entries whose data overlap.
 */
export function readZipDirectory(zip: Uint8Array, maxEntries: number): ZipDirectory {
  const bytes: Bytes = { zip, view: new DataView(zip.buffer, zip.byteOffset, zip.byteLength) };
  const end = findEndOfDirectory(bytes);
  if (end === undefined) return { ok: false, reason: 'unreadable' };
  const { count, start } = directoryBounds(bytes, end);
  if (count > maxEntries) return { ok: false, reason: 'too-many-entries' };

  const entries: ZipEntry[] = [];
  const spans: Span[] = [];
  let offset = start;
  for (let index = 0; index < count; index++) {
    if (offset + 46 > end || u32(bytes, offset) !== CENTRAL_HEADER) return { ok: false, reason: 'unreadable' };
    const nameEnd = offset + 46 + u16(bytes, offset + 28);
    const extraEnd = nameEnd + u16(bytes, offset + 30);
    const next = extraEnd + u16(bytes, offset + 32);
    if (next > end) return { ok: false, reason: 'unreadable' };
    const { originalSize, compressedSize, localOffset } = zip64Sizes(bytes, nameEnd, extraEnd, {
      originalSize: u32(bytes, offset + 24),
      compressedSize: u32(bytes, offset + 20),
      localOffset: u32(bytes, offset + 42),
    });
    const dataStart = dataStartOf(bytes, localOffset, compressedSize, start);
    if (dataStart !== undefined) spans.push({ start: localOffset, end: dataStart + compressedSize });
    entries.push({
      name: decodeName(zip.subarray(offset + 46, nameEnd), (u16(bytes, offset + 8) & UTF8_NAME_FLAG) !== 0),
      compression: u16(bytes, offset + 10),
      compressedSize,
      originalSize,
      dataStart,
    });
    offset = next;
  }
  if (spansOverlap(spans)) return { ok: false, reason: 'overlapping' };
  return { ok: true, entries };
}
