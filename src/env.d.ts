declare namespace App {
  interface Locals {
    /** The hosts the pages load from, set by src/middleware.ts for every page of a build. */
    policySources?: import("./hosting/csp.ts").PolicySources;
  }
}
