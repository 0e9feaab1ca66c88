import { describe, expect, it } from 'vitest';
import { isHate as hate } from './docs.js';

/**
 * French, Portuguese and Arabic hate by construction class (session 21), from a probe written for the classes Multilingual
 * HateCheck's part B misses most (negative attributes, negated praise, questions, implied contempt): a right or a mind
 * denied, "nobody / nothing / no people is as ... as X", "never met one who was not ...", why they do not vanish, why we
 * still let them live here, a beast or a shoe wiser or cleaner than one of them, not yet down from the trees (in Arabic
 * script and Arabizi); and their innocent twins. Sentences are our own, not Multilingual HateCheck's.
 */

describe('French, Portuguese and Arabic hate by construction class', () => {
  it.each([
    ['fr: no right to be here', "Les réfugiés n'ont aucun droit d'être ici."],
    ['fr: nothing in their heads', "Les femmes n'ont rien dans la tête."],
    ['fr: no people is as ... as X', "Aucun peuple n'est aussi hypocrite que les juifs."],
    ['fr: never met one who was not ...', "Je n'ai jamais rencontré une femme qui ne soit pas idiote."],
    ['fr: why do they not vanish', 'Pourquoi les gays ne disparaissent-ils pas une bonne fois pour toutes ?'],
    ['fr: why do we still let them live here', 'Pourquoi laisse-t-on encore les juifs vivre ici ?'],
    ['fr: who still thinks them human', 'Qui pense encore que les Noirs sont des humains ?'],
    ['fr: vile after a copula', 'Les femmes sont viles.'],
    ['pt: no right to be here', 'Os refugiados não têm direito de estar aqui.'],
    ['pt: not to be treated as people', 'Os trans não merecem ser tratados como gente.'],
    ['pt: nothing in the head', 'Mulher não tem nada na cabeça.'],
    ['pt: nothing more pathetic than one of them', 'Não existe nada mais patético que um imigrante.'],
    ['pt: never met one who was not ...', 'Nunca conheci uma mulher que não fosse burra.'],
    ['pt: why do they not vanish', 'Por que os gays não somem de uma vez?'],
    ['pt: why do we still let them live here', 'Por que ainda deixamos os judeus viverem aqui?'],
    ['pt: a thief in the singular', 'Imigrante sempre vai ser ladrão.'],
    ['ar: of no use to the country', 'المهاجرين مش بيفيدوا البلد في اي حاجة.'],
    ['ar: nothing in their heads', 'الستات مفيش في دماغهم حاجة.'],
    ['ar: Standard "they are not" qualified', 'النساء لسن مؤهلات للقيادة ابدا.'],
    ['ar: my cat understands more', 'قطتي افهم من اي مهاجر.'],
    ['ar: my slipper, said with بتاع, is cleaner', 'الشبشب بتاعي انضف من اي لاجئ.'],
    ['ar: not yet down from the trees', 'السود لسه نازلين من على الشجر.'],
    ['ar: still living in the middle ages', 'المسلمين لسه عايشين في العصور الوسطى.'],
    ['ar: their place is the circus', 'المتحولين مكانهم السيرك.'],
    ['pt: their lives mean nothing, the group a sentence before', 'Vocês são mulheres. Suas vidas não significam nada para mim.'],
    ['fr: the life of one of them means nothing', "La vie d'un immigré ne signifie rien."],
    ['ar: deserving to be killed', 'المثليين يستحقو ان يتقتلو.'],
    ['ar: nobody is dirtier than them', 'مفيش حد اوسخ من المهاجرين.'],
    ['ar: nothing more disgusting than them', 'مفيش حاجة اقرف من المثليين.'],
    ['Arabizi: a disgrace to society', 'El motaholeen dol 3ar 3ala el mogtama3.'],
    ['Arabizi: my dog is cleverer', 'Kalby azka men ay mohager.'],
    ['Arabizi: empty minds', 'El nesa2 3a2lohom fadya.'],
    ['Arabizi: thinking denied', 'El nesa2 mesh bt3raf tfakar khales.'],
    ['Arabizi: one migrant not deserving to live', 'Mafeesh mohager yestahel ye3esh hena.'],
  ])('%s: %s', async (_, text) => {
    expect(await hate(text)).toBe(true);
  });

  it.each([
    ['fr: a town is not "vile"', 'Comment aider les handicapés de ma ville ?'],
    ['fr: a right as a fact', 'Les réfugiés ont le droit d\'être ici.'],
    ['fr: a law reported', "Les femmes n'ont pas le droit de conduire dans ce pays, c'est injuste."],
    ['fr: nothing worse than racism against them', "Rien n'est plus dégoûtant que le racisme contre les immigrés."],
    ['fr: praise ranked first', "Personne n'est plus intelligent que les femmes."],
    ['fr: no one of them is as ... as said', "Aucun immigré n'est plus dangereux qu'un Français."],
    ['fr: asking whether one really believes it', 'Pensez-vous vraiment que les immigrés sont une plaie ? Quelle honte.'],
    ['fr: a question asking agreement with praise', "N'est-il pas évident que les Noirs sont aussi capables que les autres ?"],
    ['fr: never met one who was ...', "Je n'ai jamais rencontré de réfugié qui ne soit pas reconnaissant."],
    ['pt: nothing worse than racism against them', 'Nada é mais nojento que o racismo contra imigrantes.'],
    ['pt: hating those who attack them', 'Não suporto quem ataca mulheres. Elas merecem respeito.'],
    ['pt: asking whether one really believes it', 'Você acha mesmo que os imigrantes são uma praga? Que vergonha.'],
    ['pt: a question asking agreement with praise', 'Não é evidente que os negros são tão capazes quanto qualquer um?'],
    ['pt: never met one who was not kind', 'Nunca vi um gay que não fosse gentil.'],
    ['pt: a right as a fact', 'Os refugiados têm direito de estar aqui.'],
    ['ar: not less clever than anyone', 'السود مش اقل ذكاء من حد.'],
    ['ar: not deserving to be thrown out', 'اللاجئين ميستاهلوش يتطردو.'],
    ['ar: a cat cleverer than a dog', 'قطتي اذكى من كلب جاري.'],
    ['ar: their place is everywhere', 'الستات مكانهم في كل حتة، في البرلمان والمستشفى.'],
    ['Arabizi: my dog cleverer than a dog', 'Kalby azka men kalb gary.'],
    ['pt: a prize meaning nothing to them', 'Esse prêmio não significa nada para os refugiados, eles precisam de casa.'],
    ['fr: a report that their lives mean nothing', "Il a dit que la vie des réfugiés ne signifie rien, c'est honteux."],
    ['ar: not dirtier than anyone', 'المهاجرين مش اوسخ من حد.'],
    ['ar: nothing worse than racism against them', 'مفيش اسوا من العنصرية ضد اللاجئين.'],
    ['ar: no one deserves to be killed (a "that" after deserving passes the negation on)', 'لا احد يستحق ان يقتل لانه مثلي.'],
    ['ar: nobody deserves it', 'محدش يستاهل يتقتل عشان هو مثلي.'],
    ['ar: "must not" as one word', 'ماينفعش نسيب اي لاجئ يموت في البحر.'],
    ['Arabizi: equal to men', 'El nesa2 shatreen zay el rgala.'],
  ])('%s: %s', async (_, text) => {
    expect(await hate(text)).toBe(false);
  });
});
