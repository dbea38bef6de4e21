/** The HTML of each piece a build has rendered, by key (see Once.astro): one build, one bundle, one map. */
const rendered = new Map<string, Promise<string>>();

/** The HTML kept for `key`, else `render`'s, kept. Pages render four at a time: the first to ask renders. */
export function renderedOnce(key: string, render: () => Promise<string>): Promise<string> {
  let html = rendered.get(key);
  if (!html) rendered.set(key, (html = render()));
  return html;
}
