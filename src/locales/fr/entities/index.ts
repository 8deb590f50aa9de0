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

/** French entity cues: particles, titles, organisation heads, places and reporting verbs. */
// Buildings and streets that name the body seated there: an organisation, save after a place preposition
// ("devant Matignon"), where they are the place.
const SEATS = lines(`
  maison blanche
  kremlin
  élysée
  palais de l'élysée
  matignon
  pentagone
  quai d'orsay
  bercy
  downing street
  capitole
  vatican
`);

export const ENTITIES: EntitiesLexicon = {
  connectors: words("de du des d' d’ la le l' l’ van von der den di da dos das del della bin ben ibn al el abu ter zu y"),
  orgConnectors: words("et pour sur en"),
  stopwords: words(`
    le la les l' l’ un une des du de d' d’ au aux ce cet cette ces ça cela ceci celui celle ceux celles
    il elle ils elles on nous vous je tu j' j’ moi toi lui leur leurs eux mon ma mes ton ta tes son sa ses notre nos votre vos
    qui que qu' qu’ quoi quel quelle quels quelles lequel laquelle dont où
    et ou mais donc or ni car si sinon puis alors ainsi aussi enfin ensuite pourtant cependant toutefois néanmoins
    entre-temps désormais depuis dès lors selon pendant durant après avant avec sans sous sur dans par pour contre vers chez
    malgré outre parmi hormis quant jusqu' jusqu’ lorsque lorsqu' lorsqu’ quand comme tandis puisque parce
    oui non bien très plus moins tout tous toute toutes rien aucun aucune chaque plusieurs certains certaines
    hier aujourd'hui aujourd’hui demain maintenant déjà encore toujours jamais souvent parfois ici là voici voilà
    mieux surtout notamment également d'ailleurs d’ailleurs en effet par ailleurs autrement bref certes
    premier première deuxième dernier dernière autre autres même mêmes tel telle
    madame monsieur mesdames messieurs
    est sont était a ont avait sera fut soit c' c’ s' s’ n' n’ y en ne
    laisser lire voir suivre partager commenter abonnez-vous publicité
    selon photo vidéo crédit source sources mise jour
  `),
  honorifics: new Map<string, Gender | null>([
    ["m.", "m"], ["mm.", null], ["mme", "f"], ["mme.", "f"], ["mmes", "f"], ["mlle", "f"], ["mlle.", "f"],
    ["dr", null], ["dr.", null], ["pr", null], ["pr.", null], ["me", null], ["mgr", "m"], ["mgr.", "m"],
    ["monsieur", "m"], ["madame", "f"], ["mademoiselle", "f"],
  ]),
  roleHeads: gendered(
    `président vice-président directeur ambassadeur conseiller chancelier roi prince
     empereur sénateur député gouverneur procureur juge avocat général commandant colonel lieutenant capitaine
     sergent patron fondateur négociateur envoyé émissaire représentant
     rapporteur médiateur commissaire préfet délégué candidat leader opposant militant analyste expert chercheur
     professeur économiste historien politologue journaliste correspondant rédacteur éditorialiste entraîneur
     ayatollah pape cardinal évêque imam rabbin président-directeur pdg
     universitaire sociologue philosophe scientifique physicien biologiste climatologue épidémiologiste médecin
     chirurgien infirmier ingénieur architecte écrivain auteur romancier cinéaste réalisateur acteur chanteur
     musicien artiste joueur athlète syndicaliste élu adjoint docteur
     administrateur opérateur ouvrier technicien magistrat substitut greffier trésorier gérant enseignant
     instituteur pharmacien agriculteur éleveur commerçant policier présentateur animateur consultant
     pâtissier viticulteur vigneron apiculteur pêcheur chauffeur conducteur livreur facteur
     artisan restaurateur hôtelier serveur coiffeur caissier étudiant lycéen retraité salarié employé
     mécanicien électricien plombier ambulancier brancardier aide-soignant
     skieur nageur coureur footballeur rugbyman handballeur attaquant gardien entrepreneur habitant riverain`,
    `présidente vice-présidente directrice ambassadrice conseillère chancelière reine princesse impératrice sénatrice
     députée mairesse gouverneure procureure avocate commandante patronne fondatrice dirigeante négociatrice envoyée
     représentante rapporteure médiatrice commissaire déléguée candidate opposante militante chercheuse professeure
     historienne politologue correspondante rédactrice attachée
     physicienne infirmière écrivaine autrice romancière réalisatrice actrice chanteuse musicienne joueuse élue adjointe
     administratrice opératrice ouvrière technicienne magistrate substitute greffière trésorière gérante enseignante
     institutrice pharmacienne agricultrice éleveuse commerçante policière présentatrice animatrice consultante
     boulangère bouchère pâtissière viticultrice vigneronne apicultrice pêcheuse conductrice livreuse factrice
     artisane restauratrice hôtelière cuisinière serveuse coiffeuse caissière étudiante lycéenne retraitée
     salariée employée mécanicienne électricienne ambulancière aide-soignante skieuse nageuse coureuse
     footballeuse attaquante gardienne entrepreneuse habitante riveraine`,
    `porte-parole secrétaire ministre maire chef cheffe dirigeant attaché
     coordinateur coordinatrice chargé chargée haut-commissaire responsable
     infectiologue virologue immunologue épidémiologue cardiologue pneumologue pédiatre psychiatre psychologue
     urgentiste anesthésiste radiologue oncologue neurologue gynécologue démographe géographe urbaniste juriste
     notaire huissier bâtonnier gendarme pompier vétérinaire photographe sage-femme comptable
     fleuriste cycliste pilote dentiste kinésithérapeute sapeur-pompier bénévole`,
  ),
  roleModifiers: words("ancien ancienne ex premier première nouveau nouvelle futur future actuel actuelle vice sous haut haute grand grande"),
  portfolios: words(`
    défense affaires étrangères intérieur justice santé économie finances budget éducation culture agriculture
    travail emploi environnement écologie transition énergétique transports armées état industrie commerce
    logement numérique recherche enseignement supérieur sports outre-mer solidarités famille cohésion territoires
    renseignement sécurité diplomatie trésor relations extérieures information communication
  `),
  modifiersPrecedeHead: false,
  orgHeads: words(`
    conseil ministère service commandement agence parti commission cour assemblée organisation fonds banque office
    comité fédération union front mouvement haut-commissariat tribunal sénat congrès parlement gouvernement institut
    académie université école société compagnie groupe association syndicat confédération alliance ligue observatoire
    centre fondation direction département état-major garde armée brigade régiment division autorité caisse chambre
    secrétariat bureau délégation mission conférence cabinet club journal hôpital église équipe
    port aéroport région préfecture mairie parquet métropole collectivité chu chr chru police gendarmerie
    farmacia banca banco grupo universidad università universität instituto istituto fundación fondazione stiftung
  `),
  orgPrefixNouns: words(`
    palais ministère hôtel quai parquet tribunal cour conseil préfecture sous-préfecture mairie hôpital université
    rectorat commissariat gendarmerie agence chambre police
  `),
  institutionAdjectives: words(`
    correctionnel correctionnelle administratif administrative municipal municipale régional régionale
    départemental départementale constitutionnel constitutionnelle suprême pénal pénale judiciaire fédéral fédérale
    métropolitain métropolitaine communautaire général générale national nationale universitaire
  `),
  // French club names put the place last with no suffix ("Stade rennais"); "Manchester City" is told by its town.
  clubSuffixes: new Set(),
  // Last words that make a company or a media name: "Bouygues Telecom", "Dana Air", "Free Mobile", "BFM TV".
  orgSuffixes: words(`
    sa sas sarl inc group groupe ltd corp gmbh ag nv llc plc
    telecom télécom télécoms mobile air airlines airways motors electronics électronique pharma énergie energy
    médias media assurances immobilier industries technologies systems tv radio info infos presse
    partners partenaires holding holdings capital ventures investments associates consulting
  `),
  // Bodies, and the buildings and streets that stand for the body seated there ("the White House said").
  institutions: new Set([
    ...SEATS,
    ...lines(`
    sénat
    parlement
    congrès
    assemblée nationale
    état
    etat
    état islamique
    saint-siège
    otan
    onu
    union européenne
    nations unies
    bundestag
    knesset
    douma
    rada
    hezbollah
    hamas
    talibans
    reuters
    bloomberg
    associated press
    agence france-presse
  `),
  ]),
  seats: SEATS,
  seatPrepositions: words("devant"),
  places: lines(`
    europe
    afrique
    asie
    amérique
    amérique du nord
    amérique du sud
    amérique latine
    océanie
    antarctique
    arctique
    moyen-orient
    proche-orient
    maghreb
    sahel
    balkans
    caucase
    scandinavie
    crimée
    donbass
    donbas
    cisjordanie
    gaza
    bande de gaza
    kurdistan
    sibérie
    tchétchénie
    catalogne
    bretagne
    normandie
    corse
    alsace
    provence
    île-de-france
    occitanie
    méditerranée
    mer noire
    mer baltique
    atlantique
    pacifique
    paris
    marseille
    lyon
    toulouse
    nice
    nantes
    strasbourg
    montpellier
    bordeaux
    lille
    rennes
    reims
    grenoble
    dijon
    angers
    brest
    toulon
    nancy
    metz
    rouen
    calais
    ajaccio
    bastia
    londres
    berlin
    madrid
    rome
    lisbonne
    bruxelles
    amsterdam
    la haye
    vienne
    genève
    zurich
    berne
    lausanne
    luxembourg
    varsovie
    prague
    budapest
    bucarest
    sofia
    athènes
    belgrade
    zagreb
    stockholm
    oslo
    copenhague
    helsinki
    dublin
    édimbourg
    munich
    francfort
    hambourg
    milan
    naples
    venise
    barcelone
    séville
    moscou
    saint-pétersbourg
    kiev
    kyiv
    kharkiv
    kharkov
    odessa
    lviv
    marioupol
    donetsk
    louhansk
    kherson
    zaporijjia
    minsk
    vilnius
    riga
    tallinn
    chisinau
    tbilissi
    erevan
    bakou
    ankara
    istanbul
    jérusalem
    tel-aviv
    beyrouth
    damas
    bagdad
    téhéran
    riyad
    doha
    dubaï
    abou dhabi
    le caire
    alger
    tunis
    rabat
    casablanca
    tripoli
    dakar
    abidjan
    bamako
    niamey
    ouagadougou
    kinshasa
    nairobi
    addis-abeba
    johannesburg
    le cap
    lagos
    pékin
    shanghai
    hong kong
    taipei
    tokyo
    séoul
    pyongyang
    new delhi
    bombay
    islamabad
    kaboul
    karachi
    bangkok
    hanoï
    manille
    jakarta
    singapour
    sydney
    washington
    new york
    los angeles
    chicago
    san francisco
    miami
    boston
    houston
    montréal
    québec
    ottawa
    toronto
    mexico
    la havane
    caracas
    bogota
    lima
    santiago
    buenos aires
    brasilia
    rio de janeiro
    são paulo
    davos
    alabama
    alaska
    arizona
    arkansas
    californie
    caroline du nord
    caroline du sud
    colorado
    connecticut
    dakota du nord
    dakota du sud
    delaware
    floride
    hawaï
    idaho
    illinois
    indiana
    iowa
    kansas
    kentucky
    louisiane
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
    nouveau-mexique
    ohio
    oklahoma
    oregon
    pennsylvanie
    rhode island
    tennessee
    texas
    utah
    vermont
    virginie
    virginie-occidentale
    wisconsin
    wyoming
    ontario
    alberta
    manitoba
    saskatchewan
    colombie-britannique
    nouveau-brunswick
    nouvelle-écosse
    terre-neuve
    hauts-de-france
    grand est
    nouvelle-aquitaine
    auvergne-rhône-alpes
    bourgogne-franche-comté
    centre-val de loire
    pays de la loire
    provence-alpes-côte d'azur
    côte d'azur
    aquitaine
    auvergne
    bourgogne
    champagne
    lorraine
    picardie
    limousin
    poitou-charentes
    franche-comté
    languedoc-roussillon
    midi-pyrénées
    savoie
    haute-savoie
    vendée
    gironde
    finistère
    morbihan
    pyrénées
    alpes
    jura
    vosges
    massif central
    seine-saint-denis
    val-de-marne
    hauts-de-seine
    outre-mer
    antilles
    wallonie
    flandre
    bavière
    lombardie
    toscane
    sicile
    sardaigne
    andalousie
    pays basque
    écosse
    pays de galles
    irlande du nord
    angleterre
    ain
    aisne
    allier
    alpes-de-haute-provence
    hautes-alpes
    alpes-maritimes
    ardèche
    ardennes
    ariège
    aube
    aveyron
    bouches-du-rhône
    calvados
    cantal
    charente
    charente-maritime
    corrèze
    côte-d'or
    côtes-d'armor
    creuse
    dordogne
    doubs
    drôme
    eure
    eure-et-loir
    gard
    haute-garonne
    gers
    hérault
    ille-et-vilaine
    indre
    indre-et-loire
    isère
    landes
    loir-et-cher
    loire
    haute-loire
    loire-atlantique
    loiret
    lot-et-garonne
    lozère
    maine-et-loire
    manche
    marne
    haute-marne
    mayenne
    meurthe-et-moselle
    meuse
    moselle
    nièvre
    nord
    oise
    orne
    pas-de-calais
    puy-de-dôme
    pyrénées-atlantiques
    hautes-pyrénées
    pyrénées-orientales
    bas-rhin
    haut-rhin
    rhône
    haute-saône
    saône-et-loire
    sarthe
    seine-maritime
    seine-et-marne
    yvelines
    deux-sèvres
    somme
    tarn
    tarn-et-garonne
    var
    vaucluse
    haute-vienne
    yonne
    territoire de belfort
    essonne
    val-d'oise
    guadeloupe
    martinique
    guyane
    la réunion
    mayotte
  `),
  placeNouns: words("région ville province oblast département commune village capitale république île territoire maire mairesse gouverneur gouverneure"),
  coordinators: words("et ou"),
  placePrepositions: words("à en près vers depuis via"),
  // "à" is a place preposition already: "un déplacement à Brest".
  travelBeforeTo: new Set(),
  phraseBreakers: words(`
    a ont est sont était étaient sera seront fut avait avaient aurait serait été
    et ou mais que qui qu' qu’ dont où car ni
    avec par pour sur sous dans selon lors contre entre chez vers depuis pendant avant après sans malgré
    ce cet cette ces il elle ils elles se s' s’ ne n' n’ y en on
    le la les un une l' l’
    dit déclaré affirmé annoncé estimé ajouté indiqué précisé expliqué
    lundi mardi mercredi jeudi vendredi samedi dimanche
    aussi également déjà toujours
  `),
  determiners: words("le la les l' l’ un une du des au aux ce cet cette son sa ses leur"),
  definiteSingular: words("le la l' l’ du au"),
  speechVerbs: words(`
    déclaré dit affirmé annoncé estimé ajouté indiqué précisé expliqué souligné assuré répondu confié
    rappelé martelé insisté averti prévenu jugé démenti reconnu admis nié dénoncé
    déclare dit affirme annonce estime ajoute indique précise explique souligne assure répond confie
    rappelle martèle insiste avertit prévient juge dément reconnaît admet nie dénonce
  `),
  pronouns: new Map<string, Gender>([["il", "m"], ["elle", "f"]]),
  impersonalAfterPronoun: words("y faut s'agit s’agit semble paraît pleut reste suffit importe convient vaut"),
  nonEntityAcronyms: words("tv ok pdf ii iii iv vi vii viii ix xi xii xiii xiv xv xx xxe xixe pib tva ht ttc km kg cm mm gmt utc pdg ceo qg"),
  adjectiveSuffixes: [
    "al", "ale", "aux", "ales", "el", "elle", "els", "elles", "ien", "ienne", "iens", "iennes", "éen", "éenne",
    "ique", "iques", "aire", "aires", "iste", "istes", "ais", "aise", "ain", "aine", "if", "ive", "ifs", "ives",
    "é", "ée", "és", "ées", "eur", "ier", "ière", "ime", "imes", "ans", "ane", "anes", "ains", "aines",
    "ois", "oise", "oises",
  ],
  lowercaseOrgContinuation: true,
  countryLanguage: "fra",
  demonymPluralEndings: ["s"],
  // French writes parties and faiths in lower case ("les républicains"): no capitalised affiliation to skip.
  affiliations: new Set(),
  orgCueBefore: words(`
    groupe mouvement parti entreprise société firme compagnie journal quotidien hebdomadaire magazine chaîne radio
    station agence banque assureur constructeur fabricant géant opérateur éditeur association syndicat coalition
    milice organisation club équipe site plateforme start-up collectif
  `),
  orgCueAfter: new Set(),
  placeHeads: new Set(),
  miscHeads: words("guerre traité accord loi prix coupe jeux championnat festival sommet"),
  regionAbbreviations: new Set(),
  miscCueBefore: words(`
    fusée fusées lanceur lanceurs satellite satellites constellation sonde sondes navette vaisseau capsule télescope
    système programme projet mission opération plan missile missiles drone drones avion avions hélicoptère
    logiciel application vaccin médicament film roman album émission série opus
  `),
  placePrefixes: words("saint sainte st ste"),
  placeInfixes: words("sur sous en lès lez et aux au à le la les de du des d' d’"),
  roleAbbreviations: new Map([
    ["pdg", "président-directeur"], ["dg", "directeur"], ["pr", "professeur"], ["dr", "docteur"], ["me", "avocat"], ["mgr", "évêque"],
  ]),
  nominalHeads: new Map([
    ["syndicat", "union"], ["centrale syndicale", "union"], ["confédération", "union"], ["organisation syndicale", "union"], ["intersyndicale", "union"],
    ["parti", "party"], ["formation politique", "party"],
    ["entreprise", "company"], ["société", "company"], ["groupe", "company"], ["firme", "company"], ["compagnie", "company"],
    ["constructeur", "company"], ["opérateur", "company"], ["fabricant", "company"], ["enseigne", "company"], ["assureur", "company"],
    ["compagnie aérienne", "company"], ["multinationale", "company"], ["start-up", "company"], ["laboratoire", "company"],
    ["banque", "bank"], ["établissement bancaire", "bank"],
    ["journal", "media"], ["quotidien", "media"], ["hebdomadaire", "media"], ["magazine", "media"], ["chaîne", "media"], ["radio", "media"],
    ["agence", "agency"], ["association", "association"], ["ong", "association"], ["fondation", "association"],
    ["université", "university"], ["institut", "institute"], ["centre", "institute"],
    ["gouvernement", "government"], ["ministère", "ministry"], ["tribunal", "court"], ["cour", "court"], ["juridiction", "court"],
    ["club", "club"], ["équipe", "club"], ["mouvement", "movement"], ["coalition", "movement"], ["milice", "movement"],
  ]),
};
