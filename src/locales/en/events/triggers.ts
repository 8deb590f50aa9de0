import { governorMap, phraseMap, senseMap } from "../../../stages/events/build-lexicon.js";

/** English verb lemmas → PLOVER sense. */
export const VERBS = senseMap({
  "CONSULT": "discuss|negotiate|consult|confer|mediate|talk",
  "CONSULT:meeting": "meet",
  "CONSULT:visit": "visit|host",
  "CONSULT:phone": "phone|telephone",
  "AGREE": "agree|promise|pledge|vow|offer",
  "REQUEST": "demand|urge|request|implore|appeal",
  "SUPPORT": "support|praise|endorse|back|defend|welcome|commend|applaud|forgive|apologize|apologise|sign|ratify|recognize|recognise",
  "ACCUSE": "accuse|blame|criticize|criticise|condemn|denounce|sue|complain|charge|indict|convict|disapprove|summon",
  "ACCUSE:investigate": "investigate|probe",
  "REJECT": "reject|refuse|decline|dismiss|veto|defy|renege|rebuff|spurn|violate|fail|deny|refute|rebut",
  "THREATEN": "threaten|warn",
  "PROTEST:demo": "demonstrate|protest|rally|march",
  "PROTEST:boycott": "boycott",
  "PROTEST:riot": "riot",
  "PROTEST:obstruct": "blockade|barricade",
  "SANCTION": "sanction|suspend|sever|freeze|halt|end",
  "SANCTION:expel": "expel",
  "MOBILIZE:troops": "mobilize|mobilise|deploy|mass|prepare",
  "MOBILIZE:police": "patrol",
  "COERCE:arrest": "arrest|detain|jail|imprison|capture|hold|apprehend",
  "COERCE:seize": "seize|confiscate|demolish|occupy|annex|bulldoze|hack",
  "COERCE:deport": "deport",
  "COERCE:restrict": "besiege|encircle|ban",
  "ASSAULT": "attack|assault|kill|wound|massacre|torture|destroy|invade|execute|beat|retake|overrun|ambush|stab",
  "ASSAULT:heavy-weapons": "bomb|shell|fire|strike|bombard|pound|shoot",
  "ASSAULT:abduct": "abduct|kidnap|hijack",
  "ASSAULT:assassinate": "assassinate",
  "AID": "aid|help|provide|deliver|supply|donate|give|grant|fund|arrive",
  "RETREAT": "withdraw|release|evacuate|repatriate|retreat|surrender|resign|free|lift",
  "COOPERATE": "cooperate|collaborate|share",
  "CONCEDE": "concede|ease|relax|allow|yield|shorten|accept",
});

/** English nouns and noun phrases → PLOVER sense. */
export const NOUN_SPEC: Readonly<Record<string, string>> = {
  "CONSULT": "talks|negotiations|discussion|consultations|dialogue|mediation|conversation",
  "CONSULT:meeting": "meeting|encounter|conference|session",
  "CONSULT:summit": "summit",
  "CONSULT:visit": "visit|trip",
  "CONSULT:phone": "phone call|telephone call|call",
  "AGREE": "agreement|deal|pledge|promise|commitment|ceasefire|truce|pact",
  "REQUEST": "demand|request|appeal|plea",
  "SUPPORT": "support|praise|endorsement|recognition|diplomatic ties",
  "ACCUSE": "accusation|allegation|condemnation|criticism|complaint|lawsuit|protest note|indictment",
  "ACCUSE:investigate": "investigation|inquiry|probe|hearing",
  "REJECT": "refusal|rejection|veto|denial|appeal against",
  "THREATEN": "threat|warning|ultimatum",
  "PROTEST:demo": "demonstration|protest|rally|march|sit-in|vigil",
  "PROTEST:boycott": "strike|boycott|walkout",
  "PROTEST:obstruct": "roadblock|picket|picket line",
  "PROTEST:riot": "riot|riots|unrest",
  "PROTEST:hunger": "hunger strike",
  "SANCTION": "sanctions|embargo",
  "SANCTION:expel": "expulsion",
  "MOBILIZE:troops": "military exercises|military drills|drills|war games|exercises|mobilization|mobilisation|deployment|buildup|build-up|reinforcements",
  "COERCE:arrest": "arrest|detention|crackdown",
  "COERCE:restrict": "blockade|curfew|siege|ban",
  "COERCE:seize": "occupation|annexation|seizure",
  "ASSAULT": "attack|assault|invasion|offensive|aggression|massacre|fighting|raid|incursion|ambush|bombing|suicide bombing|car bombing|ceasefire violation|clash|clashes|confrontation|skirmish|skirmishes|hostilities|shootout|arson attack",
  "ASSAULT:heavy-weapons": "shelling|airstrike|air strike|strikes|bombardment|artillery fire|missile|rocket|shell",
  "ASSAULT:assassinate": "assassination",
  "ASSAULT:abduct": "kidnapping|abduction|hijacking",
  "AID": "aid|humanitarian aid|military aid|food aid|assistance|grant|asylum|loan",
  "RETREAT": "withdrawal|pullout|release|evacuation|resignation|de-escalation|surrender",
  "COOPERATE": "cooperation|collaboration|partnership",
  "CONCEDE": "concession",
};

/** English noun plurals: the last word of the phrase takes the plural. */
export function englishNounForms(phrase: string): string[] {
  const words = phrase.split(" ");
  const last = words[words.length - 1]!;
  const plural = /[sx]$|sh$|ch$/.test(last) ? last : /[^aeiou]y$/.test(last) ? `${last.slice(0, -1)}ies` : `${last}s`;
  if (plural === last) return [phrase];
  return [phrase, [...words.slice(0, -1), plural].join(" ")];
}

/** Verb + object phrases whose sense is the phrase's, not the verb's. */
export const VERB_PHRASES = phraseMap(`
  impose sanctions => SANCTION
  impose curfew => COERCE:restrict
  impose blockade => COERCE:restrict
  break relations => SANCTION:withdraw
  cut ties => SANCTION:withdraw
  hold talks => CONSULT
  hold meeting => CONSULT:meeting
  hold summit => CONSULT:summit
  open fire => ASSAULT:firearms
  launch attack => ASSAULT
  launch offensive => ASSAULT
  launch invasion => ASSAULT
  launch investigation => ACCUSE:investigate
  open investigation => ACCUSE:investigate
  lodge protest => ACCUSE:allege
  lodge complaint => ACCUSE:allege
  file lawsuit => ACCUSE:allege
  exchange accusations => ACCUSE
  exchange fire => ASSAULT:firearms
  call ceasefire => REQUEST
  call ~on => REQUEST
  call ~for => REQUEST
  ask ~for => REQUEST
  give hours => THREATEN:ultimatum
  give days => THREATEN:ultimatum
  ask to => REQUEST
  close border => COERCE:restrict
  close crossing => COERCE:restrict
  seal border => COERCE:restrict
  file appeal => REJECT
  lodge appeal => REJECT
  take appeal => REJECT
  appeal ~against => REJECT
  suspend strike => RETREAT:ease
  call ~off strike => RETREAT:ease
  drop charges => RETREAT:ease
  drop lawsuit => RETREAT:ease
  drop case => RETREAT:ease
  file suit => ACCUSE:allege
  go strike => PROTEST:boycott
  walk ~out => PROTEST:boycott
  stage walkout => PROTEST:boycott
  stage rally => PROTEST:demo
  stage march => PROTEST:demo
  provide aid => AID
  provide weapons => AID:military
  grant asylum => AID:asylum
  lift sanctions => RETREAT:ease
  lift blockade => RETREAT:ease
  lift ban => CONCEDE
  lift emergency => CONCEDE
  lift curfew => CONCEDE
  speak phone => CONSULT:phone
  sign agreement => SUPPORT
  establish ties => SUPPORT
  establish relations => SUPPORT
  blow up => ASSAULT
  beat up => ASSAULT
  take steps => CONCEDE
  stage demonstrations => PROTEST:demo
  stage protest => PROTEST:demo
  block roads => PROTEST:obstruct
  block transport => PROTEST:obstruct
  seek refuge => REQUEST
  mass troops => MOBILIZE:troops
`);

/** English verbs and phrases that govern the act after them. */
export const GOVERNORS = governorMap({
  commit: "agree|promise|pledge|vow|swear|commit|accept",
  propose: "offer|propose|suggest",
  threaten: "threaten|warn",
  refuse: "refuse|reject|decline|fail",
  request: "demand|urge|ask|call|request|press|order",
  plan: "plan|intend|prepare|expect|schedule|aim|want|decide|set",
  continue: "continue|keep|resume",
  deny: "deny|dispute",
});

/** English adjectives and phrases that govern the act after them. */
export const GOVERNOR_PHRASES = governorMap({
  commit: "ready to|willing to|prepared to|determined to|committed to",
  propose: "proposal to|offer to|proposal for",
  plan: "plans to|plan to|is to|are to|due to|set to|expected to|scheduled to|poised to|in order to|ordered to|orders to",
});
