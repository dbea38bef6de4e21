// Lets scripts import the site's own modules under plain Node (`node --import ./scripts/src-hooks.ts`).
// Those modules are written for Vite, which finds `./episodes` as `./episodes.ts` and imports JSON
// without an import attribute; Node needs both spelled out, so these hooks supply them.
import { readFileSync } from "node:fs";
import { registerHooks } from "node:module";

registerHooks({
  resolve(specifier, context, next) {
    if (/^\.\.?\//.test(specifier) && !/\.(ts|js|mjs|json)$/.test(specifier)) {
      try {
        return next(`${specifier}.ts`, context);
      } catch {
        // Not a TypeScript module: let Node report the import as written.
      }
    }
    return next(specifier, context);
  },
  load(url, context, next) {
    if (url.startsWith("file:") && url.endsWith(".json")) {
      return { format: "module", source: `export default ${readFileSync(new URL(url), "utf8")};`, shortCircuit: true };
    }
    return next(url, context);
  },
});
