import sharp from "sharp";

/**
 * Apple's rules for podcast art: JPEG or PNG, square, 1400 to 3000 px, RGB. `bytes` are the
 * image's when it is not on disk yet (a download), named by `path`.
 */
export async function artworkProblems(path: string, bytes?: Uint8Array): Promise<string[]> {
  const meta = await sharp(bytes ?? path)
    .metadata()
    .catch(() => undefined);
  if (!meta) return [`expected a JPEG or PNG image at ${path}, found no readable image there`];
  const problems: string[] = [];
  if (meta.format !== "jpeg" && meta.format !== "png") problems.push(`expected JPEG or PNG, found ${meta.format}`);
  if (meta.width !== meta.height) problems.push(`expected square art, found ${meta.width}×${meta.height} px`);
  if (meta.width < 1400 || meta.width > 3000) {
    problems.push(`expected art 1400 to 3000 px wide, found ${meta.width} px`);
  }
  if (meta.space !== "srgb" || meta.hasAlpha) {
    problems.push(
      `expected RGB without transparency, found ${meta.space}${meta.hasAlpha ? " with an alpha channel" : ""}`,
    );
  }
  return problems.map((p) => `${p} (${path})`);
}
