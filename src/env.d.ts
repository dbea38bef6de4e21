declare namespace App {
  interface Locals {
    /** The hosts the content loads from, set by src/middleware.ts for every page. */
    policySources: import("./hosting/csp.ts").PolicySources;
  }
}
