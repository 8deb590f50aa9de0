import type { EntitiesLexicon, Gender } from "../../../stages/entities/types.js";

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));
const lines = (s: string): Set<string> => new Set(s.split(/\n/).map((l) => l.trim()).filter(Boolean));
const gendered = (m: string, f: string, either: string): Map<string, Gender | null> => {
  const map = new Map<string, Gender | null>();
  for (const w of words(either)) map.set(w, null);
  for (const w of words(m)) map.set(w, "m");
  for (const w of words(f)) map.set(w, map.get(w) === "m" ? null : "f");
  return map;
};

/** English entity cues: particles, titles, organisation heads, places and reporting verbs. */
// Buildings and streets that name the body seated there: an organisation, save after a place preposition
// ("outside the White House"), where they are the place.
const SEATS = lines(`
  white house
  kremlin
  elysee
  élysée
  elysee palace
  pentagon
  downing street
  capitol hill
  vatican
  wall street
  scotland yard
`);

export const ENTITIES: EntitiesLexicon = {
  connectors: words("de du des da di del della van von der den la le bin ben ibn al el abu"),
  orgConnectors: words("of and for on the &"),
  stopwords: words(`
    the a an this that these those there here it its he she they we you i me him her them us his hers their our your my
    who whom whose which what when where why how
    and or but nor so yet if then than because although though while since unless whether
    in on at by for with without from to into onto of off over under about after before during between among against
    through throughout across along around behind beyond despite except inside outside near toward towards upon within
    however meanwhile moreover furthermore nevertheless nonetheless instead still also even just only already again
    yes no not never always often sometimes perhaps maybe indeed thus hence therefore otherwise besides anyway
    yesterday today tomorrow now later earlier recently currently finally first second third last next another other
    some many most more less few several each every all both any none nothing something everything someone everyone
    mr mrs ms dr sir madam
    is are was were be been has have had do does did will would shall should can could may might must
    according asked told said says added
    read share follow subscribe advertisement photo video image getty file
    one two three four five six seven eight nine ten
    it's that's there's here's what's let's i've i'm i'd i'll we've we're you're they're
    until unlike like amid via per whose whatever whenever wherever please thanks dear
  `),
  honorifics: new Map<string, Gender | null>([
    ["mr", "m"], ["mr.", "m"], ["mrs", "f"], ["mrs.", "f"], ["ms", "f"], ["ms.", "f"], ["miss", "f"],
    ["dr", null], ["dr.", null], ["prof", null], ["prof.", null], ["sir", "m"], ["dame", "f"], ["lord", "m"], ["lady", "f"],
    ["sen.", null], ["rep.", null], ["gov.", null], ["gen.", null], ["lt.", null], ["col.", null], ["maj.", null],
    ["capt.", null], ["sgt.", null], ["adm.", null], ["rev.", null], ["hon.", null],
  ]),
  roleHeads: gendered(
    `spokesman chairman king prince emperor congressman businessman councilman`,
    `spokeswoman chairwoman queen princess empress congresswoman businesswoman councilwoman`,
    `president secretary minister spokesperson director ambassador adviser advisor counselor chancellor senator
     representative lawmaker legislator mayor governor prosecutor attorney judge justice general commander colonel
     lieutenant captain sergeant admiral chief head leader founder chair ceo negotiator envoy emissary
     commissioner delegate candidate nominee official analyst expert researcher professor economist historian
     journalist correspondent editor reporter coach pope cardinal bishop imam rabbi ayatollah premier speaker
     whip strategist aide officer deputy vice-president billionaire tycoon mogul magnate entrepreneur investor executive
     manager owner partner activist campaigner organizer lawyer doctor physician surgeon nurse scientist author writer
     columnist commentator anchor host pollster consultant operative donor treasurer comptroller auditor clerk
     councilor councillor alderman assemblyman assemblywoman sheriff detective investigator agent trooper marshal
     superintendent principal dean provost chancellor rector pastor priest reverend minister preacher actor actress
     singer rapper musician artist star player quarterback pitcher striker champion boxer referee president-elect
     governor-elect co-founder cofounder chairperson administrator inspector attorney-general
     sen. gov. rep. gen. lt. col. maj. capt. sgt. adm. rev. amb. supt. det. atty. cmdr. insp. lt.gov.
     farmer beekeeper shopkeeper teacher lecturer student pensioner retiree pilot
     firefighter paramedic midwife pharmacist veterinarian vet engineer architect accountant banker trader
     mechanic electrician plumber fisherman herder winemaker grower rancher
     athlete skier runner cyclist swimmer footballer goalkeeper midfielder defender medalist medallist
     volunteer worker employee resident nun`,
  ),
  roleModifiers: words(`
    former ex acting interim deputy vice prime press foreign defense defence interior finance justice health
    national security senior top chief general assistant associate executive managing communications
    political military intelligence economic trade state federal white house kremlin majority minority
    then-president then current new incoming outgoing longtime
    information culture education agriculture environment energy transport labour labor tourism immigration
    science technology research first-team head team youth club
    city council county state transit police fire school district campaign party union board committee agency company
    city-council town village regional local
    service ministry department government army navy hospital court prison airport rescue coast guard
    border customs emergency civil protection
  `),
  portfolios: words(`
    defense defence foreign affairs interior justice health economy finance treasury budget education culture
    agriculture labor labour environment energy transport transportation state commerce trade homeland security
    intelligence veterans housing
  `),
  modifiersPrecedeHead: true,
  orgHeads: words(`
    council ministry department service agency party commission court assembly organization organisation fund
    bank office committee federation union front movement tribunal senate congress parliament government institute
    academy university college school society company corporation group association union league observatory
    center centre foundation directorate army navy brigade regiment division authority chamber secretariat bureau
    delegation mission conference cabinet administration board network club times globe post journal review
    news channel books publishers hospital church team inc
    ledger tribune herald gazette chronicle courier observer register dispatch inquirer examiner sentinel daily press
    telegraph guardian mirror express independent bulletin monitor newsweek magazine echo
    airlines airways air motors energy oil petroleum pharmaceuticals systems technologies holdings media
    communications entertainment studios records foods partners capital industries enterprises labs laboratories
    police reserve guard corps patrol force alliance coalition
    farmacia banca banco grupo universidad università universität instituto istituto fundación fondazione stiftung
  `),
  orgPrefixNouns: words("court council ministry department agency guard commission"),
  institutionAdjectives: words(`
    coast supreme high district appeals appellate federal city county town state parish national
    interior foreign defense defence health justice finance treasury environment education transport police fire
  `),
  clubSuffixes: words("city town county"),
  orgSuffixes: words(`
    inc inc. corp corp. ltd ltd. llc plc group co co. company gmbh ag sa
    partners holdings capital ventures investments associates united rovers athletic wanderers albion fc afc
  `),
  // Bodies, and the buildings and streets that stand for the body seated there ("the White House said").
  institutions: new Set([
    ...SEATS,
    ...lines(`
    holy see
    nato
    un
    u.n.
    united nations
    european union
    bundestag
    knesset
    duma
    rada
    hezbollah
    hamas
    taliban
    congress
    senate
    parliament
    navy
    army
    air force
    supreme court
    al qaeda
    al-qaeda
    isis
    islamic state
    reuters
    bloomberg
    associated press
    agence france-presse
    agence france presse
  `),
  ]),
  seats: SEATS,
  seatPrepositions: words("outside"),
  places: lines(`
    england
    scotland
    wales
    northern ireland
    great britain
    europe
    africa
    asia
    america
    north america
    south america
    latin america
    oceania
    antarctica
    arctic
    middle east
    maghreb
    sahel
    balkans
    caucasus
    scandinavia
    crimea
    donbas
    donbass
    west bank
    gaza
    gaza strip
    kurdistan
    siberia
    chechnya
    catalonia
    mediterranean
    black sea
    baltic sea
    atlantic
    pacific
    u.s.
    u.k.
    n.y.
    n.j.
    n.h.
    n.c.
    n.d.
    n.m.
    s.c.
    s.d.
    r.i.
    d.c.
    w.va.
    silicon valley
    new england
    midwest
    the midwest
    persian gulf
    south asia
    east asia
    southeast asia
    central asia
    western europe
    eastern europe
    central europe
    london
    paris
    berlin
    madrid
    rome
    lisbon
    brussels
    amsterdam
    the hague
    vienna
    geneva
    zurich
    bern
    warsaw
    prague
    budapest
    bucharest
    sofia
    athens
    belgrade
    stockholm
    oslo
    copenhagen
    helsinki
    dublin
    edinburgh
    munich
    frankfurt
    hamburg
    milan
    naples
    venice
    barcelona
    moscow
    st. petersburg
    saint petersburg
    kyiv
    kiev
    kharkiv
    odesa
    odessa
    lviv
    mariupol
    donetsk
    luhansk
    kherson
    zaporizhzhia
    minsk
    vilnius
    riga
    tallinn
    tbilisi
    yerevan
    baku
    ankara
    istanbul
    jerusalem
    tel aviv
    beirut
    damascus
    baghdad
    tehran
    riyadh
    doha
    dubai
    abu dhabi
    cairo
    algiers
    tunis
    rabat
    tripoli
    dakar
    nairobi
    addis ababa
    johannesburg
    cape town
    lagos
    beijing
    shanghai
    hong kong
    taipei
    tokyo
    seoul
    pyongyang
    new delhi
    mumbai
    islamabad
    kabul
    bangkok
    hanoi
    manila
    jakarta
    singapore
    sydney
    washington
    new york
    los angeles
    chicago
    san francisco
    miami
    boston
    houston
    dallas
    atlanta
    seattle
    philadelphia
    detroit
    denver
    phoenix
    las vegas
    new orleans
    montreal
    quebec
    ottawa
    toronto
    vancouver
    mexico city
    havana
    caracas
    bogota
    lima
    santiago
    buenos aires
    brasilia
    rio de janeiro
    sao paulo
    davos
    alabama
    alaska
    arizona
    arkansas
    california
    colorado
    connecticut
    delaware
    florida
    hawaii
    idaho
    illinois
    indiana
    iowa
    kansas
    kentucky
    louisiana
    maine
    maryland
    massachusetts
    michigan
    minnesota
    mississippi
    missouri
    montana
    nebraska
    nevada
    new hampshire
    new jersey
    new mexico
    north carolina
    north dakota
    ohio
    oklahoma
    oregon
    pennsylvania
    rhode island
    south carolina
    south dakota
    tennessee
    texas
    utah
    vermont
    virginia
    west virginia
    wisconsin
    wyoming
  `),
  placeNouns: words("region city province oblast state town village capital republic island territory county mayor governor"),
  coordinators: words("and or"),
  placePrepositions: words("in near from across outside inside toward towards"),
  travelBeforeTo: words(`
    trip trips visit visits journey flight flights travel travels traveled travelled travelling traveling
    flew fly flying drove drive driving moved move moving returned return returning headed heading fled fleeing
    deported relocated evacuated
  `),
  phraseBreakers: words(`
    is are was were be been has have had will would said says told added asked
    and or but that which who whom whose where when while as
    with by for in on at from to into over under against between during after before about since
    it he she they we this these those there
    monday tuesday wednesday thursday friday saturday sunday
    also already still
  `),
  determiners: words("the a an this that his her their its"),
  definiteSingular: words("the"),
  speechVerbs: words(`
    said says told added stated declared announced explained noted warned insisted argued claimed asserted
    acknowledged admitted denied stressed wrote tweeted replied responded confirmed suggested
  `),
  pronouns: new Map<string, Gender>([["he", "m"], ["she", "f"]]),
  impersonalAfterPronoun: new Set(),
  nonEntityAcronyms: words("tv ok pdf ii iii iv vi vii viii ix xi xii gdp vat am pm gmt utc ceo hq est pst edt pt et i"),
  adjectiveSuffixes: [],
  lowercaseOrgContinuation: false,
  countryLanguage: "eng",
  demonymPluralEndings: ["s"],
  affiliations: words(`
    republican republicans democrat democrats democratic conservative conservatives liberal liberals progressive progressives
    libertarian libertarians socialist socialists communist communists labour tory tories whig whigs centrist centrists
    evangelical evangelicals catholic catholics protestant protestants christian christians muslim muslims jewish jews
    sunni sunnis shiite shiites shia hindu hindus buddhist buddhists mormon mormons islamist islamists
    kurdish kurds arab arabs latino latinos latina latinas hispanic hispanics
  `),
  orgCueBefore: words(`
    group groups organization organisation militia movement party company firm newspaper paper magazine tabloid daily
    weekly broadcaster network channel station agency airline carrier bank insurer retailer startup maker manufacturer
    giant conglomerate publisher studio label charity nonprofit non-profit coalition alliance union club team outlet
    website site app platform
  `),
  orgCueAfter: words(`
    militants fighters insurgents rebels jihadists extremists shareholders employees workers executives subscribers
    stock shares spokesman spokeswoman spokesperson
  `),
  placeHeads: words(`
    street avenue road boulevard square park river lake mountain mountains island islands bay valley county parish
    airport bridge station stadium arena beach heights hills falls canyon desert forest harbor harbour peninsula
    gulf strait sea ocean coast township borough
    lane crescent drive terrace gardens wharf quay plaza triangle
  `),
  miscHeads: words(`
    war wars act bill amendment treaty accord accords agreement doctrine award awards prize cup championship championships
    games olympics series festival initiative program programme summit convention debate primary primaries caucus caucuses
    crisis revolution protocol declaration constitution
  `),
  regionAbbreviations: words(`
    ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. kans. ky. la. md. mass. mich. minn. miss. mo. mont.
    neb. nev. okla. ore. pa. tenn. tex. vt. va. wash. wis. wyo. alta. ont. que.
  `),
  miscCueBefore: words(`
    rocket rockets launcher satellite satellites constellation probe spacecraft capsule shuttle telescope
    system program programme project mission operation missile missiles drone drones aircraft jet jets plane helicopter
    software app vaccine drug film movie novel album show series
  `),
  placePrefixes: words("saint sainte st ste"),
  placeInfixes: words("upon on under in le la les en sur sous"),
  roleAbbreviations: new Map([
    ["sen", "senator"], ["rep", "representative"], ["gov", "governor"], ["gen", "general"], ["lt", "lieutenant"],
    ["col", "colonel"], ["maj", "major"], ["capt", "captain"], ["sgt", "sergeant"], ["adm", "admiral"], ["rev", "reverend"],
    ["supt", "superintendent"], ["det", "detective"], ["atty", "attorney"], ["cmdr", "commander"], ["insp", "inspector"],
    ["prof", "professor"], ["dr", "doctor"], ["amb", "ambassador"], ["ceo", "executive"],
  ]),
  nominalHeads: new Map([
    ["union", "union"], ["labor union", "union"], ["trade union", "union"],
    ["party", "party"], ["company", "company"], ["firm", "company"], ["corporation", "company"], ["group", "company"],
    ["retailer", "company"], ["automaker", "company"], ["carmaker", "company"], ["carrier", "company"], ["airline", "company"],
    ["insurer", "company"], ["manufacturer", "company"], ["maker", "company"], ["startup", "company"], ["conglomerate", "company"],
    ["bank", "bank"], ["lender", "bank"], ["newspaper", "media"], ["paper", "media"], ["network", "media"], ["broadcaster", "media"],
    ["channel", "media"], ["magazine", "media"], ["outlet", "media"], ["agency", "agency"], ["charity", "association"],
    ["nonprofit", "association"], ["organization", "association"], ["organisation", "association"], ["foundation", "association"],
    ["university", "university"], ["institute", "institute"], ["think tank", "institute"], ["administration", "government"],
    ["government", "government"], ["ministry", "ministry"], ["department", "ministry"], ["court", "court"], ["campaign", "campaign"],
    ["team", "club"], ["club", "club"], ["movement", "movement"], ["coalition", "movement"], ["militia", "movement"],
  ]),
};
