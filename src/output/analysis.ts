import type { Claim, Entity, EventMention, Quantity, Quote, TimeExpression } from "../model/annotations.js";
import type { DctSource, VeilleDocument } from "../model/document.js";
import type { TextSpan } from "../model/span.js";

/** The contract's identifier, `veille.analysis/1`. */
export const SCHEMA_ID = "veille.analysis/1";

/** What `veille analyze --format json` prints: the `veille.analysis/1` contract. */
export interface Analysis {
  schema: typeof SCHEMA_ID;
  doc: {
    id?: string;
    lang: string;
    dct: string | null;
    dctSource: DctSource;
    title: string | null;
    url: string | null;
    text: string;
  };
  sentences: TextSpan[];
  entities: Entity[];
  quotes: Quote[];
  times: TimeExpression[];
  quantities: Quantity[];
  events: EventMention[];
  claims: Claim[];
  /** Content problems met on the way; present when the result is best-effort. */
  diagnostics?: { code: string; message: string; start?: number; end?: number }[];
}

/** Turns an analysed document into the contract's JSON shape. */
export function toAnalysis(doc: VeilleDocument): Analysis {
  const { layers } = doc;
  return {
    schema: SCHEMA_ID,
    doc: {
      ...(doc.id !== undefined ? { id: doc.id } : {}),
      lang: doc.lang,
      dct: doc.dct,
      dctSource: doc.dctSource,
      title: doc.title,
      url: doc.url,
      text: doc.text,
    },
    sentences: layers.sentences.map(({ start, end, text }) => ({ start, end, text })),
    entities: layers.entities,
    quotes: layers.quotes,
    times: layers.times,
    quantities: layers.quantities,
    events: layers.events,
    claims: layers.claims,
    ...(doc.diagnostics.length > 0
      ? { diagnostics: doc.diagnostics.map((d) => ({ code: d.code, message: d.message, ...(d.span ?? {}) })) }
      : {}),
  };
}
