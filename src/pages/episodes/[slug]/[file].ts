import { readFile } from "node:fs/promises";
import type { APIRoute, GetStaticPaths } from "astro";
import { getCatalog } from "../../../data/catalog";

/** Serves the audio, transcript and art kept beside an episode in its page bundle. */
export const getStaticPaths = (async () => {
  const { published } = await getCatalog();
  return published.flatMap((episode) =>
    episode.bundleFiles.map(({ url, source }) => ({
      params: { slug: episode.slug, file: url.slice(episode.url.length) },
      props: { source },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ source: string }> = async ({ props }) => new Response(await readFile(props.source));
