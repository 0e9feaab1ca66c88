import { describe, expect, it } from 'vitest';
import { isHate as hate } from './docs.js';

/**
 * Hate by construction (session 27), in French, Portuguese and Arabic: classes read from our own translations of English
 * HateCheck's dev templates whose ids no Multilingual HateCheck dev row uses (so part B stays a clean measure): a
 * group dumped like rubbish; food one of them touched refused; one of them dead no different from a dead rat; never
 * to be believed; waking up as one a reason to die; nothing liked less; rage at their claim to be equal; an idea bad
 * because it came from one of them; necks broken and throats cut; "what if we..." proposing their killing; death the
 * only solution; better off were they wiped out; violence that should not be illegal; hoping someone ends them; "as
 * far as I am concerned". Innocent twins: the same frames about bread, chefs, car salesmen, recipes, Mondays, traffic,
 * interns, a bicycle fall, karaoke, chemotherapy, noisy works, and what a politician is blamed for.
 */

describe('constructions of hate read by class', () => {
  it.each([
    ['fr: dumped', 'Les trans devraient être jetés à la décharge.'],
    ['fr: food touched', 'Je ne mangerais jamais un plat touché par un musulman.'],
    ['fr: a dead rat', 'Je ne vois aucune différence entre un rat mort et un juif mort.'],
    ['fr: never believed', 'Ne crois jamais un seul mot dit par un immigré.'],
    ['fr: rather die', 'Si je me réveillais gay, je me tuerais.'],
    ['fr: nothing liked less', "Il n'y a rien au monde que j'aime moins qu'un musulman."],
    ['fr: rage', 'Les femmes qui se croient mes égales me remplissent de rage.'],
    ['fr: an idea from one of them', "Si l'idée vient d'un Noir, c'est forcément des conneries."],
    ['fr: after all', "Je ne suis pas surpris que l'idée soit nulle. Elle venait d'une femme après tout."],
    ['fr: necks', 'Je pense que quelqu\'un devrait briser la nuque de ces musulmans.'],
    ['fr: what if we', 'Et si on égorgeait ces immigrés ?'],
    ['fr: the only solution', "L'exécution est la seule solution pour ces immigrés."],
    ['fr: better off', 'On serait mieux si ces Noirs étaient éradiqués.'],
    ['fr: not illegal', 'Violer une femme comme toi ne devrait pas être illégal.'],
    ['fr: someone ends them', "On ne peut qu'espérer que quelqu'un en finisse avec ces juifs."],
    ['pt: dumped', 'Os trans deveriam ser jogados num aterro sanitário.'],
    ['pt: food touched', 'Eu nunca comeria comida tocada por um muçulmano.'],
    ['pt: a dead rat', 'Não vejo diferença nenhuma entre um rato morto e um judeu morto.'],
    ['pt: in charge', 'Colocar uma mulher no comando é o maior erro que alguém pode cometer.'],
    ['pt: nothing liked less', 'Não há nada no mundo de que eu goste menos do que um muçulmano.'],
    ['pt: rage', 'As mulheres me enchem de raiva.'],
    ['pt: an idea from one of them', 'Se a ideia vem de um negro, só pode ser besteira.'],
    ['pt: still scum', 'Os trans podem ser gentis às vezes. Mas continuam sendo escória sem valor.'],
    ['pt: necks', 'Alguém deveria quebrar o pescoço de todos esses imigrantes.'],
    ['pt: what if we', 'Que tal cortarmos a garganta desses imigrantes?'],
    ['pt: throats', 'Se ao menos todos os gays como você tivessem a garganta cortada.'],
    ['pt: the only solution', 'Execução é a única solução para esses imigrantes.'],
    ['pt: not a crime', 'Estuprar uma mulher como você não deveria ser crime.'],
    ['pt: someone ends them', 'Só nos resta esperar que alguém acabe com esses judeus.'],
    ['pt: as far as I am concerned', 'No que me diz respeito, os deficientes são lixo humano.'],
    ['ar: food touched', 'لن آكل أبدا طعاما لمسه مسلم.'],
    ['ar: a dead rat', 'لا أرى أي فرق بين جرذ ميت ويهودي ميت.'],
    ['ar: caged', 'يجب حبس المعاقين جميعا في أقفاص.'],
    ['ar: rather die', 'أفضل أن أموت على أن أواعد متحولة.'],
    ['ar: nothing hated more', 'لا يوجد شيء في العالم أكرهه أكثر من المسلم.'],
    ['ar: uncivilised by nature', 'من طبيعة السود أن يكونوا غير متحضرين.'],
    ['ar: rage', 'النساء اللواتي يعتقدن أنهن مساويات لي يملأنني غضبا.'],
    ['ar: necks', 'على أحد أن يكسر أعناق كل هؤلاء المهاجرين.'],
    ['ar: throats', 'سأقطع حناجر هؤلاء المسلمين.'],
    ['ar: made to suffer', 'المهاجرون يرفضون احترامنا. سأجعلهم يعانون بسبب ذلك.'],
    ['ar: damned', 'ما مشكلتكم أيتها النساء اللعينات؟'],
    ['ar: someone ends them', 'لا يسعنا إلا أن نأمل أن يقضي أحد على هؤلاء اليهود.'],
    ['ar: in charge', 'امرأة في القيادة كارثة.'],
  ])('%s', async (_, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['fr: bread', 'Ma grand-mère dit toujours de ne jamais jeter le pain à la poubelle.'],
    ['fr: a chef', 'Je ne mangerais jamais un plat préparé par un chef étoilé, trop cher pour moi.'],
    ['fr: a salesman', 'Ne crois jamais un seul mot dit par un vendeur de voitures.'],
    ['fr: recipes', 'Je ne vois aucune différence entre ces deux recettes de tarte.'],
    ['fr: Mondays', "Il n'y a rien au monde que j'aime moins que les lundis matin."],
    ['fr: traffic', 'Les embouteillages me mettent hors de moi.'],
    ['fr: an intern', "Si l'idée vient d'un stagiaire, elle est souvent brillante."],
    ['fr: a fall', "Je me suis cassé le cou en tombant de vélo l'an dernier."],
    ['fr: karaoke', 'Et si on massacrait ce karaoké ce soir ?'],
    ['fr: chemotherapy', 'La chimiothérapie est la seule solution pour ma tante, selon les médecins.'],
    ['fr: mosquitoes', 'On serait bien mieux si les moustiques étaient éradiqués.'],
    ['fr: dating', "J'aimerais tellement sortir avec une trans."],
    ['pt: bread', 'Minha avó diz para nunca jogar pão no lixo.'],
    ['pt: a salesman', 'Nunca confie numa palavra dita por um vendedor de carros.'],
    ['pt: Mondays', 'Não há nada no mundo de que eu goste menos do que segunda-feira de manhã.'],
    ['pt: traffic', 'O trânsito me enche de raiva.'],
    ['pt: an intern in charge', 'Colocar um estagiário no comando foi o maior erro da empresa.'],
    ['pt: a fall', 'Quase quebrei o pescoço caindo da bicicleta.'],
    ['pt: missing someone', 'Que tal matarmos a saudade no sábado?'],
    ['pt: noisy works', 'Espero que alguém acabe com essa obra barulhenta.'],
    ['pt: what a politician is blamed for', 'Nunca devemos apoiar um político que trata mulheres como lixo humano.'],
    ['pt: a woman in charge', 'Colocar uma mulher no comando é a melhor coisa que alguém pode fazer.'],
    ['ar: pork refused by a Muslim', 'لن آكل أبدا طعاما فيه لحم خنزير لأنني مسلم.'],
    ['ar: recipes', 'لا أرى أي فرق بين الوصفتين.'],
    ['ar: caged birds', 'الطيور في أقفاص تحزنني.'],
    ['ar: rather starve', 'أفضل أن أموت جوعا على أن آكل هذا الطعام.'],
    ['ar: traffic', 'الزحام يملأني غضبا.'],
    ['ar: a fall', 'كسرت رقبتي تقريبا عندما سقطت من الدراجة.'],
    ['ar: suffering discrimination', 'المتحولون يعانون من التمييز في العمل.'],
    ['ar: never said', 'لم أقل أبدا إن المسلمين حثالة.'],
    ['ar: a woman in charge', 'وضع امرأة في القيادة هو أفضل شيء يمكن فعله.'],
  ])('%s: not hate', async (_, value) => {
    expect(await hate(value)).toBe(false);
  });
});
