import { bmpRegExp } from "../../../stages/segment/bmp-classes.js";
import type { TenseLexicon } from "../../../stages/times/types.js";

const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const S = "[\\s\\u00a0]+";
const IRREGULAR =
  "said|told|went|came|met|took|made|gave|saw|left|held|got|began|became|spoke|wrote|won|lost|sent|brought|thought|found|kept|led|paid|ran|sat|stood|fell|felt|heard|knew|meant|rose|sold|struck|spent|built|caught|chose|drove|flew|fought|grew|hung|rode|rang|sang|sank|shot|slept|swore|taught|threw|tore|understood|woke|wore|withdrew|ate|drank|broke|forgot|froze|hid|bought|sought|fled|arose|overtook|undertook";
const NOT_PAST = "(?!(?:need|needed|feed|seed|speed|indeed|bed|red|shed|breed|proceed|succeed|exceed|hundred|bred|sled|steed|weed|creed|greed)(?![\\p{L}]))";

/** English tense markers: will/would/going to/due to against did/was/had/has + participle and past forms. */
export const TENSE: TenseLexicon = {
  future: [
    bmpRegExp(`${B}(?:will|shall|won['’]t|would|wouldn['’]t)${E}|['’]ll${E}`, "gi"),
    bmpRegExp(`${B}(?:is|are|am|was|were|be)${S}(?:not${S})?(?:going|due|expected|scheduled|set|slated|poised|planning|about)${S}to${E}`, "gi"),
    bmpRegExp(`${B}(?:plans?|intends?|aims?)${S}to${E}|${B}(?:upcoming|scheduled|planned)${E}`, "gi"),
  ],
  past: [
    bmpRegExp(`${B}(?:was|were|had|did|didn['’]t|wasn['’]t|weren['’]t|hadn['’]t)${E}`, "gi"),
    bmpRegExp(`${B}(?:has|have|hasn['’]t|haven['’]t)${S}(?:(?:not|already|also|just|since|recently|\\p{L}+ly)${S})?(?:been|\\p{L}+(?:ed|en|wn|ne|un|ught|ot|de|id|lt|pt|ft|ld|ck|ng|ad|et))${E}`, "gi"),
    bmpRegExp(`${B}(?:${IRREGULAR})${E}`, "g"),
    { pattern: bmpRegExp(`${B}${NOT_PAST}\\p{Ll}[\\p{Ll}\\-]+ed${E}`, "g"), guide: bmpRegExp(`ed${E}`, "g") },
  ],
};
