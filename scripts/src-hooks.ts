// Lets scripts import the site's own modules under plain Node (`node --import ./scripts/src-hooks.ts`).
// Those modules import JSON without an import attribute, as Vite allows; Node needs one, so this
// hook loads JSON as a module. Packages are left alone: some `require()` their own package.json.
import { readFileSync } from "node:fs";
import { registerHooks } from "node:module";

registerHooks({
  load(url, context, next) {
    if (url.startsWith("file:") && url.endsWith(".json") && !url.includes("/node_modules/")) {
      return { format: "module", source: `export default ${readFileSync(new URL(url), "utf8")};`, shortCircuit: true };
    }
    return next(url, context);
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
