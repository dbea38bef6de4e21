import { markdownToMdast, type MdastNode } from "satteri";

/** A node of a Markdown body's tree, with the fields the checks read. */
export type MarkdownNode = MdastNode & {
  type: string;
  value?: string;
  url?: string;
  identifier?: string;
  children?: MarkdownNode[];
};

/**
 * A Markdown body as the site renders it: satteri, Astro's Markdown parser, with the features the
 * site's Markdown has. The checks read this tree rather than guess at the syntax with patterns.
 */
export const markdownTree = (body: string) =>
  markdownToMdast(body, { features: { gfm: true, smartPunctuation: true, frontmatter: false } }) as MarkdownNode;

/** Every image of a body, `![alt](src)` or by reference (`![alt][ref]` and `[ref]: src`), with its line. */
export function markdownImages(body: string, firstLine = 1): { src: string; line: number }[] {
  if (!body.includes("![")) return [];
  const images: { node: MarkdownNode; src?: string }[] = [];
  const definitions = new Map<string, string>();
  const visit = (node: MarkdownNode) => {
    if (node.type === "image") images.push({ node, src: node.url ?? "" });
    if (node.type === "imageReference") images.push({ node });
    if (node.type === "definition" && node.identifier && !definitions.has(node.identifier)) {
      definitions.set(node.identifier, node.url ?? "");
    }
    node.children?.forEach(visit);
  };
  visit(markdownTree(body));
  return images.flatMap(({ node, src = definitions.get(node.identifier ?? "") }) =>
    src === undefined ? [] : [{ src, line: firstLine + (node.position?.start.line ?? 1) - 1 }],
  );
}
