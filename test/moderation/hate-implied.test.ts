import { describe, expect, it } from 'vitest';
import { isHate as hate } from './docs.js';

/**
 * Implicit derogation (session 19): contempt for a group said without an insult word, by class, the same classes in
 * every language: a group put where beasts or refuse belong (a zoo, caves, the bin), compared down to a pet ("my dog
 * is smarter than any X will ever be", where the negation after "than" means "ever"), a place gone to ruin since they
 * came, told to be grateful to be let live here, good only for chores, ruining whatever they touch, theft and smell
 * as what they do, kept away from children, a waste of oxygen, indifference to their lives and deaths. Each sentence
 * is written for its class, none a data set's row; the innocent ones share the words: literal animals and places, a
 * member's own group, counter-speech and reports (outrage that nobody cares for them), neutral statements, other
 * subjects.
 */
describe('implicit derogation, by class', () => {
  it.each([
    ['fr', 'pet smarter, "ne ... jamais" after "than"', "Ma perruche est plus maligne que n'importe quel handicapé ne le sera jamais."],
    ['fr', 'ruining what they touch', 'Les musulmans gâchent tout ce qu\'ils touchent.'],
    ['fr', 'gone to ruin since', 'Le quartier a coulé depuis que les arabes sont arrivés.'],
    ['fr', 'gone to ruin since, the decline after', 'Depuis que les réfugiés sont là, la ville est devenue une poubelle.'],
    ['fr', 'grateful to be let live', "Les étrangers devraient être reconnaissants qu'on les laisse vivre ici."],
    ['fr', 'theft, with its subject', 'Typique des gitans, ça vole tout ce qui traîne.'],
    ['fr', 'smell, with its subject', 'Les musulmans, ils puent tous, c\'est comme ça.'],
    ['fr', 'caring about their lives at all', "Je ne comprends pas pourquoi on se soucie encore du sort des migrants."],
    ['fr', 'a zoo as their place', 'Les réfugiés ont leur place dans un zoo.'],
    ['pt', 'pet smarter, "jamais" after "than"', 'Meu cachorro é mais esperto do que qualquer judeu jamais poderia ser.'],
    ['pt', 'back to the caves', 'Os imigrantes deviam voltar para as cavernas de onde vieram.'],
    ['pt', 'gone to ruin since', 'O bairro foi ladeira abaixo depois que os ciganos chegaram.'],
    ['pt', 'grateful to be let live', 'Os imigrantes deviam agradecer por deixarmos eles viverem aqui.'],
    ['pt', 'good only for a chore, singular', 'Mulher só serve pra lavar louça.'],
    ['pt', 'a goat rather than one of them', 'Prefiro namorar uma cabra do que uma judia.'],
    ['pt', 'ruining what they touch', 'Os refugiados estragam tudo o que tocam.'],
    ['pt', 'caring about their lives at all', 'Não sei por que alguém se preocupa minimamente com o destino dos refugiados.'],
    ['pt', 'belonging in a zoo', 'Os refugiados pertencem a um zoológico.'],
    ['es', 'back to the caves', 'Que los gitanos vuelvan a sus cuevas.'],
    ['es', 'grateful to be let live', 'Los inmigrantes deberían agradecer que les dejemos vivir aquí.'],
    ['es', 'kept away from children', 'Mantened a los gays lejos de los niños.'],
    ['es', 'ruining what they touch', 'Los refugiados arruinan todo lo que tocan.'],
    ['es', 'theft as what they do', 'Los gitanos roban todo lo que pueden.'],
    ['es', 'pet smarter, "jamás" after "than"', 'Mi gato es más listo que cualquier mujer lo será jamás.'],
    ['es', 'a waste of oxygen', 'Los inmigrantes son un desperdicio de oxígeno.'],
    ['es', 'indifferent to their deaths', 'Me da igual si los refugiados se ahogan en el mar.'],
    ['it', 'kept in a zoo', 'Gli immigrati dovrebbero stare in uno zoo.'],
    ['it', 'back to the caves', 'I rom tornino nelle loro caverne.'],
    ['it', 'gone to ruin since', 'Il quartiere è andato a rotoli da quando sono arrivati gli immigrati.'],
    ['it', 'grateful to be let live', 'Gli stranieri dovrebbero ringraziare che li lasciamo vivere qui.'],
    ['it', 'a goat rather than one of them', "Preferirei uscire con una capra che con un'ebrea."],
    ['it', 'kept away from children', 'Tenete i gay lontano dai bambini.'],
    ['it', 'pet smarter, "mai" after "than"', 'Il mio gatto è più furbo di quanto un rom sarà mai.'],
    ['it', 'indifferent to their deaths', 'Non mi interessa se i migranti affogano.'],
    ['ar', 'back to their caves', 'المهاجرين لازم يرجعوا لكهوفهم'],
    ['ar', 'a disease of society', 'المثليين مرض في المجتمع'],
    ['ar', 'gone to ruin since (Egyptian)', 'الحي باظ من ساعة ما اللاجئين جم'],
    ['ar', 'thanking God we let them live', 'اللاجئين لازم يحمدوا ربنا إننا سايبينهم عايشين هنا'],
    ['ar', 'good for nothing but the kitchen (Standard)', 'النساء لا يصلحن إلا للمطبخ'],
    ['ar', 'ruining whatever they touch', 'اليهود يفسدون كل شيء يلمسونه'],
    ['ar', 'kept away from our children', 'أبعدوا المثليين عن أطفالنا'],
    ['ar', 'their place is the zoo, the place first', 'مكان النساء هو حديقة الحيوان.'],
  ])('%s (%s): "%s" is hate', async (_lang, _class, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['fr', 'Le zoo a embauché des réfugiés comme soigneurs.'],
    ['fr', "Mon chien est plus intelligent que moi, c'est vexant."],
    ['fr', 'Les gens qui disent que les migrants ont leur place au zoo sont des racistes.'],
    ['fr', 'Les politiciens gâchent tout ce qu\'ils touchent.'],
    ['fr', 'Le quartier a changé depuis que les réfugiés sont arrivés, il y a plus de commerces.'],
    ['fr', "Ça pue l'injustice, la façon dont on traite les réfugiés."],
    ['fr', 'La cuisine typique des Roms est délicieuse.'],
    ['fr', 'Je trouve scandaleux que les gens ne se soucient pas du sort des réfugiés.'],
    ['fr', 'Les réfugiés sont plus nombreux que jamais à demander l\'asile.'],
    ['fr', 'Les réfugiés doivent remercier les bénévoles qui les accueillent.'],
    ['fr', 'Les réfugiés ont leur place dans notre société.'],
    ['pt', 'O zoológico contratou refugiados como tratadores.'],
    ['pt', 'Os refugiados vão ao zoológico com as crianças no sábado.'],
    ['pt', 'Esse abrigo só serve para refugiados e mulheres vítimas de violência.'],
    ['pt', 'O bairro ficou mais animado desde que os imigrantes chegaram.'],
    ['pt', 'Meu gato é mais esperto do que meu irmão jamais será.'],
    ['pt', 'Ao governo pouco importa se os refugiados morrem.'],
    ['es', 'Muchos refugiados viven lejos de sus hijos.'],
    ['es', 'Los políticos arruinan todo lo que tocan y los inmigrantes pagan el pato.'],
    ['es', 'Los inmigrantes no tienen que agradecer nada: trabajan como todos.'],
    ['es', 'Al gobierno le da igual si los refugiados se ahogan en el mar.'],
    ['es', 'Los refugiados pertenecen a un club de fútbol del barrio.'],
    ['it', 'Il piatto tipico dei rom è buonissimo.'],
    ['it', 'I politici rubano tutto ai migranti.'],
    ['it', 'I profughi vivono lontano dai loro figli.'],
    ['it', "I migranti sono più numerosi che mai quest'anno."],
    ['it', 'Ai politici non interessa se i migranti affogano.'],
    ['it', 'Il quartiere è andato a rotoli da quando hanno chiuso la fabbrica, e i migranti sono i primi a soffrirne.'],
    ['es', 'La situación de los refugiados va a peor cada año.'],
    // Outrage that nobody cares about their lives, or respects them: counter-speech.
    ['es', 'Me indigna que a nadie le importe la vida de los refugiados.'],
    ['pt', 'Me revolta que ninguém se importe com a vida dos refugiados.'],
    ['it', 'Mi fa rabbia che nessuno si preoccupi della vita dei profughi.'],
    ['fr', "C'est scandaleux que personne ne respecte les réfugiés."],
    ['ar', 'حديقة الحيوان وظفت لاجئين كحراس'],
    ['ar', 'أخذنا أطفال اللاجئين إلى حديقة الحيوانات'],
    ['ar', 'اللاجئين لازم يحمدوا ربنا إنهم نجوا من الحرب'],
    ['ar', 'بعد ما اللاجئين جم المنطقة بقت أحلى'],
    ['ar', 'السياسيين بيبوظوا كل حاجة'],
    ['ar', 'نتكلم عن أطفالنا وعن أطفال اللاجئين في المدرسة'],
  ])('%s: "%s" is not hate', async (_lang, value) => {
    expect(await hate(value)).toBe(false);
  });
});
