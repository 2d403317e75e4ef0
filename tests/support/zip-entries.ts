import { crc32, inflateRawSync } from 'node:zlib';

/**
 * The files of a zip archive by name, read the way unzip tools do (end record → central directory
 * → local headers), with each file's CRC-32 and sizes checked. Written apart from the service's
 * zip writer so that a test does not check the writer against its own reading of the format.
 */
export function readZipEntries(zip: Buffer): Map<string, Buffer> {
  const endAt = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0) throw new Error('no end of central directory record');
  const count = zip.readUInt16LE(endAt + 10);
  let at = zip.readUInt32LE(endAt + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i += 1) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`central directory entry ${i}: bad signature`);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`${name}: bad local header signature`);
    if (zip.toString('utf8', local + 30, local + 30 + zip.readUInt16LE(local + 26)) !== name) throw new Error(`${name}: local and central names differ`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + compressed);
    const data = method === 8 ? inflateRawSync(raw) : method === 0 ? Buffer.from(raw) : undefined;
    if (data === undefined) throw new Error(`${name}: compression method ${method} not supported`);
    if (data.length !== size || crc32(data) !== crc) throw new Error(`${name}: size or CRC-32 does not match`);
    if (entries.has(name)) throw new Error(`${name}: twice in the archive`);
    entries.set(name, data);
    at += 46 + skip;
  }
  return entries;
}
