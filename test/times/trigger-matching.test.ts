import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/locales/index.js";
import { segmentStage } from "../../src/stages/segment/index.js";
import { parseDct } from "../../src/stages/times/calendar-math.js";
import { matchRules } from "../../src/stages/times/match-rules.js";
import { compileRules } from "../../src/stages/times/trigger-index.js";
import type { RuleContext, TimexDraft } from "../../src/stages/times/types.js";
import { runStages } from "../helpers/document.js";

// Expressions with long heads before their trigger word, and several per sentence.
const SENTENCES = {
  fr: [
    "Il y a plus de deux cent cinquante ans, la ville comptait à peine aux alentours de 3 000 habitants.",
    "La réforme entrera en vigueur à la fin de l’année 2023, vers 15 h 30, ce même lundi ou le mercredi 3 mai 2023 prochain.",
    "Les 6 et 13 avril prochains, pas moins de deux cent cinquante jours après le 12/03/2022, il partira la nuit de samedi à dimanche.",
    "Depuis 1995 et jusqu’à 18 h, une dizaine d’heures par jour, chaque lundi, il l’a répété au début du mois de mars 2020.",
    "Mi-2015, au cours de la nuit, la veille de Noël, la semaine dernière et aujourd’hui même, il y a trois jours.",
    // Rules tried only at the words they open on; "2 et 12 mai" places the group "2" by running the pattern again.
    "Jusqu’à deux heures, ces trois derniers mois et une demi-heure plus tard, du 2 et 12 mai à l’hiver 2021, voici quelques années.",
    "Vers 9 h, environ quatre-vingt-dix minutes après la fin de l’année 2019, à la mi-mars, en fin de mois d’avril, dès 1995.",
  ],
  en: [
    "At about twenty one o'clock the day before yesterday, more than two and a half years after the end of 2019, it rained.",
    "In the early ’90s and the late 1980s, every other Monday, he spoke at 7:30 p.m. on Monday, Feb. 3, 2020.",
    "Last Saturday night, less than three weeks ago, October’s report came out; the vote is due later this week, by mid-2023.",
    "For years, the talks ran from 1983 to 1989, then twice a year until the next day, and again last summer.",
  ],
} as const;

/** What a global scan of every rule over every sentence finds: the reference the trigger index must reproduce. */
function scanEverything(text: string, lang: "fr" | "en", ctx: RuleContext): TimexDraft[] {
  const doc = runStages(text, lang, [segmentStage]);
  const rules = compileRules(LOCALES[lang].times, LOCALES[lang].calendar).rules;
  const drafts: TimexDraft[] = [];
  for (const sentence of doc.layers.sentences) {
    const sub = text.slice(sentence.start, sentence.end);
    for (const rule of rules) {
      const pattern = new RegExp(rule.pattern.source, rule.pattern.flags);
      for (const m of sub.matchAll(pattern)) {
        m.index += sentence.start;
        for (const pair of m.indices ?? []) if (pair) (pair[0] += sentence.start), (pair[1] += sentence.start);
        const found = rule.extract(m as RegExpExecArray, ctx);
        for (const d of found ? (Array.isArray(found) ? found : [found]) : []) {
          if (d.end > d.start) drafts.push({ ...d, rule: d.rule && d.rule !== rule.id ? `${rule.id}/${d.rule}` : rule.id });
        }
      }
    }
  }
  return drafts;
}

describe("rules run only at their triggers", () => {
  for (const lang of ["fr", "en"] as const) {
    it(`finds what a scan of every rule over every sentence finds (${lang})`, () => {
      let total = 0;
      for (const text of SENTENCES[lang]) {
        const ctx: RuleContext = {
          text,
          dct: parseDct("2022-02-21"),
          calendar: LOCALES[lang].calendar,
          direction: () => "past",
          sentenceInitial: (start) => start === 0,
          clearlyPast: () => true,
        };
        const doc = runStages(text, lang, [segmentStage]);
        const fast = matchRules(doc, compileRules(LOCALES[lang].times, LOCALES[lang].calendar), ctx);
        const reference = scanEverything(text, lang, ctx);
        expect(fast).toEqual(reference);
        total += fast.length;
      }
      expect(total).toBeGreaterThan(15);
    });
  }

  it("places a group whose text recurs in its match: “2” in “2 et 12 mai”", () => {
    const text = "Les réunions du 2 et 12 mai ont été annulées.";
    const doc = runStages(text, "fr", [segmentStage]);
    const ctx: RuleContext = { text, dct: parseDct("2022-02-21"), calendar: LOCALES.fr.calendar, direction: () => "past", clearlyPast: () => true, sentenceInitial: () => false };
    const drafts = matchRules(doc, compileRules(LOCALES.fr.times, LOCALES.fr.calendar), ctx).filter((d) => d.rule === "day-pair");
    expect(drafts.map((d) => [text.slice(d.start, d.end), d.value])).toEqual([
      ["2", "2021-05-02"],
      ["12 mai", "2021-05-12"],
    ]);
  });

  it("does not start a match inside a number token: “5 000 années-lumière” holds no “000 années”", async () => {
    const text = "L’étoile se trouve à 5 000 années-lumière de la Terre.";
    const doc = runStages(text, "fr", [segmentStage]);
    const ctx: RuleContext = { text, dct: parseDct("2022-02-21"), calendar: LOCALES.fr.calendar, direction: () => "present", clearlyPast: () => false, sentenceInitial: () => false };
    expect(matchRules(doc, compileRules(LOCALES.fr.times, LOCALES.fr.calendar), ctx).map((d) => text.slice(d.start, d.end))).not.toContain("000 années");
  });
});
