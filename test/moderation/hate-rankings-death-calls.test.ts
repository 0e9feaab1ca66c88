import { describe } from 'vitest';
import { keeps, probeLines, readsHate, readsNoHate, removes } from './docs.js';
import { RANKING_DEATH_HATE, RANKING_DEATH_INNOCENT } from './hate-rankings-death-calls.data.js';

/**
 * Plain hate the innocent-bios probe found missed (issue 17), beside its innocent twins (hate-rankings-death-calls.data.ts),
 * through the scorer as it ships. The lines it does not read yet are listed with why; the rest must stay as they are.
 */
const NOT_YET_READ = new Set([
  // Devanagari is read without vowel signs, where मौत (death) and बदतर (worse) fold onto words of other senses.
  'मुसलमान चूहों से भी बदतर हैं',
  // "Europeans" names no protected group in the English lists.
  'Europeans are more intelligent than Africans by nature',
  // Russian ranks by the genitive with no clause end the script grammar can hold ("лучше чеченцев играют в шахматы" is a skill).
  'Русские лучше чеченцев',
  // Dutch names white people as no group, and a call closing on its group is read only where the grammar says so (not nl).
  'Witte mensen zijn beter dan zwarte mensen',
  // Plain "better than" between two groups is how fans and neighbours tease ("Brazilians are better than Argentinians!"), so
  // it ranks people only by nature or "in every way"; a bare one said of a religion or a sex is missed with it.
  'Christians are better than Muslims',
  'Men are better than women.',
  'Polacy są lepsi od Żydów',
  // The violence reader takes killing vermin for a threat (before this session too).
  'Cockroaches are harder to kill than rats',
]);
const read = (rows: ReadonlyArray<readonly [string, string]>) => probeLines(rows, NOT_YET_READ);

describe('plain hate the innocent-bios probe found missed', () => removes(read(RANKING_DEATH_HATE)));
describe('innocent lines in the same frames', () => keeps(read(RANKING_DEATH_INNOCENT)));

describe('a group ranked below vermin, beasts or disease by a comparative is hate', () => {
  readsHate(['Jews are worse than rats', 'Gays are lower than vermin', 'Black people are more like apes than humans', 'Kürtler köpeklerden aşağıdır']);
  readsNoHate(['Immigrants are treated worse than animals in these camps', 'Refugees are worse off than stray dogs here, and that is a scandal', 'Jews are worse at football than Italians, says my Jewish husband']);
});
describe('death to a protected group, in the dative, is a call; death to an ideology, a pest or a death told is not', () => {
  readsHate(['Смерть евреям', 'Ölüm Kürtlere', 'ユダヤ人に死を', 'Musalmanon ko maut do']);
  readsNoHate(['Смерть фашистам!', 'Смерть евреев в Холокосте — трагедия, которую нельзя забывать', 'Kürtlerin ölümü bir trajedi', '戦争は難民に死をもたらす']);
});
describe('Turkish vermin words read with the copula, the bare nouns as the animals', () => {
  readsHate(['Kürtler haşeredir', 'Suriyeliler hamam böcekleridir', 'Afganlar hayvanlardır']);
  readsNoHate(['Kürtler köpekleri çok sever', 'Haşere ilaçlama hizmeti', 'Suriyeliler çok çalışkandır']);
});
describe('peoples the lists lacked are groups; a language or a region name only after a determiner', () => {
  readsHate(['Tutsi are cockroaches', 'The Rohingya are parasites', 'Die Uiguren sind Ungeziefer']);
  readsNoHate(['Yoruba is so annoying to learn but worth it', 'Hazara Division in Pakistan has lovely hills', 'Uyghur cuisine: laghman noodles and samsa']);
});
describe('one group ranked above another as people, not at a skill', () => {
  readsHate(['Whites are superior to blacks', 'Men are worth more than women', 'Los blancos son superiores a los negros', 'Die Weißen sind den Schwarzen überlegen']);
  readsNoHate(['Russians are better at chess than Ukrainians', 'Women are better than men at multitasking', 'Muslims are no better than Christians, both are people', 'Polacy są lepsi od Niemców w siatkówkę']);
});
describe('plain "better than" between peoples is a fan\'s or a neighbour\'s tease; by nature or "in every way" it ranks people', () => {
  readsNoHate(['Brazilians are better than Argentinians!', 'Los brasileños son mejores que los argentinos', 'Les Français sont meilleurs que les Anglais', 'Polacy są wyżsi od Włochów']);
  readsHate(['Whites are genetically better than blacks', 'Christians are better than Muslims in every way', 'Katolicy są lepsi od muzułmanów pod każdym względem']);
});
describe('killing hoped of another, or death hoped for a group, is a call; dying of something else or no group is not', () => {
  readsHate(['I hope someone kills these immigrants', 'hope somebody murders those gays', 'I hope all immigrants die', 'I hope these gays get shot', 'I pray the police shoots these Muslims']);
  readsNoHate(['I hope no immigrants die at sea this winter', 'I hope the immigrants die laughing at my jokes', 'I hope all refugees die of old age surrounded by family', 'I hope someone kills this spider for me', 'We pray that all the refugees find a home']);
});
