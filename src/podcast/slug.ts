/**
 * The episode's slug: its `slug` field (top level or under Zola's `[extra]`), else its file name,
 * or its folder name for a page bundle (`s01e06-sentry/index.md`).
 */
export function slugFromPath(entry: string, data: Record<string, unknown> = {}): string {
  const extra = data.extra as Record<string, unknown> | undefined;
  const given = data.slug ?? extra?.slug;
  if (typeof given === "string" && given.trim()) return given.trim();
  const path = entry.replace(/\\/g, "/").replace(/\.(md|mdx)$/i, "");
  const name = path.endsWith("/index") ? path.slice(0, -"/index".length) : path;
  return name
    .split("/")
    .pop()!
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
