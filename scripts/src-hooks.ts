// Lets scripts import the site's own modules under plain Node (`node --import ./scripts/src-hooks.ts`).
// Those modules (and some packages, such as webvtt-parser) import JSON without an import attribute,
// as Vite allows; Node refuses such an import, and then this hook loads the JSON as a module. A JSON
// file Node reads itself (a package's `require()` of its package.json) is left as it is.
import { readFileSync } from "node:fs";
import { registerHooks } from "node:module";

registerHooks({
  load(url, context, next) {
    if (!url.startsWith("file:") || !url.endsWith(".json")) return next(url, context);
    try {
      return next(url, context);
    } catch (error) {
      if ((error as { code?: string }).code !== "ERR_IMPORT_ATTRIBUTE_MISSING") throw error;
      return { format: "module", source: `export default ${readFileSync(new URL(url), "utf8")};`, shortCircuit: true };
    }
  },
});

// A problem in what editors wrote (a bad show config, thrown while the modules load) is printed as
// the build prints it: its lines, without a stack trace.
process.on("uncaughtException", (error: Error) => {
  if (error?.name !== "problems") {
    console.error(error);
    process.exit(1);
  }
  console.error(`${error.message}\n${(error as Error & { hint?: string }).hint ?? ""}`.trim());
  process.exit(1);
});
