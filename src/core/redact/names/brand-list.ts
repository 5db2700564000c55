/**
 * Brands and firms named after people, festivals named after gods and saints ("Durga Puja",
 * "Guru Nanak Jayanti": the festival's word is a given name too, so it cannot be a place word),
 * dishes named after people ("Caesar salad", "Eggs Benedict") and greetings made of names ("sat sri
 * akal"), which customers' messages name as products ("the Louis
 * Philippe blazer", "Ralph Lauren polo", "Morgan Stanley Wealth"): the words are names, the phrase
 * is not a person. A hand-written list of the ones our customers' markets (India, the US, Europe)
 * write most: fashion, cars, banks, food and pharmacy chains. Matched whole, case-insensitively,
 * around a PERSON finding (brands.ts). After editing the list, run `npm run build:names`: the lookup
 * tables (brands-table.ts) are generated from it, so a Worker's first request builds nothing.
 */
export const BRAND_PHRASES = `lufthansa|british airways|air india|air france|qatar airways|singapore airlines|turkish airlines|virgin atlantic|aer lingus|
charles de gaulle|paris-charles de gaulle|john f. kennedy|john f kennedy|madrid-barajas|madrid-barajas adolfo suárez|madrid-barajas adolfo suarez|
adolfo suárez madrid-barajas|adolfo suarez madrid-barajas|frédéric chopin|fryderyk chopin|lech wałęsa|lech walesa|indira gandhi international|
rajiv gandhi international|chhatrapati shivaji maharaj|kempegowda international|netaji subhas chandra bose international|
sardar vallabhbhai patel international|leonardo da vinci-fiumicino|
christ the king|jesus christ|jai shri krishna|jai shree krishna|jai sri krishna|jai shri ram|jai shree ram|jai mata di|radhe radhe|ma durga|
durga saptashati|sahasranama archana|lalitha sahasranama|vishnu sahasranama|hanuman chalisa|satyanarayan katha|satyanarayan puja|
dijkstra's algorithm|dijkstra’s algorithm|bayes' theorem|bayes theorem|grace hopper track|hack the monsoon|
cocker spaniel|golden retriever|german shepherd|french bulldog|jack russell|labrador retriever|yorkshire terrier|border collie|great dane|
cane corso|bernese mountain dog|shih tzu|lhasa apso|maine coon|
dell latitude|dell optiplex|dell inspiron|dell precision|dell vostro|dell xps|macbook|macbook air|macbook pro|mac mini|
nehru jacket|nehru jackets|nehru collar|harris tweed|vitale barberis canonico|vitale barberis|usha janome|georgette|prince of wales check|
pantalon chino|pantalón chino|peter pan collar|peter pan collars|raymond suit|raymond suits|raymond suiting|raymond ka suit|raymond fabric|
raymond fabrics|raymond label|raymond shop|
swift dzire|maruti swift|driver ed|drivers ed|driver's ed|starostwo powiatowe|
für elise|fur elise|
frontend dev|backend dev|fullstack dev|full-stack dev|full stack dev|web dev|mobile dev|android dev|ios dev|python dev|java dev|
senior dev|junior dev|lead dev|game dev|
el jurado|del jurado|al jurado|
sweet caroline|billie jean|mr. brightside|mr brightside|kala chashma|london thumakda|hey jude|mrs robinson|mrs. robinson|
granny smith|jonagold|pink lady|
kundli milan|kundali milan|mario kart|super mario|
jane eyre|anna karenina|don quijote|don quixote|le petit prince|amar chitra katha|sherlock holmes|hercule poirot|oliver twist|
madame bovary|effi briest|pan tadeusz|anne of green gables|szkoła podstawowa|
ralph lauren|calvin klein|tommy hilfiger|louis vuitton|louis philippe|van heusen|allen solly|peter england|hugo boss|
yves saint laurent|yves rocher|christian dior|giorgio armani|emporio armani|dolce & gabbana|dolce&gabbana|marks & spencer|johnson & johnson|
procter & gamble|morgan stanley|goldman sachs|wells fargo|charles schwab|merrill lynch|estée lauder|estee lauder|marie claire|
victoria's secret|ray-ban|sherwin-williams|mercedes-benz|rolls-royce|aston martin|harley-davidson|johnnie walker|jack daniel's|
tim hortons|walt disney|ben & jerry's|wendy's|mcdonald's|papa john's|papa johns|leo burnett|jimmy kimmel live|lakmé|lakme|ruby hall|ruby hall clinic|tikka masala|chicken tikka masala|rogan josh|mutton rogan josh|eggs florentine|hapag-lloyd|hapag lloyd|meta business|meta platforms|meta ads|kellogg's|dr. reddy's|dr reddy's|dr. lal pathlabs|john deere|johnson controls|
ace hardware|coco chanel|jimmy choo|michael kors|kate spade|tory burch|steve madden|ford figo|ford ecosport|ford endeavour|ford mustang|
ford fiesta|ford focus|maruti suzuki|tata motors|tata steel|tata consultancy|tata projects|bajaj finserv|bajaj auto|mahindra finance|
aditya birla|ray ban|johns hopkins|max fashion|max healthcare|max hospital|dr.max|mont blanc|william penn|peter pan|
benjamin moore|paul smith|ted baker|karl lagerfeld|vera wang|oscar de la renta|salvatore ferragamo|valentino garavani|
carolina herrera|massimo dutti|kalyan jewellers|pierre cardin|martha stewart|stan smith|tommy bahama|calvin klein jeans|
jackson hewitt|paul mitchell|jean paul gaultier|giorgio armani beauty|elizabeth arden|helena rubinstein|sai baba|shirdi sai|
durga puja|lakshmi puja|laxmi puja|saraswati puja|kali puja|ganesh puja|chhath puja|vishwakarma puja|guru nanak jayanti|
mahavir jayanti|hanuman jayanti|ambedkar jayanti|gandhi jayanti|ram navami|buddha purnima|guru purnima|krishna janmashtami|
durga ashtami|ganesh chaturthi|karva chauth|raksha bandhan|maha shivratri|makar sankranti|guru nanak dev jayanti|
saint-valentin|saint valentin|san valentín|san valentin|san valentino|saint patrick|ashok leyland|
thomas cook|jim corbett|goldman sachs marcus|marcus by goldman sachs|vodafone idea|
caesar salad|ensalada césar|ensalada cesar|salade césar|salade cesar|insalata caesar|eggs benedict|beef wellington|peach melba|
pêche melba|peche melba|melba toast|fettuccine alfredo|fettucine alfredo|pizza margherita|margherita pizza|bacalhau à gomes de sá|
bacalhau a gomes de sa|bacalhau à brás|bacalhau a bras|beef stroganoff|waldorf salad|tarte tatin|crêpes suzette|crepes suzette|
oysters rockefeller|chicken à la king|cobb salad|salisbury steak|reuben sandwich|earl grey|burger king|raj kachori|kalyan sona|
sardarji dhaba|sat sri akal|sat shri akal|christmas eve|new year's eve|new years eve|nehru yuva kendra|ramakrishna mission|
mercedes c-class|mercedes e-class|mercedes s-class|mercedes a-class|ernst & young|ernst and young|bon de commande|
tata nexon|tata punch|tata tiago|tata tigor|tata harrier|tata safari|tata altroz|tata ace|tata indica|tata nano|tata sumo|
kia seltos|kia sonet|kia carens|kia carnival|kia sportage|ford bronco|ford maverick|ford puma|ford ranger|ford explorer|
ford escape|ford transit|ford kuga|ford mondeo|ford edge|ford expedition|ford aspire|ford freestyle|alfa romeo|alfa romeo giulia|
alfa romeo stelvio|alfa romeo tonale|alfa romeo giulietta|alfa romeo spider|ferrari roma|ferrari roma spider|bajaj pulsar|
bajaj platina|bajaj chetak|bajaj avenger|bajaj dominar|hero splendor|hero passion|hero glamour|mercedes gla|mercedes glc|
mercedes gle|land rover defender|range rover evoque|range rover velar|lamborghini aventador|tata power|tata power solar|
mahanagar gas|con edison|schneider electric|saunier duval|surya ghar|aquaguard aura|otis elevator|otis elevators|surya namaskar|ford f|hyatt|grand hyatt|hyatt regency|hilton|radisson|radisson blu|marriott|marriott marquis|novotel|sheraton|westin|oberoi|lemon tree|four seasons|holiday inn|ritz-carlton|bella vita|lucia pesto|kufri jyoti|kufri pukhraj|thompson seedless|pusa vishal|pusa basmati|lady rosetta|maris piper|granny smith|pink lady|kent mango|swami vivekananda|martin luther king|b. r. ambedkar|b r ambedkar|dr. ambedkar|abbé pierre|abbe pierre|jana pawła|mother teresa|mahatma gandhi|nelson mandela|rabindranath tagore|sardar patel|subhas chandra bose|san judas tadeo|dom pedro|santiago de compostela|our lady of guadalupe|our lady of lourdes|our lady of fatima|our lady of fátima`;

/** FNV-1a of text[start, end), ASCII letters lowercased, as a small integer. */
export function brandWordHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    h = Math.imul(h ^ (c >= 65 && c <= 90 ? c | 32 : c), 0x01000193);
  }
  return h & 0x3fffffff;
}

/** The sieve's slot of the two letters at text[i]: (first & 31) * 32 + (second & 31). */
export const brandShapeSlot = (s: string, i: number): number => ((s.charCodeAt(i) & 31) << 5) | (s.charCodeAt(i + 1) & 31);

export interface BrandTable {
  /** The brands, lowercase. */
  names: string[];
  /** Per brand word: its hash, its brand's index and its offset in the brand, sorted by hash. */
  words: number[];
  /** Sieve slots and their length bits: bit n of a slot says a brand word of n letters starts with those two letters. */
  shapes: number[];
}

/** The lookup tables of a list of brands ('|' between them); `npm run build:names` writes them out. */
export function brandTable(phrases: string): BrandTable {
  const names = phrases.split('|').map((p) => p.trim()).filter(Boolean);
  const entries: [number, number, number][] = [];
  const shapes = new Map<number, number>();
  names.forEach((brand, b) => {
    for (const m of brand.matchAll(/[a-z\u00c0-\u024f]+/g)) {
      entries.push([brandWordHash(m[0], 0, m[0].length), b, m.index]);
      const slot = brandShapeSlot(m[0], 0);
      shapes.set(slot, (shapes.get(slot) ?? 0) | (1 << Math.min(m[0].length, 31)));
    }
  });
  entries.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
  return { names, words: entries.flat(), shapes: [...shapes].sort((x, y) => x[0] - y[0]).flat() };
}
