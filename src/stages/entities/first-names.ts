import type { Gender } from "./types.js";

// Common given names across European, American, Arabic, African and Asian usage. A name
// here is only one cue among several (titles, roles, speech verbs), so the list aims at
// breadth of everyday names, not completeness; rare and transliterated names rely on cues.
const MALE = `
aaron abdel abdul abdullah abraham adam adrian adrien ahmad ahmed alain alan alberto albert alejandro
alessandro alex alexander alexandre alexis alfred ali allan alvaro amir anders andrea andreas andré andrew
andrés andy angelo anthony antoine antonio armand arnaud arthur augustin aurélien axel baptiste barack
bart bashar basile bastien ben benedict benjamin benoît bernard bill bob boris brandon brian bruce bruno
carl carlos cédric charles charlie chris christian christophe christopher claude clément colin cyril
daniel danny dario david denis dennis didier diego dimitri dominique donald douglas dylan édouard eduardo
edward elias emmanuel enrico enzo éric eric erik ernest étienne eugène fabien fabrice farid fernando
florent florian francesco francis francisco franck françois frank frédéric fred gabriel gaël gary georg
george georges gérald gérard gilbert gilles giorgio giovanni giuseppe grégoire grégory guillaume gustavo
guy hamid hans harold harry hassan hector helmut henri henry hervé hugo hugues ibrahim igor ivan jack
jacques jakob james jan jason javier jean jean-claude jean-françois jean-luc jean-marc jean-marie
jean-michel jean-paul jean-pierre jean-yves jeff jeffrey jérémie jérôme jesse jim jimmy joachim joe joël
johan johann john johnny jonathan jordan jorge josé joseph josh joshua juan jules julien justin kamel
karim karl keith ken kevin khalid klaus kurt larry laurent léo léon leonardo lionel lorenzo louis luc
luca lucas ludovic luigi luis lukas manuel marc marcel marco mario mark martin massimo mathieu matteo
matthew matthias matthieu maurice max maxime michael michel miguel mike mohamed mohammed muhammad nabil
nathan nicholas nicola nicolas niels noël olaf olivier omar oscar pablo paolo pascal patrick paul pedro
peter philip philippe pierre pietro rafael ralph ramon raphaël raymond régis rémi rené ricardo richard
rick robert roberto rodrigo roger roland romain ron ronald rudolf ryan said salim salvador samir samuel
scott sean sébastien serge simon stefan stéphane stephen steve steven sven sylvain tariq ted thierry
thomas tim timothy tom tony valentin victor vincent walter wilhelm william xavier yann yannick yves
youssef yusuf zoltan
abdelaziz abdelkader abderrahmane abdou abdoulaye abebe adama ahmet alassane alessio aleksandr aleksander
alexei alexey alfonso amadou amine anatoli andrei andriy anil antonin arjun aymeric bertrand bilal
boubacar carlo cheikh chinedu christophe corentin craig cristiano damien darren david dieter dmitri dmitry
dmytro duncan eddie edgar edmond elie élie émile emeka emilio enrique erwan esteban fabio fabrizio federico
félix felipe fernand florentin gareth gaspard gaston gauthier gautier gavin geoffrey gerhard gianni giacomo
gonzalo gordon graham greg gregory gunnar günter gustave gwenaël hadrien hamza heinz henrik hicham hiroshi
ian ignacio ilyès ismaël ismail issa jacky jaime jamal jamie jean-baptiste jean-christophe jean-jacques
jean-louis jean-noël jean-philippe jeremy jérémy jens joao joão joaquín joaquin joel joris josé-luis julio
jürgen kamau kenji kevin kévin khaled killian kofi krzysztof kwame kylian lars liam loïc lucien luiz luke
maël mahmoud malik mamadou marcelo marcello marek marius markus martial mateo mathéo mathis matt mauricio
maxence mehdi mikhail mickaël miroslav mohamed-ali moussa mourad moustafa mustafa mykhailo narendra nasser
neil nicolás nigel nikolai nils noah nordine norbert octave oleg oleksandr oleksiy oliver olivier omar
ousmane owen patrice pavel pavlo petro philippe piotr quentin rachid rahul rajesh raúl raul rayan renaud
riccardo rodolphe romeo roméo ronan rory rudy rui russell sacha salah sanjay sergei sergey sergio
serhiy seydou sofiane souleymane stefano stuart takeshi tanguy tarek teddy terry tesfaye théo théophile
thibault thibaut thorsten timothée tobias tomasz trevor tristan tunde ulrich uwe vijay vincenzo vitali
viktor vivien vladimir volodymyr walid wayne wojciech wolfgang yacine yassine yevgeny yoann yohan yuri
iouri zinedine zbigniew
`;

const FEMALE = `
abigail adèle adriana agathe agnès aïcha alexandra alice alicia aline amanda amélie amy ana anastasia
andrea angela angelina angélique anita ann anna anne anne-marie annie antonia ariane audrey aurélie
barbara béatrice bernadette brigitte camille carla carmen caroline catherine cécile céline charlotte
chantal chloé christina christine claire clara claudia claudine colette corinne cristina cynthia daniela
danielle delphine denise diana diane dominique dorothée elena éléonore elisa elisabeth élisabeth elise
élise elizabeth ella ellen emily emma estelle eva éva fatima fatoumata florence france francesca
françoise gabrielle geneviève georgia giulia gisèle hannah héléna hélène hillary ingrid irène isabel
isabella isabelle jacqueline jane janet jeanne jennifer jessica joan joanna joëlle josé josiane judith
julia julie juliette justine karen karin kate katherine kathleen kelly kim laetitia laura laure laurence
léa leila linda lisa louise lucia lucie lucy lydie madeleine maria marianne marie marie-claude
marie-france marie-hélène marine marion marta martha martine mary maryam mathilde maya mélanie michelle
mireille monica monique nadia nancy natacha nathalie nicole nina noémie océane odile olivia pascale
patricia pauline pénélope rachel rebecca renée rita rosa rose sabine sandra sara sarah séverine sharon
simone sofia solène sonia sophie stéphanie susan suzanne sylvie tatiana teresa thérèse ursula valérie
vanessa véronique victoria virginie yasmina yasmine yvonne zoé
agnieszka aïssatou aissatou akinyi alejandra alessandra alexia alix amandine amina aminata anaïs anjali
annalena apolline ashley astrid atieno awa axelle beatriz birgit blandine capucine carolina catalina
chiara chioma claudine coralie cristina dalia daria déborah delia ekaterina eleanor élodie
eloïse éloïse emilie émilie emmanuelle fanny farida fatou federica gabriela galina giorgia giovanna
gwendoline hafsa heike hélèna hortense imane inès irina jennifer jessie jocelyne karima katarzyna
khadija laëtitia lætitia laurène leïla léna lina lisa lola lucía ludivine lyudmila magali
magdalena malika manon margaux margot mariam marianne marina marta mathilde maude mélissa
mette monique morgane muriel myriam nadège naïma natalia natalya nathalie ngozi njeri noëlle nour
oksana olena olga ophélie paola paula pilar priya rania raphaëlle rébecca régine rocío romane roxane
salma samira sana ségolène sigrid silvia solange souad sunita svetlana sylviane tiphaine ulrike
valentina viviane wambui wanjiru ximena yulia ioulia zahra zineb
`;

function load(list: string, gender: Gender, into: Map<string, Gender | null>): void {
  for (const name of list.split(/\s+/)) {
    if (!name) continue;
    // A name given to both sexes ("dominique", "andrea") tells nothing about gender.
    into.set(name, into.has(name) && into.get(name) !== gender ? null : gender);
  }
}

/** Lower-cased common first names, with the gender they usually give (null when both). */
export const FIRST_NAMES: ReadonlyMap<string, Gender | null> = (() => {
  const names = new Map<string, Gender | null>();
  load(MALE, "m", names);
  load(FEMALE, "f", names);
  return names;
})();
