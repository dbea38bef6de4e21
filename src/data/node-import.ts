/**
 * Node's own `import()`, for modules that are plain TypeScript and ES modules, which Node runs as
 * they are. Called from a module that Vite's module runner loaded (the Astro config, the content
 * config), a written `import()` would go through the runner, which transforms each module one by
 * one through its plugins.
 */
export const nodeImport = new Function("url", "return import(url)") as (url: string | URL) => Promise<unknown>;
