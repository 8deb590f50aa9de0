import type { Candidate } from "./candidate.js";
import { tokenAtOrAfter, type CueGroup, type QuoteContext, type SpeakerPhrase } from "./context.js";
import { subjectAfter } from "./find-speaker.js";

const DASH = /^[—–]\s+/;

/**
 * Dialogue lines: a paragraph opened by an em or en dash is a direct
 * quote when it, or a dash paragraph next to it, carries an incise
 * ("— Je pars, dit-il."). The incise is cut off the quote and names the
 * speaker. Dash paragraphs with no incise anywhere near are list items.
 */
export function matchDialogue(ctx: QuoteContext, cues: readonly CueGroup[], speakers: Map<CueGroup, SpeakerPhrase | null>): Candidate[] {
  const paragraphs = ctx.doc.layers.paragraphs;
  const lines: { p: number; start: number; end: number; cue: CueGroup | null; speaker: SpeakerPhrase | null; cut: number }[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    const dash = ctx.text.charCodeAt(para.start);
    if (dash !== 0x2014 && dash !== 0x2013) continue;
    const m = DASH.exec(ctx.text.slice(para.start, Math.min(para.end, para.start + 4)));
    if (!m) continue;
    const start = para.start + m[0].length;
    const first = tokenAtOrAfter(ctx, start);
    const last = tokenAtOrAfter(ctx, para.end);
    let cue: CueGroup | null = null;
    let speaker: SpeakerPhrase | null = null;
    let cut = para.end;
    for (const c of cues) {
      if (c.first <= first || c.last >= last || c.negated) continue;
      if (ctx.lower[c.first - 1] === ",") {
        const sp = c.inverted ? speakers.get(c) ?? null : subjectAfter(ctx, c.last);
        if (!sp) continue;
        cue = c;
        speaker = sp;
        cut = ctx.tokens[c.first - 1]!.start;
        break;
      }
      // "— We will publish it all, Smith said.": a named subject between the comma and the verb.
      const sp = speakers.get(c) ?? null;
      if (!sp || !(sp.proper || sp.pronoun || sp.role)) continue;
      const comma = tokenAtOrAfter(ctx, sp.start) - 1;
      if (comma <= first || ctx.lower[comma] !== ",") continue;
      cue = c;
      speaker = sp;
      cut = ctx.tokens[comma]!.start;
      break;
    }
    if (!cue) ({ cue, speaker } = announcedBefore(ctx, p, cues, speakers));
    lines.push({ p, start, end: para.end, cue, speaker, cut });
  }
  const out: Candidate[] = [];
  lines.forEach((line, i) => {
    const neighbours = [lines[i - 1], lines[i + 1]].filter((l) => l && Math.abs(l.p - line.p) === 1);
    if (!line.cue && !neighbours.some((l) => l!.cue)) return;
    let end = line.cue && ctx.text.slice(line.cut, line.end).match(/[.!?…]\s*$/) && !/[,]\s*\S/.test(ctx.text.slice(ctx.tokens[line.cue.last]!.end, line.end)) ? line.cut : line.end;
    while (end > line.start && /[\s.,;]/.test(ctx.text[end - 1]!)) end--;
    if (end <= line.start) return;
    out.push({
      kind: "direct",
      start: line.start,
      end,
      speaker: line.speaker,
      cue: line.cue ? { start: ctx.tokens[line.cue.first]!.start, end: ctx.tokens[line.cue.last]!.end, lemma: line.cue.lemma } : null,
      group: line.cue,
      sentence: ctx.tokenSentence[tokenAtOrAfter(ctx, line.start)] ?? 0,
      ruleId: `quotes/${ctx.doc.lang}/dialogue-dash`,
      inherit: false,
    });
  });
  return out;
}

/** How far before the colon that closes the previous paragraph its reporting verb may sit ("Nadia, 44 ans, résume :"). */
const MAX_BEFORE_COLON = 6;

/**
 * "X résume :" closing the paragraph before a dash line: that line is X's
 * words. Returns the announcing verb and its subject, or nulls.
 */
function announcedBefore(ctx: QuoteContext, p: number, cues: readonly CueGroup[], speakers: Map<CueGroup, SpeakerPhrase | null>): { cue: CueGroup | null; speaker: SpeakerPhrase | null } {
  const none = { cue: null, speaker: null };
  const prev = ctx.doc.layers.paragraphs[p - 1];
  if (!prev || !/:\s*$/.test(ctx.text.slice(Math.max(prev.start, prev.end - 3), prev.end))) return none;
  const colon = tokenAtOrAfter(ctx, prev.end) - 1;
  if (colon < 0 || ctx.lower[colon] !== ":") return none;
  for (let i = cues.length - 1; i >= 0; i--) {
    const c = cues[i]!;
    if (c.last >= colon) continue;
    if (colon - c.last > MAX_BEFORE_COLON || c.negated) return none;
    const speaker = speakers.get(c) ?? subjectAfter(ctx, c.last);
    // A person announces a line of speech; "Le plan prévoit trois mesures :" announces a list.
    return speaker && (speaker.proper || speaker.pronoun || speaker.role) ? { cue: c, speaker } : none;
  }
  return none;
}
