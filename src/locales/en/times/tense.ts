import { bmpRegExp } from "../../../stages/segment/bmp-classes.js";
import type { GuidedMarker, TenseLexicon } from "../../../stages/times/types.js";

const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const S = "[\\s\\u00a0]+";
// A guide finds the first word of a marker without the word-start lookbehind, which irregexp tries at every position.
const SPACE_AFTER = "(?=[\\s\\u00a0])";
const IRREGULAR =
  "said|told|went|came|met|took|made|gave|saw|left|held|got|began|became|spoke|wrote|won|lost|sent|brought|thought|found|kept|led|paid|ran|sat|stood|fell|felt|heard|knew|meant|rose|sold|struck|spent|built|caught|chose|drove|flew|fought|grew|hung|rode|rang|sang|sank|shot|slept|swore|taught|threw|tore|understood|woke|wore|withdrew|ate|drank|broke|forgot|froze|hid|bought|sought|fled|arose|overtook|undertook";
const NOT_PAST = "(?!(?:need|needed|feed|seed|speed|indeed|bed|red|shed|breed|proceed|succeed|exceed|hundred|bred|sled|steed|weed|creed|greed)(?![\\p{L}]))";

/** Words that open a new clause: a past verb before them does not date what follows. */
const CLAUSE_BREAKS = ["before", "after", "until", "till", "when", "while", "which", "who", "whom", "whose", "that", "because", "since", "although", "though", "if", "unless", "where", "and", "but", "ahead"];

/** A case-blind marker that opens on a word start, found through its first word (by default, the marker itself). */
function guided(rest: string, guide = rest): GuidedMarker {
  return { pattern: bmpRegExp(`${B}${rest}`, "gi"), guide: bmpRegExp(guide, "gi") };
}

/** English tense markers: will/would/going to/due to against did/was/had/has + participle and past forms. */
export const TENSE: TenseLexicon = {
  future: [
    guided(`(?:will|shall|won['’]t|would|wouldn['’]t)${E}`),
    // "we’ll" opens inside a word: no guide.
    bmpRegExp(`['’]ll${E}`, "gi"),
    // "is to appear in court on Monday" is a plan too, as "is due to" is.
    guided(`(?:is|are|am|was|were|be)${S}(?:(?:not${S})?(?:going|due|expected|scheduled|set|slated|poised|planning|about)${S})?to${E}`, `(?:is|are|am|was|were|be)${SPACE_AFTER}`),
    guided(`(?:(?:plans?|intends?|aims?)${S}to|upcoming|scheduled|planned)${E}`),
  ],
  past: [
    guided(`(?:was|were|had|did|didn['’]t|wasn['’]t|weren['’]t|hadn['’]t)${E}`),
    guided(`(?:has|have|hasn['’]t|haven['’]t)${S}(?:(?:not|already|also|just|since|recently|\\p{L}+ly)${S})?(?:been|\\p{L}+(?:ed|en|wn|ne|un|ught|ot|de|id|lt|pt|ft|ld|ck|ng|ad|et))${E}`, `(?:has|have|hasn['’]t|haven['’]t)${SPACE_AFTER}`),
    // Case-sensitive: "Said" opening a name is not the verb.
    { pattern: bmpRegExp(`${B}(?:${IRREGULAR})${E}`, "g"), guide: bmpRegExp(`(?:${IRREGULAR})${E}`, "g") },
    { pattern: bmpRegExp(`${B}${NOT_PAST}\\p{Ll}[\\p{Ll}\\-]+ed${E}`, "g"), guide: bmpRegExp(`ed${E}`, "g") },
  ],
  clauseBreaks: CLAUSE_BREAKS,
};
