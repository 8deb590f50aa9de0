import type { GovernorKind, TriggerSense, VerbPhrase } from "./types.js";

/**
 * Builds a word → sense map from a compact spec: keys are `TYPE` or `TYPE:mode`,
 * values list the words, separated by `|` (phrases may hold spaces). `forms`
 * may add inflected variants of each word (plurals of nouns, say).
 */
export function senseMap(
  spec: Readonly<Record<string, string>>,
  forms: (word: string) => readonly string[] = (w) => [w],
): Map<string, TriggerSense> {
  const map = new Map<string, TriggerSense>();
  for (const [key, list] of Object.entries(spec)) {
    const [type, mode] = key.split(":");
    for (const raw of list.split("|")) {
      const word = raw.trim().replace(/\s+/g, " ");
      if (!word) continue;
      for (const form of forms(word)) if (!map.has(form)) map.set(form, { type: type!, mode: mode ?? null });
    }
  }
  return map;
}

/**
 * Builds a phrase map: head lemma → the words that must follow it, from `head word word => TYPE:mode`
 * lines. A word written `~word` must follow the one before it at once ("call ~on": "called on",
 * not "called the meeting on"); a line opening with `se` wants the head pronominal ("se rendre à");
 * a last word written `!word` must not follow the phrase ("faire ~appel !à": an appeal, not a resort to).
 */
export function phraseMap(lines: string): Map<string, VerbPhrase[]> {
  const map = new Map<string, VerbPhrase[]>();
  for (const line of lines.split("\n")) {
    const [left, right] = line.split("=>").map((s) => s.trim());
    if (!left || !right) continue;
    const parts = left.split(/\s+/);
    const reflexive = parts[0] === "se" && parts.length > 1;
    const [head, ...words] = reflexive ? parts.slice(1) : parts;
    const notBefore = words.length > 0 && words[words.length - 1]!.startsWith("!") ? words.pop()!.slice(1) : null;
    const rest = words;
    const [type, mode] = right.split(":");
    const list = map.get(head!) ?? [];
    list.push({
      words: rest.map((w) => w.replace(/^~/, "")),
      adjacent: rest.map((w) => w.startsWith("~")),
      reflexive,
      notBefore,
      sense: { type: type!, mode: mode ?? null },
    });
    map.set(head!, list);
  }
  return map;
}

/** Builds a governor map from `kind: word word` lines. */
export function governorMap(spec: Readonly<Partial<Record<GovernorKind, string>>>): Map<string, GovernorKind> {
  const map = new Map<string, GovernorKind>();
  for (const [kind, list] of Object.entries(spec) as [GovernorKind, string][]) {
    for (const w of list.split("|")) if (w.trim()) map.set(w.trim().replace(/\s+/g, " "), kind);
  }
  return map;
}

/** A set of lower-case words from a space-separated list. */
export function wordSet(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}
