import type { z } from "astro/zod";
import { closestName } from "./closest.ts";

/** A key of a table that its schema does not know, where it is, and the known name nearest to it. */
export interface UnknownKey {
  path: (string | number)[];
  key: string;
  closest?: string;
}

/** Schemas that read their value themselves (one table or a list): the table schema inside. */
const inner = new WeakMap<z.ZodType, z.ZodType>();

/** Marks a schema that reads a table (or a list of them) through `item`, so its keys are checked too. */
export function readsTablesOf<T extends z.ZodType>(schema: T, item: z.ZodType): T {
  inner.set(schema, item);
  return schema;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  catchall?: z.ZodType;
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema that reads a value: wrappers (optional, default, a transform after it) peeled. */
function unwrap(schema: z.ZodType): z.ZodType {
  for (;;) {
    if (inner.has(schema)) return schema;
    const def = defOf(schema);
    if (def.innerType) schema = def.innerType;
    else if (def.type === "pipe") schema = defOf(def.in!).type === "transform" ? def.out! : def.in!;
    else return schema;
  }
}

const isTable = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);

/**
 * Every key of `value` that `schema` does not read, at any depth, each with the known name it most
 * likely misspells. Zod drops such keys in silence: a misspelled setting would build as if unset.
 */
export function unknownKeys(schema: z.ZodType, value: unknown, path: (string | number)[] = []): UnknownKey[] {
  const reader = unwrap(schema);
  const item = inner.get(reader);
  if (item) {
    return Array.isArray(value)
      ? value.flatMap((v, i) => unknownKeys(item, v, [...path, i]))
      : unknownKeys(item, value, path);
  }
  const def = defOf(reader);
  if (def.type === "array" && Array.isArray(value)) {
    return value.flatMap((v, i) => unknownKeys(def.element!, v, [...path, i]));
  }
  if (def.type === "record" && isTable(value)) {
    return Object.entries(value).flatMap(([k, v]) => unknownKeys(def.valueType!, v, [...path, k]));
  }
  if (def.type !== "object" || !isTable(value) || (def.catchall && defOf(def.catchall).type !== "never")) return [];
  const known = Object.keys(def.shape!);
  return Object.entries(value).flatMap(([key, v]) =>
    key in def.shape!
      ? unknownKeys(def.shape![key], v, [...path, key])
      : [{ path, key, closest: closestName(key, known) }],
  );
}
