import type { APIRoute, GetStaticPaths } from "astro";
import { readServedFile, servedFiles } from "../../../data/bundle.ts";
import { filesOf, getCatalog } from "../../../data/catalog.ts";
import { fileDigest, pageKey } from "../../../data/page-keys.ts";

/** Serves the audio, transcript and art kept beside an episode in its page bundle. */
export const getStaticPaths = (async () => {
  const { published } = await getCatalog();
  const pages = await Promise.all(
    published.map(async (episode) =>
      Promise.all(
        servedFiles(episode, await filesOf(episode)).map(async ({ url, source }) => ({
          params: { slug: episode.slug, file: url.slice(episode.url.length) },
          props: { source },
          cacheKey: pageKey(await fileDigest(source)),
        })),
      ),
    ),
  );
  return pages.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ source: string }> = async ({ props }) => new Response(await readServedFile(props.source));
