import type { APIRoute, GetStaticPaths } from "astro";
import { getCatalog, transcriptOf } from "../../../../data/catalog.ts";
import { pageKey } from "../../../../data/page-keys.ts";
import { type Transcript, toJson, toSrt, toVtt, TRANSCRIPT_TYPES } from "../../../../podcast/transcript.ts";

const WRITERS = {
  vtt: toVtt,
  srt: toSrt,
  json: (transcript: Transcript) => JSON.stringify(toJson(transcript), null, 2),
};

/** An episode's local transcript in every format apps read, derived from the editor's one file. */
export const getStaticPaths = (async () => {
  const { published } = await getCatalog();
  const paths = await Promise.all(
    published.map(async (episode) => {
      const transcript = await transcriptOf(episode);
      if (!transcript) return [];
      return (["vtt", "srt", "json"] as const).map((format) => ({
        params: { slug: episode.slug, file: `transcript.${format}` },
        props: { transcript, format },
        cacheKey: pageKey(transcript, format),
      }));
    }),
  );
  return paths.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ transcript: Transcript; format: keyof typeof WRITERS }> = ({ props }) =>
  new Response(WRITERS[props.format](props.transcript), {
    headers: { "Content-Type": `${TRANSCRIPT_TYPES[props.format]}; charset=utf-8` },
  });
