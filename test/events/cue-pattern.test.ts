import { describe, expect, it } from "vitest";
import { EVENTS as EN } from "../../src/locales/en/events/index.js";
import { EVENTS as FR } from "../../src/locales/fr/events/index.js";
import { cueExec, cuePattern, cueTest, firstChars, prefixesOf } from "../../src/stages/events/cue-pattern.js";
import { triggerShapesOf, wordInfoOf } from "../../src/stages/events/word-info.js";
import { hasShapeOf } from "../../src/stages/events/word-shapes.js";

describe("cue patterns", () => {
  it("reads the first characters of plain alternatives, lookbehinds skipped", () => {
    expect(firstChars("mais|tandis qu'|or")).toEqual(new Set(["m", "t", "o"]));
    expect(firstChars("(?<!même )(?:si|s'il)|à condition que")).toEqual(new Set(["s", "à"]));
    expect(firstChars("'ll|won't")).toEqual(new Set(["'", "w"]));
  });

  it("reads prefixes through optional characters and groups", () => {
    expect(firstChars("e?xact|y")).toEqual(new Set(["e", "x", "y"]));
    expect(prefixesOf("pourrai(?:en)?t|risque de", 2)).toEqual(new Set(["po", "ri"]));
    expect(prefixesOf("si|s'il|a|avait", 2)).toEqual(new Set(["si", "s'", "a", "av"]));
    expect(prefixesOf("propos\\w+|offre\\w* d[e']", 2)).toEqual(new Set(["pr", "of"]));
  });

  it("gives up on classes, escapes and repetitions before the prefix is known", () => {
    expect(firstChars("[ab]c")).toBeNull();
    expect(prefixesOf("a\\w+", 2)).toBeNull();
    expect(firstChars("\\w+|a")).toBeNull();
    expect(firstChars("a|")).toBeNull();
  });

  it("matches whole words only, as the plain regex does", () => {
    const cue = cuePattern("nie|rien à voir|qu'");
    const texts = ["il nie tout", "il dénie tout", "niera-t-il ?", "cela n'a rien à voir", "rien à voirs", "jusqu'ici", "quoi qu'il"];
    for (const text of texts) {
      expect(cueTest(cue, text), text).toBe(cue.test(text));
      expect(cueExec(cue, text)?.index, text).toBe(cue.exec(text)?.index);
    }
    expect(cueTest(cue, "il nie tout")).toBe(true);
    expect(cueTest(cue, "il dénie tout")).toBe(false);
  });

  it("keeps agreeing with the plain regex after many texts that never match", () => {
    for (let i = 0; i < 600; i++) expect(cueTest(FR.cues.denial, `phrase numéro ${i} sans rien de tel`)).toBe(false);
    expect(cueTest(FR.cues.denial, "le ministère a démenti ces informations")).toBe(true);
    expect(cueTest(EN.cues.denial, "the ministry denied the report")).toBe(true);
    expect(cueTest(EN.cues.denial, "the ministry confirmed the report")).toBe(false);
  });
});

describe("word shapes", () => {
  it("never rule out a trigger word, whatever its case", () => {
    for (const lex of [FR, EN]) {
      const shapes = triggerShapesOf(lex);
      const infoOf = wordInfoOf(lex);
      for (const [form, { lemma }] of lex.verbForms) {
        if (!lex.verbs.has(lemma)) continue;
        const capitalised = form[0]!.toUpperCase() + form.slice(1);
        expect(hasShapeOf(shapes, form), form).toBe(true);
        expect(hasShapeOf(shapes, capitalised), capitalised).toBe(true);
        expect(infoOf(capitalised).mayTrigger, capitalised).toBe(true);
      }
      for (const noun of lex.nouns.keys()) if (!noun.includes(" ")) expect(hasShapeOf(shapes, noun.toUpperCase()), noun).toBe(true);
    }
  });

  it("rules out common function words without a look-up", () => {
    const shapes = triggerShapesOf(FR);
    for (const word of ["de", "la", "les", "Le", "et"]) expect(hasShapeOf(shapes, word), word).toBe(false);
    expect(wordInfoOf(FR)("Rencontre").mayTrigger).toBe(true);
    expect(wordInfoOf(FR)("lundi").mayTrigger).toBe(false);
  });
});
