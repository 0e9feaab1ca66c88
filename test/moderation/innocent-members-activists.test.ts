import { describe } from 'vitest';
import { keeps, probeLines, removes } from './docs.js';
import { MEMBERS_HARMFUL, MEMBERS_INNOCENT } from './innocent-members-activists.data.js';

/**
 * Bios by members of the groups hate is aimed at and by those who fight it, in 14 languages (issue 17), beside the same
 * words used as abuse at the group (innocent-members-activists.data.ts): through the scorer as it ships. The lines it
 * does not read right yet are listed here with why, so the rest must stay as they are; one that starts being read
 * right moves out of the list.
 */
const NOT_YET_READ = new Set([
  // Innocent lines still removed: news of violence told by another detector's words, a collective named by its reclaimed
  // word before its colon, a slur inside a quoted cry at the writer's father, a noun of killing in an Arabic headline.
  'I am so tired of the news. Another mass shooting, another politician blaming mental illness, and nothing changes. When will people wake up and pass real gun laws? The victims deserve better than thoughts and prayers.',
  'My brother served two tours and came home broken. The VA is a disgrace, the waiting lists are killing veterans, and nobody in Congress gives a damn.',
  'People keep saying gay people are a threat to children. That lie has been used for fifty years and it is still a lie. My husband and I foster kids.',
  'After 9/11 men shouted "towelhead, go home" at my dad outside his shop. He kept the shop open and fed the firefighters.',
  'Gouines en colère : collectif féministe, on se retrouve le jeudi.',
  '记者，报道极端主义：我读那些号召杀死移民的论坛，替你们揭露。',
  'جريمة قتل امرأة أخرى هذا الأسبوع. سئمت من وصف الإعلام لها بأنها "جريمة شرف". إنها جريمة قتل.',
  // Hearing it said, with the writer as the hearer: a first-person verb before a report is read as the writer's claim.
  'Na infância eu ouvia que os negros eram preguiçosos. Hoje sou doutora.',
  // Harm in constructions no grammar reads yet: a bare comparison of worth, a cry of death with a dative, a name for
  // vermin in a Turkish copula, an order sent back without a verb of going the grammars hold.
  'Tutsi are cockroaches.',
  'Inmigrantes, volved a vuestro país.',
  'Gay é doente.',
  'Refugiado, volta pro seu país.',
  'Tornatene al tuo paese, negro.',
  'Смерть геям.',
  'Женщины хуже мужчин.',
  'الموت للاجئين.',
  'النساء أقل من الرجال.',
  '女性は男性より劣っている。',
  'औरतें मर्दों से कम हैं।',
  'aurten mardon se kam hain.',
  'Müslümanlar haşeredir.',
  'Eşcinsellere ölüm.',
  'Kadınlar erkeklerden aşağıdır.',
  'Suriyeliler ülkenize dönün.',
]);

describe('bios by members, activists and educators, in 14 languages', () => keeps(probeLines(MEMBERS_INNOCENT, NOT_YET_READ)));
describe('the same words used as abuse at the group', () => removes(probeLines(MEMBERS_HARMFUL, NOT_YET_READ)));

// The constructions read since this probe, each beside the abuse that shares its words.
describe('a slur the writer was called, the calling beside it in the order of the language', () => {
  keeps([
    'In der Schule wurde ich jeden Tag Schwuchtel genannt. Heute leite ich Workshops gegen Mobbing.',
    'Man hat mich in der U-Bahn als Kanake beschimpft.',
    'Ik werd in de tram uitgescholden voor vuile Marokkaan.',
    'W szkole codziennie wyzywano mnie od pedałów.',
    'В школе меня каждый день называли пидором.',
    'Okulda bana her gün ibne diyorlardı.',
  ]);
  // The writer calling another, or no writer called: the name is aimed.
  removes(['Ich habe ihn Schwuchtel genannt, weil er eine ist.', 'man hat ihn als Kanake beschimpft und das war richtig', 'nazywano ich pedałami', 'Du bist eine Schwuchtel.']);
});
describe('a reclaimed word joined to pride by "and", or after "we are the"', () => {
  keeps(['Marica y orgulloso, peluquero en Lavapiés desde 2010.', 'Schwuchtel und stolz drauf, Friseur in Köln seit 2011.', 'Wir sind die Kampflesben vom FC St. Pauli Frauenfußball.']);
  removes(['Eres una marica y das asco.', 'Schwuchteln sind widerlich.', 'Ihr seid die Schwuchteln, die wir hier nicht wollen.']);
});
describe('how others depicted a group, told by those who study it', () => {
  keeps([
    'Historikerin: Ich erforsche, wie die NS-Propaganda Juden als Ratten darstellte.',
    'Storica: studio come la propaganda fascista descriveva gli ebrei come parassiti.',
    'Ik onderzoek hoe de nazipropaganda Joden als ratten afschilderde.',
    'Badam, jak propaganda przedstawiała Żydów jako szczury.',
    'ナチスの宣伝がユダヤ人をネズミと呼んだ歴史を研究しています。',
    'Nazi propagandasının Yahudileri nasıl fare diye anlattığını araştırıyorum.',
    'Minha avó ouvia que índio era preguiçoso. Ela criou nove filhos.',
    'The shooter posted that Jews were destroying the country.',
    'The idea that disabled people are a burden killed thousands in the 1940s.',
  ]);
  // The writer's own saying or calling stays theirs.
  removes([
    'Juden sind Ratten.',
    'मैंने हमेशा कहा है कि मुसलमान कीड़े हैं',
    'Suriyeliler defolsun diye bağırıyoruz',
    '移民はゴキブリだと呼ぶべきだ',
    'I wrote it before: immigrants are rats',
    'Imigrante é uma praga.',
  ]);
});
describe('violence told as a headline, its doer after it', () => {
  keeps(['Weer een vrouw vermoord door haar ex deze week.']);
  removes(['Alle vrouwen moeten vermoord worden.', 'Man sollte alle Ausländer töten.']);
});
