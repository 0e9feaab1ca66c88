import { describe } from 'vitest';
import { keeps, probeLines, removes } from './docs.js';
import { AR_DIALECT_HATE, AR_DIALECT_INNOCENT } from './hate-arabic-dialects-arabizi.data.js';

/**
 * Arabic and Arabizi hate in the dialects and spellings members write it in, beside innocent twins in the same frames
 * (hate-arabic-dialects-arabizi.data.ts), through the scorer as it ships. The lines not read yet are listed with why; one that
 * starts being read moves out of the list.
 */
const NOT_YET_READ = new Set([
  // A likeness, a place or a burden in Arabizi, words a skeleton of two consonants names ("sud", "ard"), an adjective
  // whose inflected form the grammar does not list ("qathirun"), a group after "kull" or written without the article.
  'el sood zay el erood', 'el mara makanha el matbakh', 'el mithliyeen shawaz w qathrin', 'al yahood qathirun', 'al lajioon la yastahiqqun al 7aya',
  'kull al sud aghbiya', 'el mu3aqin 3ala 3al mogtama3', 'el mara mlhash lazma gher el matba5', 'el sha3b el soori 7aramiya',
  'el niswen ma btefhamo shi', 'el 7areem ma yfahmoon shay', 'nsa kamlin 7mir', 'lmithliyin mrad w khasshom ytsjnu', 'l3rab kamlin 7mir',
  'el lajieen bas 3ayshin 3ala 7sabna', 'mish 3ayzeen sood fi baladna', 'ma fi wa7ad men el souriyeen mnee7', 'min biyitgawez wa7da sooda?',
  // "yahudi" is romanised Hindi's word: Arabizi reads it only after the article, by skeleton ("el yahudi").
  'mafish yahudi muhtaram',
  // One of a group in the singular (ست، سوري، شيعي، افريقي، هندي، معاق) is no group word: it is how members name themselves.
  'مافيش ست بتفهم', 'مفيش ست عندها عقل', 'ولا سوري بيفهم', 'ولا واحد من السود نضيف', 'ما شفت يهودي امين بحياتي', 'عمري ما شفت لاجئ نضيف',
  'مستحيل تلاقي شيعي محترم', 'مفيش افريقي بيفهم', 'مافي هندي نظيف', 'ولا معاق بينفع لشي',
  // "بكره" is also "tomorrow" ("بكره المثليين عندهم مسيرة").
  'بكره اليهود', 'بكره المثليين موت', 'والله بكره الافارقة',
  // Questions without a question word before the verb, or asking only for use.
  'في حد بيصدق الشيعة؟', 'هل في يهودي مش خاين؟', 'شو فايدة المعاقين؟',
  // Hate said without its word: blame, roles, places and burdens.
  'النساء خلقوا للطبخ والخلفة بس', 'كل مصيبة وراها يهودي',
  'المثلية مرض لازم علاج', 'السود مكانهم الحقول', 'الست مكانها البيت وبس', 'el mara makanha el beit', 'المعاقين حمل على اهلهم والدولة',
  'المثليين؟ دول مرضى ولازم يتعالجوا', 'بصراحة النسوان ما بيفهموا', 'انا شايف ان السود اقل مننا', 'الحقيقة المرة ان المثليين مرضى',
  // Words the grammar does not hold as contempt ("عبيد", "جرب": also "tried"), a call in
  // the first person plural with the group between "get out" and "of our country".
  'السوود عبيييد', 'اللاجئين جرب', 'لازم نطلع السود من بلدنا',
  // Innocent lines still removed: "thieves" denied in Arabizi read by the profanity lexicon, counter-speech in Arabizi,
  // "rights" read as a threat's word, "bokra" (tomorrow) beside the group.
  'el lajieen msh haramiya', 'elli bey2ool el niswan aghbiya howa el ghabi', 'el nisa2 3andohom 7o2o2', 'bokra ha-zoor el yahood fi el ma3bad ma3 el tour',
]);
const read = (rows: ReadonlyArray<readonly [string, string]>) => probeLines(rows, NOT_YET_READ);

describe('Arabic and Arabizi hate in the dialects and spellings members use', () => removes(read(AR_DIALECT_HATE)));
describe('innocent Arabic and Arabizi in the same frames', () => keeps(read(AR_DIALECT_INNOCENT)));

// The constructions read since this probe, each beside innocent lines that share its words.
describe('Arabizi without digits: the group after the article, in the dialects and in Standard Arabic', () => {
  removes(['el nisa nagasa', 'el lajiin zbala', 'ana akrah el yahood', 'el shia kuffar', 'al muhajirun mujrimun', 'inna al mithliyun marda']);
  keeps(['ana akrah el zahma', 'el lajieen me7tageen mosa3da', 'al muslimoon yasoomoon fi ramadan', 'el musulmán es mi vecino', 'il musulmano è un uomo gentile']);
});
describe('the Levantine "ما" before the present negates what is said of the group before it, unless it ranks them first', () => {
  removes(['المثليين بيقرفوني', 'ما بيقرفني شي قد المسلمين', 'ما بحتقر حدا اكتر من المسلمين']);
  keeps(['المثليين ما بيقرفوني']);
});
describe('a good word that completes the word of contempt is not a good thing denied', () => {
  removes(['النساء ناقصات عقل']);
  keeps(['النساء لسن ناقصات عقل', 'النساء مش ناقصات عقل', 'النساء ليسوا ناقصات عقل']);
});
describe('"not" and "there is no" in the Levantine and Gulf dialects deny a good thing', () => {
  removes(['ما في يهودي محترم', 'السود مو بشر اصلا', 'mafish yahoudi muhtaram']);
  keeps(['ما في محل محترم بالحارة', 'مافي مشكلة مع اليهود', 'السود مو عبيد']);
});
describe('feelings that cannot bear a group or sicken at the sight of it, and who would marry or trust one', () => {
  removes(['ما بطيق السوريين', 'نفسي اتقيا لما اشوف مثليين', 'مين بيتجوز سودا؟', 'مين يثق بيهودي؟', 'meen byetjawaz mithli?']);
  keeps(['ما بطيق الحر', 'نفسي اتقيا من ريحة السمك', 'مين بيتجوز الشهر الجاي؟', 'مين بيساعد اللاجئين؟']);
});
describe('a long vowel written twice is read once', () => {
  removes(['اليهوود كلاااب', 'اليهود خنازيير', 'السوريين خنازيير']);
  // ي doubled before the last ن is the nisba plural's own.
  keeps(['الطاووس حيوان جميل', 'داوود صاحبي', 'المصريين طيبين', 'الخنازيير في المزرعة', 'اللاجئين مش خنازيير']);
});
describe('Arabizi claims no word another romanised reading owns', () => {
  // Hindi's "yahudi" with its i written "!" stays Hindi's; an Arabizi "yahudi" is read after the article, where the text says Arabizi.
  removes(['y@hud! k!d€ hain', 'yahud! kide hain', 'el yahudi wes5in', 'ana akrah el yahudi']);
  keeps(['yahudi tyohar mubarak ho', 'el yahudi gari 3azamni 3al 3asha']);
  // Arabizi's digits are its spelling ("shi3i" reads "shiei"): no pinyin syllable a letter short of that reading ("shei", who) is one.
  removes(['shei hui gu yong yi ge tong xing lian', 'el shi3i wes5in']);
  keeps(['shei hui lai chi fan', 'ni shi shei?']);
});
describe('what is taken from us, blame for every misfortune, beggars, and God asked to rid us of a group', () => {
  removes(['الاجانب سارقين شغلنا', 'اللاجئين ياكلوا من خيرنا', 'المهاجرين بياكلوا خيرنا', 'اليهود ورا كل مصيبة', 'اللاجئين سبب كل المشاكل', 'النساء اصل كل شر', 'السوريين شحادين', 'يا رب تخلصنا من المثليين', 'لازم نتخلص من المسلمين']);
  keeps([
    // No group, the group denied it, or the claim reported and rejected.
    'الحرامية سرقوا فلوسنا', 'الفقر ورا كل مصيبة', 'الطمع اصل كل شر', 'الاجانب مش سارقين شغلنا', 'السوريين مش شحادين', 'مش صحيح ان اليهود ورا كل مصيبة',
    'مين قال ان اللاجئين سارقين شغلنا؟ ده كلام فاضي', 'الاجانب ساعدونا نلاقي شغلنا', 'يا رب تخلصنا من الحر',
    // The definite noun before the blame is its subject; the group after it is whom the misfortune befalls.
    'الحرب سبب كل مصيبة للاجئين', 'الاحتلال ورا كل مصيبة بيعيشها الفلسطينيين', 'الحرب سبب كل المشاكل اللي بيعيشها اللاجئين',
    // Hatred between the call and the group is what is to go (kept on main only for العنصرية).
    'يا رب تخلصنا من كره المسلمين', 'لازم نتخلص من كره المسلمين', 'لازم نخلص من العنصرية ضد السود',
  ]);
});
