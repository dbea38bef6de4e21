import { escapeMarkup } from "../podcast/text.ts";

export interface XmlElement {
  name: string;
  attrs: Record<string, string | number | undefined>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/**
 * An element; `undefined`, `false` and empty text children are dropped, and an element left with
 * neither children nor attributes is dropped too, since feeds may hold no empty elements.
 */
export function el(
  name: string,
  attrs: Record<string, string | number | undefined> = {},
  ...children: (XmlNode | undefined | false | null)[]
): XmlElement | undefined {
  const kept = children.filter((c): c is XmlNode =>
    typeof c === "object" ? c !== null : typeof c === "string" && c.trim() !== "",
  );
  const hasAttrs = Object.values(attrs).some((v) => v !== undefined && String(v) !== "");
  if (!kept.length && !hasAttrs) return undefined;
  return { name, attrs, children: kept };
}

export function serialize(node: XmlNode, depth = 0): string {
  if (typeof node === "string") return escapeMarkup(node);
  const pad = "  ".repeat(depth);
  const attrs = Object.entries(node.attrs)
    .filter(([, v]) => v !== undefined && String(v) !== "")
    .map(([k, v]) => ` ${k}="${escapeMarkup(String(v))}"`)
    .join("");
  if (!node.children.length) return `${pad}<${node.name}${attrs}/>`;
  if (node.children.every((c) => typeof c === "string")) {
    return `${pad}<${node.name}${attrs}>${node.children.map((c) => serialize(c)).join("")}</${node.name}>`;
  }
  const inner = node.children.map((c) => (typeof c === "string" ? pad + "  " + serialize(c) : serialize(c, depth + 1)));
  return `${pad}<${node.name}${attrs}>\n${inner.join("\n")}\n${pad}</${node.name}>`;
}

export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(root)}\n`;
}
