/**
 * A logo upload made safe to serve: decoded from PNG or JPEG by pure-JavaScript decoders (pngjs, jpeg-js: no
 * native code, nothing to install on the server) and encoded again as a plain 8-bit RGBA PNG. Only the pixels
 * survive: metadata (EXIF with its GPS position, text chunks), colour profiles, trailing bytes and anything else
 * hidden in the file are dropped, and what is served is always a PNG Gridfolio wrote.
 *
 * The type is read from the file's first bytes, never from its name or the browser's claim, and the size is read
 * from its header before anything is decompressed, so an image that declares 50,000 × 50,000 pixels is refused
 * without allocating them.
 */
import jpeg from "jpeg-js";
import { PNG } from "pngjs";
import { LOGO_LIMITS_TEXT, MAX_LOGO_BYTES, MAX_LOGO_PIXELS_PER_SIDE } from "../../validation/company-profile";

export type LogoResult = { ok: true; png: Buffer; width: number; height: number } | { ok: false; message: string };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

const refuse = (message: string): LogoResult => ({ ok: false, message });
const damaged = (kind: string) => refuse(`That ${kind} file is damaged or incomplete: save it again from your image editor and upload it.`);
const tooLarge = (width: number, height: number) =>
  refuse(`That image is ${width} × ${height} pixels: the logo may be at most ${MAX_LOGO_PIXELS_PER_SIDE} × ${MAX_LOGO_PIXELS_PER_SIDE}. Resize it and upload it again.`);

/** Re-encodes an uploaded logo as PNG, or says in plain words why it cannot be a logo. */
export function reencodeLogo(bytes: Uint8Array): LogoResult {
  if (bytes.byteLength === 0) return refuse("That file is empty.");
  if (bytes.byteLength > MAX_LOGO_BYTES) return refuse(`That file is larger than 1 MB: the logo must be ${LOGO_LIMITS_TEXT}.`);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(buffer, PNG_SIGNATURE)) return fromPng(buffer);
  if (startsWith(buffer, [0xff, 0xd8, 0xff])) return fromJpeg(buffer);
  return refuse(`That file is not a PNG or JPEG image (SVG, GIF, WebP and renamed files are refused): the logo must be ${LOGO_LIMITS_TEXT}.`);
}

function fromPng(buffer: Buffer): LogoResult {
  // IHDR is always the first chunk: its width and height sit at bytes 16 to 23.
  if (buffer.byteLength < 33 || buffer.toString("latin1", 12, 16) !== "IHDR") return damaged("PNG");
  const width = buffer.readUInt32BE(16);
  const height = buffer.readUInt32BE(20);
  if (width === 0 || height === 0 || !hasSoundChunks(buffer)) return damaged("PNG");
  if (width > MAX_LOGO_PIXELS_PER_SIDE || height > MAX_LOGO_PIXELS_PER_SIDE) return tooLarge(width, height);
  let decoded: PNG;
  try {
    // pngjs checks every chunk's CRC and refuses a stream that ends early: a truncated file is an error here.
    decoded = PNG.sync.read(buffer);
  } catch {
    return damaged("PNG");
  }
  return encode(decoded.width, decoded.height, decoded.data);
}

/**
 * Every chunk whole, named in ASCII letters as the PNG specification requires, and image data (IDAT) before the end.
 * pngjs skips a chunk whose name it does not know and, with no IDAT left, hands back pixels from memory it never
 * wrote: a damaged name must be refused here, or the same file would be accepted or refused by chance.
 */
function hasSoundChunks(buffer: Buffer): boolean {
  let offset = 8;
  let hasImageData = false;
  while (offset + 12 <= buffer.byteLength) {
    const length = buffer.readUInt32BE(offset);
    for (let index = offset + 4; index < offset + 8; index++) {
      const byte = buffer[index]!;
      if (!((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a))) return false;
    }
    const type = buffer.toString("latin1", offset + 4, offset + 8);
    if (type === "IDAT" && length > 0) hasImageData = true;
    if (type === "IEND") return hasImageData;
    offset += 12 + length;
  }
  return false;
}

function fromJpeg(buffer: Buffer): LogoResult {
  let decoded: { width: number; height: number; data: Uint8Array };
  try {
    decoded = jpeg.decode(buffer, {
      useTArray: true,
      formatAsRGBA: true,
      // Not tolerant: a truncated JPEG is refused rather than served with grey stripes.
      tolerantDecoding: false,
      // 2000 × 2000 is 4 megapixels: a larger frame is refused before its pixels are allocated.
      maxResolutionInMP: (MAX_LOGO_PIXELS_PER_SIDE * MAX_LOGO_PIXELS_PER_SIDE) / 1_000_000,
      maxMemoryUsageInMB: 64,
    });
  } catch (error) {
    const text = error instanceof Error ? error.message : "";
    if (/maxResolutionInMP/i.test(text)) return refuse(`That image is larger than ${MAX_LOGO_PIXELS_PER_SIDE} × ${MAX_LOGO_PIXELS_PER_SIDE} pixels. Resize it and upload it again.`);
    return damaged("JPEG");
  }
  if (decoded.width === 0 || decoded.height === 0) return damaged("JPEG");
  if (decoded.width > MAX_LOGO_PIXELS_PER_SIDE || decoded.height > MAX_LOGO_PIXELS_PER_SIDE) return tooLarge(decoded.width, decoded.height);
  return encode(decoded.width, decoded.height, decoded.data);
}

function encode(width: number, height: number, rgba: Uint8Array): LogoResult {
  const png = new PNG({ width, height });
  png.data = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  return { ok: true, png: PNG.sync.write(png), width, height };
}
