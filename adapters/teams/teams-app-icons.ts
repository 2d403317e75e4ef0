/** The two icons of a Teams app package, by their file names in the package. */
export interface TeamsAppIcons {
  /** 192×192, full colour. */
  readonly color: Uint8Array;
  /** 32×32, white on a transparent background. */
  readonly outline: Uint8Array;
}

/** What a PNG's IHDR chunk says about the image. */
export interface PngHeader {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  /** 0 grey, 2 RGB, 3 palette, 4 grey with alpha, 6 RGB with alpha. */
  readonly colorType: number;
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The PNG's header (its first chunk, IHDR), or undefined when the bytes are not a PNG. */
export function readPngHeader(bytes: Uint8Array): PngHeader | undefined {
  const png = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (png.length < 29 || !png.subarray(0, 8).equals(pngSignature) || png.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), bitDepth: png.readUInt8(24), colorType: png.readUInt8(25) };
}

/**
 * What is wrong with the icons for Teams, one line each; empty when both fit. The outline's
 * colours (white only) are not checked here: Teams' own validation does that at upload.
 */
export function teamsAppIconProblems(icons: TeamsAppIcons): string[] {
  const problems: string[] = [];
  const color = readPngHeader(icons.color);
  if (color === undefined) problems.push('color.png: is not a PNG');
  else if (color.width !== 192 || color.height !== 192) problems.push(`color.png: must be 192x192 pixels, is ${color.width}x${color.height}`);
  const outline = readPngHeader(icons.outline);
  if (outline === undefined) problems.push('outline.png: is not a PNG');
  else {
    if (outline.width !== 32 || outline.height !== 32) problems.push(`outline.png: must be 32x32 pixels, is ${outline.width}x${outline.height}`);
    if (outline.colorType !== 4 && outline.colorType !== 6) problems.push('outline.png: must have an alpha channel (white on a transparent background)');
  }
  return problems;
}
