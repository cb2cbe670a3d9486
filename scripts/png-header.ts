/**
 * What a PNG's header says about it: the stores check a screenshot's size, and the Chrome Web
 * Store wants 24-bit colour with no alpha channel (colour type 2, 8 bits a channel).
 */
export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  /** 2 = RGB, 6 = RGBA, 3 = palette, 0 = grey, 4 = grey and alpha. */
  colorType: number;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function pngHeader(png: Uint8Array): PngHeader {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunk = String.fromCharCode(...png.subarray(12, 16));
  if (png.length < 29 || SIGNATURE.some((byte, i) => png[i] !== byte) || chunk !== 'IHDR') throw new Error('not a PNG');
  return { width: view.getUint32(16), height: view.getUint32(20), bitDepth: png[24]!, colorType: png[25]! };
}

/** Throws unless the PNG is `size` large, 24-bit RGB without alpha. */
export function assertStorePng(png: Uint8Array, size: { width: number; height: number }, name: string): void {
  const header = pngHeader(png);
  const wanted = { width: size.width, height: size.height, bitDepth: 8, colorType: 2 };
  if (Object.entries(wanted).some(([key, value]) => header[key as keyof PngHeader] !== value)) {
    throw new Error(`${name} is ${JSON.stringify(header)}; the stores want ${JSON.stringify(wanted)}`);
  }
}
