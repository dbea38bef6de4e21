/**
 * A media URL through the show's chain of analytics prefixes, the first prefix outermost. Each
 * service redirects to what follows its prefix, and OP3, Podtrac and the like document the inner
 * URL without its `https://` (a scheme is only needed for `http:`, which the site never serves):
 * `https://op3.dev/e/` then `https://dts.podtrac.com/redirect.mp3/` on
 * `https://cdn.example.com/a.mp3` is
 * `https://op3.dev/e/dts.podtrac.com/redirect.mp3/cdn.example.com/a.mp3`.
 */
export function throughPrefixes(url: string, prefixes: readonly string[]): string {
  return prefixes.reduceRight((inner, prefix) => `${prefix}${inner.replace(/^https:\/\//i, "")}`, url);
}

/** The media URL inside a chain of prefixes (`throughPrefixes` undone): the file the site serves. */
export function withoutPrefixes(url: string, prefixes: readonly string[]): string {
  let inner = url;
  for (const prefix of prefixes) {
    if (!inner.startsWith(prefix)) return url;
    inner = `https://${inner.slice(prefix.length)}`;
  }
  return inner;
}
