// The part of wawoff2 (Google's WOFF2 decoder in WebAssembly) that src/data/font-instances.ts uses; it ships no types.
declare module "wawoff2" {
  /** The OpenType font packed in a WOFF2 file. */
  export function decompress(woff2: Uint8Array): Promise<Uint8Array>;
  const wawoff2: { decompress: typeof decompress };
  export default wawoff2;
}
