// Static instances of a variable font, for the social cards: satori draws a variable font only at its
// default weight, and faking bold with a stroke made a card three times slower to rasterize and its
// letters blunter. HarfBuzz's subsetter pins the weight axis, as font tools do when they make static
// files of a variable font. Plain Node, for the card workers.
import { readFileSync } from "node:fs";
import wawoff2 from "wawoff2";
import { projectRequire } from "./card-fonts.ts";

interface HarfBuzz {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_glyph_set(input: number): number;
  hb_subset_input_pin_axis_location(input: number, face: number, tag: number, value: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

let harfbuzz: Promise<HarfBuzz> | undefined;
const subsetter = () =>
  (harfbuzz ??= WebAssembly.instantiate(readFileSync(projectRequire.resolve("harfbuzzjs/hb-subset.wasm"))).then(
    ({ instance }) => instance.exports as unknown as HarfBuzz,
  ));

const WGHT = [..."wght"].reduce((tag, c) => (tag << 8) | c.charCodeAt(0), 0);
// HB_MEMORY_MODE_WRITABLE: the face may read the bytes in place; they are freed after the subset.
const WRITABLE = 2;

/** The font's bytes as OpenType: Fontsource ships its variable fonts as WOFF2 only, which HarfBuzz cannot read. */
async function openType(bytes: Uint8Array): Promise<Uint8Array> {
  const woff2 = String.fromCharCode(...bytes.subarray(0, 4)) === "wOF2";
  return woff2 ? wawoff2.decompress(bytes) : bytes;
}

/**
 * The variable font in `bytes` at a weight, as a static OpenType font with every glyph and letter of
 * the original. Throws when the font has no weight axis or HarfBuzz cannot read it.
 */
export async function atWeight(bytes: Uint8Array, weight: number): Promise<Uint8Array> {
  const [hb, font] = await Promise.all([subsetter(), openType(bytes)]);
  const data = hb.malloc(font.byteLength);
  new Uint8Array(hb.memory.buffer).set(font, data);
  const blob = hb.hb_blob_create(data, font.byteLength, WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  const input = hb.hb_subset_input_create_or_fail();
  try {
    // An empty set inverted is every code point and every glyph: the subset drops nothing.
    hb.hb_set_invert(hb.hb_subset_input_unicode_set(input));
    hb.hb_set_invert(hb.hb_subset_input_glyph_set(input));
    if (!hb.hb_subset_input_pin_axis_location(input, face, WGHT, weight)) {
      throw new Error("the font has no weight axis");
    }
    const instance = hb.hb_subset_or_fail(face, input);
    if (!instance) throw new Error("HarfBuzz could not make a static instance of the font");
    const result = hb.hb_face_reference_blob(instance);
    const start = hb.hb_blob_get_data(result, 0);
    const out = new Uint8Array(hb.memory.buffer).slice(start, start + hb.hb_blob_get_length(result));
    hb.hb_blob_destroy(result);
    hb.hb_face_destroy(instance);
    return out;
  } finally {
    hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    hb.free(data);
  }
}
