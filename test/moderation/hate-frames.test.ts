import { describe, expect, it } from 'vitest';
import { isHate as hate } from './docs.js';

/**
 * Hate carried by its frame (session 19): a group and what is said of it split by a question, an opinion, or a
 * sentence end (a demonstrative that refers back, a group asked alone as a topic, a group named as what explains
 * what was said of someone); and counter-speech that must stay innocent (a claim named as an idea or a myth to be
 * judged, hearing it said, what someone used to say, statements quoted as such). Sentences are our own, written
 * for the probe, not Multilingual HateCheck's.
 */
describe('hate carried by its frame', () => {
  it.each([
    ['pt', 'a demonstrative refers back', 'Os refugiados chegaram ao bairro. Desde então é só sujeira, esses animais.'],
    ['pt', 'a demonstrative after a question', 'Pra que serve um muçulmano? Esses vermes só trazem desgraça.'],
    ['pt', 'a topic asked, never seen people so', 'Os negros? Nunca vi gente mais suja.'],
    ['pt', 'the group explains it', 'Claro que ele é desonesto. É judeu, afinal.'],
    ['pt', 'a question', 'Por que as mulheres são sempre tão burras?'],
    ['fr', 'the group explains it', "Évidemment qu'il est malhonnête. C'est un juif après tout."],
    ['fr', 'a topic asked, never seen people so', "Les Noirs ? J'ai jamais vu des gens aussi sales."],
    ['fr', 'a demonstrative refers back', 'Les réfugiés sont arrivés dans mon quartier. Depuis, que de la saleté, ces animaux.'],
    ['fr', 'a fragment after a question', "Qui voudrait vivre à côté d'une famille de musulmans ? Des sauvages."],
    ['ar', 'the group explains it', 'الراجل ده كداب ونصاب. ما هو لاجئ في الآخر.'],
    ['ar', 'uprooting them', 'أعتقد أن المثليين مرض يجب استئصاله.'],
    ['es', 'a demonstrative refers back', 'Los refugiados llegaron al barrio. Desde entonces todo es basura, esos parásitos.'],
    ['es', 'a topic asked', '¿Los negros? Nunca he visto gente más sucia.'],
    ['it', 'a demonstrative refers back', 'I profughi sono arrivati nel quartiere. Da allora solo sporcizia, questi parassiti.'],
    ['de', 'the group explains it', 'Klar ist er unehrlich. Er ist halt Jude.'],
    ['de', '"das sind" refers back', 'Wer würde schon einen Zigeuner einstellen? Das sind alles Diebe.'],
    ['nl', 'a demonstrative refers back', 'Vluchtelingen kwamen naar onze wijk. Sindsdien alleen maar troep, die parasieten.'],
    ['pt', 'born so, the verb carries them', 'Alguém me explica por que os ciganos não largam o crime? Nasceram ladrões.'],
    ['pt', 'told to stop being so', 'Os gays querem direitos? Primeiro que deixem de ser uns pervertidos.'],
    ['fr', 'a fragment, born so', "Quelqu'un peut m'expliquer pourquoi les Roms volent tout le temps ? Des voleurs nés."],
    ['ar', '"not a racist, but"', 'أنا مش عنصري، بس السود فعلا كسالى.'],
    ['ar', 'a topic asked, never seen people so (MSA)', 'السود؟ لم أر قط أناسا أقذر منهم.'],
    ['es', 'a fragment after the group', 'He trabajado con muchos musulmanes. Unos parásitos, todos.'],
    ['it', 'a fragment after the group', 'Ho lavorato con tanti musulmani. Dei parassiti, tutti quanti.'],
    ['de', 'a fragment after the group', 'Ich habe mit vielen Muslimen gearbeitet. Parasiten, alle miteinander.'],
    ['fr', 'a singular fragment after one of them', "J'ai connu un Rom une fois. Un voleur, comme tous les autres."],
    ['pl', 'a topic asked, never seen people so', 'Cyganie? Nigdy nie widziałem tak paskudnych ludzi.'],
  ])('%s, %s: "%s" is hate', async (_lang, _frame, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['pt', 'Estou cansada de ouvir que as mulheres são burras.'],
    ['pt', 'A ideia de que os negros são inferiores é uma mentira.'],
    ['pt', 'Meu avô dizia que os judeus eram ladrões; ele estava errado.'],
    ['pt', 'Os refugiados foram atacados pelas milícias. Esses animais não têm piedade.'],
    ['pt', 'Os ciganos? Nunca vi gente tão acolhedora.'],
    ['pt', 'Claro que ele é inteligente. É judeu, afinal.'],
    ['fr', "L'idée que les Noirs sont inférieurs est un mensonge."],
    ['fr', "Des phrases comme « les réfugiés sont une plaie » n'ont pas leur place ici."],
    ['fr', "Qui a dit que les musulmans étaient des sauvages ? Des ignorants."],
    ['fr', "Il a été viré parce qu'il est noir. Normal, c'est un Noir, disent les racistes ; honteux."],
    ['ar', 'عبارات زي "اللاجئين وباء" مالهاش مكان هنا.'],
    ['ar', 'اتهموه انه حرامي. ما هو لاجئ في الآخر، وده ظلم.'],
    ['es', 'Estoy harta de oír que las mujeres son tontas.'],
    ['es', 'La idea de que los negros son inferiores es una mentira.'],
    ['es', 'Mi abuelo decía que los judíos eran ladrones; estaba equivocado.'],
    ['it', 'Sono stanca di sentire che le donne sono stupide.'],
    ['it', "L'idea che i neri siano inferiori è una bugia."],
    ['it', 'Mio nonno diceva che gli ebrei erano ladri; si sbagliava.'],
    ['de', 'Ich habe es satt zu hören, dass Frauen dumm sind.'],
    ['de', 'Die Vorstellung, dass Schwarze minderwertig sind, ist eine Lüge.'],
    ['nl', 'Stop met het uitmaken van zigeuners voor dieven.'],
    ['nl', 'Ik ben het zat om te horen dat vrouwen dom zijn.'],
    ['pl', 'Mam dość słuchania, że kobiety są głupie.'],
    ['fr', "Moi, raciste ? Jamais. Les réfugiés ? Des gens comme nous."],
    ['fr', 'Les migrants ? Ce sont les passeurs, ces ordures, qui les exploitent.'],
    ['pt', 'Os imigrantes? Quem os explora são os patrões, esses vermes.'],
    ['fr', "Quelqu'un peut m'expliquer pourquoi tant de gens pensent que les Roms sont des voleurs ?"],
    ['ar', 'حد يفهمني ليه ناس كتير فاكرة ان الغجر حرامية؟'],
    ['ar', 'الجرنال وصف اللاجئين بالطفيليات واضطر يعتذر.'],
    ['pt', 'Os gays? Nunca vi ninguém tão feliz quanto eles.'],
    ['pt', 'Os racistas insultaram os judeus do bairro. Esses lixos merecem cadeia.'],
    ['ar', 'لا يستحق أي لاجئ أن يعامل بهذه الطريقة.'],
    ['es', 'No soporto que llamen parásitos a los inmigrantes.'],
    ['es', 'Los inmigrantes sufren abusos en el trabajo. Unos cerdos, esos jefes.'],
    ['es', 'Los refugiados fueron atacados en la frontera. Una vergüenza.'],
    ['de', 'Flüchtlinge werden überall angefeindet. Eine Schande.'],
    ['nl', 'Zinnen als "vrouwen zijn minderwaardig" horen hier niet thuis.'],
    ['pt', 'Meu pai achava que os negros eram preguiçosos. Hoje tem vergonha disso.'],
    ['fr', 'Mon père pensait que les Noirs étaient paresseux. Aujourd\'hui il en a honte.'],
    ['fr', "J'ai grandi en entendant que les Roms sont des voleurs. C'est faux."],
    ['fr', 'Les réfugiés ont été accueillis par le maire. Un idiot, comme toujours.'],
    ['ar', 'كبرت وانا بسمع ان الغجر حرامية. ده مش صحيح.'],
    ['es', 'Crecí oyendo que los gitanos son ladrones. No es verdad.'],
    ['pl', 'Cyganie? Nigdy nie widziałem tak uczciwych ludzi.'],
    ['fr', "Les femmes ? Je n'ai jamais vu des gens aussi courageux."],
  ])('%s: "%s" is not hate', async (_lang, value) => {
    expect(await hate(value)).toBe(false);
  });
});
