// The parts of webvtt-parser (w3c/webvtt.js) that src/podcast/transcript.ts uses; it ships no types.
declare module "webvtt-parser" {
  export interface CueNode {
    type: "text" | "object" | "timestamp";
    name?: string;
    value?: string | number;
    children?: CueNode[];
  }
  export interface ParsedCue {
    id: string;
    startTime: number;
    endTime: number;
    text: string;
    tree: { children: CueNode[] };
  }
  export interface ParseError {
    message: string;
    line: number;
    col?: number;
  }
  export class WebVTTParser {
    constructor(entities?: Record<string, string>);
    parse(input: string, mode?: "metadata" | "chapters"): { cues: ParsedCue[]; errors: ParseError[] };
  }
  const webvtt: { WebVTTParser: typeof WebVTTParser };
  export default webvtt;
}
