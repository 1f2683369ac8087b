import { strToU8, type Zippable, zipSync } from 'fflate';

const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

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
