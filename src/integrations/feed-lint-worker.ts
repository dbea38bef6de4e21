// A worker thread of the build that checks the feed's rules (feed-check.ts) while the pages render,
// on the core they leave free. Node runs it as it is, types stripped: the lint imports nothing that
// needs Vite.
import { serve } from "../data/worker-pool.ts";
import { lintFeed } from "../feed/lint.ts";

serve(async (xml: string) => lintFeed(xml));
