import type {
  Claim,
  Diagnostic,
  Entity,
  EventMention,
  Quantity,
  Quote,
  Sentence,
  TimeExpression,
  Token,
} from "./annotations.js";
import type { Span } from "./span.js";

/** Where the document creation time came from. */
export type DctSource = "given" | "metadata" | "inferred" | "none";

/** The annotation layers a stage may require or assign. */
export interface Layers {
  paragraphs: Span[];
  sentences: Sentence[];
  tokens: Token[];
  times: TimeExpression[];
  quantities: Quantity[];
  entities: Entity[];
  quotes: Quote[];
  events: EventMention[];
  claims: Claim[];
}

/** The name of one layer, or `dct` for the document creation time. */
export type LayerName = keyof Layers | "dct";

/**
 * One article: an immutable clean text, its metadata, and the layers of
 * spans that stages add over it.
 */
export interface VeilleDocument {
  readonly text: string;
  id?: string;
  lang: string;
  /** YYYY-MM-DD (or full ISO 8601), or null when unknown. */
  dct: string | null;
  dctSource: DctSource;
  title: string | null;
  url: string | null;
  /** What the clean stage removed from the source, for the record. */
  removed: { text: string; reason: string }[];
  /** Content problems met on the way (best-effort results say so here). */
  diagnostics: Diagnostic[];
  layers: Layers;
}

/** Options for {@link createDocument}. */
export interface DocumentInit {
  text: string;
  lang: string;
  id?: string;
  dct?: string | null;
  dctSource?: DctSource;
  title?: string | null;
  url?: string | null;
  removed?: { text: string; reason: string }[];
}

/** Makes an empty-layered document over a clean text. */
export function createDocument(init: DocumentInit): VeilleDocument {
  return {
    text: init.text,
    ...(init.id !== undefined ? { id: init.id } : {}),
    lang: init.lang,
    dct: init.dct ?? null,
    dctSource: init.dct ? (init.dctSource ?? "given") : "none",
    title: init.title ?? null,
    url: init.url ?? null,
    removed: init.removed ?? [],
    diagnostics: [],
    layers: {
      paragraphs: [],
      sentences: [],
      tokens: [],
      times: [],
      quantities: [],
      entities: [],
      quotes: [],
      events: [],
      claims: [],
    },
  };
}

/** Index of the sentence that holds a character offset, or -1. */
export function sentenceIndexAt(doc: VeilleDocument, offset: number): number {
  const s = doc.layers.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = s[mid]!;
    if (offset < m.start) hi = mid - 1;
    else if (offset >= m.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
