// The rooms of ARCHITECTURE.md and what each may import, read from the imports of every file of
// src/: a change that breaks a rule fails here, naming the file and the import.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importsOf } from "./data/imports.ts";

const SRC = dirname(fileURLToPath(import.meta.url));

/** Every source file of src/ but the tests and the content, by its path from src/. */
const FILES = readdirSync(SRC, { recursive: true, encoding: "utf8" })
  .map((file) => file.split("\\").join("/"))
  .filter((file) => /\.(ts|mjs|astro)$/.test(file) && !/\.test\.ts$/.test(file) && !file.startsWith("content/"))
  .filter((file) => !file.startsWith("testing/"));

interface Edge {
  file: string;
  /** The imported file from src/, for an import of the project; else the specifier as written. */
  target: string;
  local: boolean;
  typeOnly: boolean;
}

const EDGES: Edge[] = FILES.flatMap((file) =>
  importsOf(file, readFileSync(join(SRC, file), "utf8")).map(({ specifier, typeOnly }) => {
    const local = specifier.startsWith(".");
    const target = local
      ? relative(SRC, resolve(SRC, dirname(file), specifier))
          .split("\\")
          .join("/")
      : specifier;
    return { file, target, local, typeOnly };
  }),
);

const inRoom = (room: string) => (path: string) => path === room || path.startsWith(`${room}/`);
const show = (edge: Edge) => `src/${edge.file} imports ${edge.local ? `src/${edge.target}` : edge.target}`;

/** The imports of files of `room` that `allowed` refuses: none when the rule holds. */
function broken(room: (file: string) => boolean, allowed: (edge: Edge) => boolean): string[] {
  return EDGES.filter((edge) => room(edge.file) && !allowed(edge)).map(show);
}

/** Imports of the project only into the given rooms; packages are any but those `pure` rooms refuse. */
const onlyFrom =
  (rooms: string[], { pure }: { pure: boolean }) =>
  (edge: Edge) =>
    edge.local ? rooms.some((room) => inRoom(room)(edge.target)) : !pure || !/^(astro:|node:fs)/.test(edge.target);

describe("the layers of src/", () => {
  it("reads the imports of every file", () => {
    expect(FILES.length).toBeGreaterThan(100);
    expect(EDGES.filter((edge) => edge.file === "pages/index.astro").map((edge) => edge.target)).toContain(
      "data/catalog.ts",
    );
  });

  it("keeps the model pure: podcast/ imports only itself, i18n, routes and problems, nothing of astro: or node:fs", () => {
    // What the model needs of the show is passed in: never the show config, the data layer or presentation.
    expect(
      broken(inRoom("podcast"), onlyFrom(["podcast", "i18n", "routes.ts", "problems.ts"], { pure: true })),
    ).toEqual([]);
  });

  it("keeps the interface's strings apart: i18n/ imports only itself, nothing of astro: or node:fs", () => {
    // The tables and how they are filled, under everything that speaks: the model, pages, scripts.
    // Of the model, only the one guess at a misspelt name (a leaf), as the show's settings use it.
    expect(broken(inRoom("i18n"), onlyFrom(["i18n", "podcast/closest.ts"], { pure: true }))).toEqual([]);
  });

  it("keeps the feed, the editors' tools and the hosts' rules pure, each on the model", () => {
    expect(broken(inRoom("feed"), onlyFrom(["feed", "podcast", "routes.ts", "problems.ts"], { pure: true }))).toEqual(
      [],
    );
    expect(
      broken(inRoom("editing"), onlyFrom(["editing", "podcast", "routes.ts", "problems.ts"], { pure: true })),
    ).toEqual([]);
    // What the site tells its hosts (headers, redirects, the security policy) is decided on the model too.
    expect(
      broken(inRoom("hosting"), onlyFrom(["hosting", "podcast", "routes.ts", "problems.ts"], { pure: true })),
    ).toEqual([]);
    // routes.ts is under the model; of it, it takes only the moment query's writer, which imports nothing.
    expect(broken(inRoom("routes.ts"), onlyFrom(["show.config.ts", "podcast/timestamp.ts"], { pure: true }))).toEqual(
      [],
    );
    expect(broken(inRoom("problems.ts"), onlyFrom([], { pure: true }))).toEqual([]);
  });

  it("lets components and layouts only present: they take what they show as props, never from data/", () => {
    const presentation = (file: string) => inRoom("components")(file) || inRoom("layouts")(file);
    const asks = (edge: Edge) => ["data", "loaders", "integrations", "pages"].some((room) => inRoom(room)(edge.target));
    expect(broken(presentation, (edge) => !edge.local || !asks(edge))).toEqual([]);
  });

  it("keeps the data layer under the pages: data/ imports no page, layout, loader or integration", () => {
    const above = (edge: Edge) =>
      ["pages", "layouts", "loaders", "integrations"].some((room) => inRoom(room)(edge.target));
    expect(broken(inRoom("data"), (edge) => !edge.local || !above(edge))).toEqual([]);
  });

  it("keeps the pages' scripts light: src/scripts/ imports only itself and the model's pure helpers", () => {
    // Not routes.ts nor the show config: either would bring the show's schema into every page's JavaScript.
    // Of i18n/, only how a string is filled and the names of the scripts' strings: never a table,
    // which the layout hands over as JSON.
    const light = ["scripts", "podcast", "i18n/format.ts", "i18n/client.ts"];
    expect(broken(inRoom("scripts"), onlyFrom(light, { pure: true }))).toEqual([]);
    const clientImports = EDGES.filter((edge) => edge.file === "i18n/client.ts" && !edge.typeOnly);
    expect(clientImports.map(show)).toEqual([]);
  });

  it("writes the moment query `?t=` in one place: podcast/timestamp.ts, beside its reader", () => {
    // routes.ts makes the pages' moment links from it, and the player copies those links; the
    // search page's script, which cannot import routes.ts (see the test above), calls it directly.
    const writers = FILES.filter((file) => file !== "podcast/timestamp.ts").filter((file) =>
      /\?t=\$\{|["']\?t=["']/.test(readFileSync(join(SRC, file), "utf8")),
    );
    expect(writers).toEqual([]);
  });
});
