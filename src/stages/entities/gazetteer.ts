import { createRequire } from "node:module";
import { CITY_NAMES } from "./data/cities.js";
import type { EntitiesLexicon } from "./types.js";

/** Country names and demonyms of one language, lower-cased. */
export interface Gazetteer {
  /** Country name → its ISO 3166-1 alpha-2 code. */
  countries: ReadonlyMap<string, string>;
  /** Country names and the lexicon's other places together, for one look-up. */
  knownPlaces: ReadonlySet<string>;
  /** Demonym (any gender and number) → country code; affiliations ("republican") map to "". */
  demonyms: ReadonlyMap<string, string>;
  /** Country code → the country's names in this language, for linking "président français" to "France". */
  namesOf: ReadonlyMap<string, readonly string[]>;
  /** Lower-cased names of towns big enough to be in the news (GeoNames), a weak cue: many are also surnames. */
  cities: ReadonlySet<string>;
  /** First words of the multi-word names this language knows (places, institutions), lower-cased. */
  firstWords: ReadonlySet<string>;
  /** The most words a known name has. */
  longestName: number;
  /** The lengths of the known places and institutions whose name starts with a string, asked about first words. */
  nameLengthsFrom(prefix: string): ReadonlySet<number>;
}

interface CountryRecord {
  cca2: string;
  name: { common: string; official: string };
  altSpellings?: string[];
  translations?: Record<string, { common: string; official: string } | undefined>;
  demonyms?: Record<string, { f: string; m: string } | undefined>;
}

const cache = new WeakMap<EntitiesLexicon, Gazetteer>();
let records: CountryRecord[] | null = null;
let cities: ReadonlySet<string> | null = null;

function loadCities(): ReadonlySet<string> {
  cities ??= new Set(CITY_NAMES.split("\n"));
  return cities;
}

// The country data weighs ~600 kB: read it on the first analysis, not at import time.
function loadRecords(): CountryRecord[] {
  if (records === null) {
    const require = createRequire(import.meta.url);
    records = require("world-countries/dist/countries-unescaped.json") as CountryRecord[];
  }
  return records;
}

/** The country gazetteer of a language, built once from the `world-countries` package. */
export function gazetteerFor(lexicon: EntitiesLexicon): Gazetteer {
  const key = lexicon.countryLanguage;
  const hit = cache.get(lexicon);
  if (hit) return hit;
  const countries = new Map<string, string>();
  const demonyms = new Map<string, string>();
  const namesOf = new Map<string, string[]>();
  for (const r of loadRecords()) {
    const names: string[] = [];
    if (key === "eng") {
      names.push(r.name.common, r.name.official);
      for (const alt of r.altSpellings ?? []) if (alt.length > 3 && /^[\p{L} .'-]+$/u.test(alt)) names.push(alt);
    } else {
      const t = r.translations?.[key];
      if (t) names.push(t.common, t.official);
    }
    const clean = [...new Set(names.map(normalizeName).filter((n) => n.length > 1))];
    for (const n of clean) if (!countries.has(n)) countries.set(n, r.cca2);
    namesOf.set(r.cca2, clean);
    const d = r.demonyms?.[key];
    if (d) {
      for (const form of [d.m, d.f]) {
        const base = form.toLowerCase();
        if (!base) continue;
        demonyms.set(base, r.cca2);
        for (const ending of lexicon.demonymPluralEndings) demonyms.set(base + ending, r.cca2);
      }
    }
  }
  // Party and faith words read like demonyms but name no country.
  for (const a of lexicon.affiliations) if (!demonyms.has(a)) demonyms.set(a, "");
  const firstWords = new Set<string>();
  let longestName = 1;
  for (const name of [...countries.keys(), ...lexicon.places, ...lexicon.institutions]) {
    const parts = name.split(" ");
    if (parts.length > 1) firstWords.add(parts[0]!);
    longestName = Math.max(longestName, parts.length);
  }
  const knownPlaces = new Set([...countries.keys(), ...lexicon.places]);
  const nameLengthsFrom = nameLengthsOf([...knownPlaces, ...lexicon.institutions]);
  const built: Gazetteer = { countries, knownPlaces, demonyms, namesOf, cities: loadCities(), firstWords, longestName, nameLengthsFrom };
  cache.set(lexicon, built);
  return built;
}

// Only the first words of known names are asked about, a few hundred strings: each answer is kept.
function nameLengthsOf(names: readonly string[]): (prefix: string) => ReadonlySet<number> {
  const answers = new Map<string, Set<number>>();
  return (prefix) => {
    let lengths = answers.get(prefix);
    if (!lengths) {
      lengths = new Set<number>();
      for (const name of names) if (name.startsWith(prefix)) lengths.add(name.length);
      answers.set(prefix, lengths);
    }
    return lengths;
  };
}

/** Lower-cases a name and unifies apostrophes and spaces, for lexicon look-ups. */
export function normalizeName(s: string): string {
  if (plainAscii(s)) return s.toLowerCase();
  return s.normalize("NFC").replace(/[’ʼ]/g, "'").replace(/[\s\u00a0\u202f]+/g, " ").trim().toLowerCase();
}

// Printable ASCII with single inner spaces: NFC, apostrophes, spacing and trimming leave it as it is.
function plainAscii(s: string): boolean {
  const n = s.length;
  if (n === 0 || s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 126 || c < 32 || (c === 32 && s.charCodeAt(i + 1) === 32)) return false;
  }
  return true;
}
