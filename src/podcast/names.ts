/** A name without accents and case: `José` and `JOSE` both read `jose`. */
export const foldName = (name: string) =>
  name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/ß/g, "ss");

/**
 * The key two spellings of one person's name share: accents, case, punctuation and spacing dropped,
 * so that `José Valim`, `Jose Valim` and `jose  valim` are one guest. It is also the URL slug.
 */
export function nameKey(name: string): string {
  return foldName(name)
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * The spelling to show of several that share a key: the most used, then the one with accents
 * (an editor who typed `José` once meant it), then the first seen.
 */
export function preferredSpelling(spellings: string[]): string {
  const counts = new Map<string, number>();
  for (const s of spellings) counts.set(s, (counts.get(s) ?? 0) + 1);
  const accents = (s: string) => s.normalize("NFD").length - s.length;
  return [...counts.entries()].sort(([a, m], [b, n]) => n - m || accents(b) - accents(a))[0]![0];
}
