import { crc32, deflateRawSync } from 'node:zlib';

/** One file of a zip archive: a plain name at the archive's root (or `folder/name`), and its bytes. */
export interface ZipEntry {
  readonly name: string;
  readonly data: Uint8Array;
}

const storedMethod = 0;
const deflateMethod = 8;
/** Zip 2.0: deflate, no zip64 (so each file and the whole archive stay under 4 GiB). */
const version = 20;
/** 1980-01-01 00:00 in MS-DOS date and time: a fixed time makes the same files give the same archive. */
const dosTime = 0;
const dosDate = (1 << 5) | 1;

/**
 * The entries as a zip archive (PKWARE APPNOTE: local headers, data, central directory, end
 * record). Each file is deflated, or stored when deflating would not make it smaller (PNGs).
 * No installed library writes zips, and this subset is all an app package needs.
 * @throws Error if a name is empty, absolute, repeated or not ASCII, or an archive would need zip64.
 */
export function zipArchive(entries: readonly ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  const names = new Set<string>();
  let offset = 0;
  for (const entry of entries) {
    if (!/^[\x21-\x7e][\x20-\x7e]*$/.test(entry.name) || entry.name.startsWith('/') || names.has(entry.name)) {
      throw new Error(`zip entry names must be unique, relative and ASCII: ${JSON.stringify(entry.name)}`);
    }
    names.add(entry.name);
    const name = Buffer.from(entry.name, 'ascii');
    const deflated = deflateRawSync(entry.data);
    const method = deflated.length < entry.data.length ? deflateMethod : storedMethod;
    const body = method === deflateMethod ? deflated : Buffer.from(entry.data);
    const fields = { method, crc: crc32(entry.data), compressed: body.length, size: entry.data.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(version, 4);
    writeCommonFields(local, 6, fields, name.length);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(version, 4); // made by: MS-DOS attributes, zip 2.0
    header.writeUInt16LE(version, 6);
    writeCommonFields(header, 8, fields, name.length);
    // Comment length, disk number, internal and external attributes stay 0.
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    parts.push(local, name, body);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  if (offset + directory.length > 0xffffffff || entries.length > 0xffff) throw new Error('the archive is too large for zip without zip64');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/** Flags to name length: the same fields, in the same order, in a local header and a central one. */
function writeCommonFields(
  target: Buffer,
  at: number,
  fields: { method: number; crc: number; compressed: number; size: number },
  nameLength: number,
): void {
  target.writeUInt16LE(0, at); // flags: no encryption, no data descriptor
  target.writeUInt16LE(fields.method, at + 2);
  target.writeUInt16LE(dosTime, at + 4);
  target.writeUInt16LE(dosDate, at + 6);
  target.writeUInt32LE(fields.crc, at + 8);
  target.writeUInt32LE(fields.compressed, at + 12);
  target.writeUInt32LE(fields.size, at + 16);
  target.writeUInt16LE(nameLength, at + 20);
  // Extra field length stays 0.
}
