import { describe, expect, it } from 'vitest';
import { isHate as hate } from './docs.js';

/**
 * The Polish, French and Portuguese hate grammars (hate-grammars.ts) read by class of word and
 * construction, not by sentence: each harmful line uses a word or a form of the class it names, and each
 * innocent line shares the words with a negation, counter-speech or a neutral statement. Sentences are
 * our own, not Multilingual HateCheck's.
 */

describe('hate against groups in Polish, French and Portuguese, by class', () => {
  it.each([
    // Contemptuous adjectives in any gender and number; dehumanising nouns; swarms that invade.
    ['fr', 'contempt', 'Les immigrés sont vraiment pitoyables.'],
    ['fr', 'dishonesty', 'Ces musulmans sont des fourbes et des menteurs.'],
    ['fr', 'incapacity', 'Les femmes sont toutes des incompétentes.'],
    ['fr', 'vermin', 'Les juifs sont une nuée de cloportes.'],
    ['fr', 'invasion', 'Des hordes de migrants infestent nos villes.'],
    ['pt', 'contempt', 'Os imigrantes são uns parasitas nojentos.'],
    ['pt', 'dishonesty', 'As mulheres são todas umas mentirosas.'],
    ['pt', 'vermin', 'Os judeus são uma corja de abutres.'],
    ['pl', 'contempt', 'Imigranci są obrzydliwi i żałośni.'],
    ['pl', 'vice (instrumental)', 'Geje są zboczeńcami.'],
    ['pl', 'worthless', 'Muzułmanie są nic niewarci.'],
    ['pl', 'vermin (genitive after "banda")', 'Żydzi to banda pijawek i szumowin.'],
    ['pl', 'invasion', 'Chmara imigrantów opanowała nasze miasto.'],
    // Hatred and disgust felt.
    ['fr', 'hatred felt', "J'ai tellement de mépris pour les homos."],
    ['fr', 'disgust', 'Les gitans me débectent.'],
    ['pt', 'disgust felt', 'Sinto um nojo profundo dos gays.'],
    ['pt', 'hatred, the object after "todos os"', 'Eu abomino todos os ciganos.'],
    ['pl', 'disgust felt', 'Czuję ogromny wstręt do Cyganów.'],
    ['pl', 'disgust', 'Uchodźcy mnie brzydzą.'],
    // Violence after a modal or a plan, in the future, the imperative, a wish; deserving death.
    ['fr', 'modal + pronoun + verb', 'Je vais tous les flinguer, ces immigrés.'],
    ['fr', 'subjunctive wish', "Qu'ils crèvent, ces sales juifs."],
    ['fr', 'future', 'Les lesbiennes, je les massacrerai toutes.'],
    ['fr', 'deserving death', 'Les réfugiés méritent de mourir.'],
    ['fr', 'passive after a modal', 'Les handicapés devraient être mis à mort.'],
    ['pt', 'modal + verb', 'Temos que expulsar os muçulmanos do país.'],
    ['pt', 'subjunctive wish', 'Tomara que os judeus morram.'],
    ['pt', 'deserving death', 'Os gays merecem a morte.'],
    ['pt', 'passive after a modal', 'Os negros devem ser banidos.'],
    ['pl', 'modal + verb', 'Musimy wszystkich imigrantów wyrzucić z kraju.'],
    ['pl', 'perfective future', 'Wybijemy tych Żydów.'],
    ['pl', 'optative "niech"', 'Niech zdychają te pedały.'],
    ['pl', 'deserving death', 'Muzułmanie zasługują na śmierć.'],
    ['pl', 'hanging', 'Każdy imigrant powinien zawisnąć.'],
    ['pl', 'better without them', 'Świat byłby lepszy bez kobiet.'],
    ['fr', 'death to', 'Mort à tous les homos !'],
    ['pt', 'death to', 'Morte a todos os gays!'],
    // Worth denied.
    ['fr', 'worth denied', 'Les handicapés ne valent pas grand-chose.'],
    ['pt', 'worth denied', 'Os refugiados não prestam.'],
    // Portuguese "no" is "in the", no negation.
    ['pt', '"no" is "in the"', 'Os gays no Brasil são nojentos.'],
  ])('%s (%s): "%s" is hate', async (_lang, _class, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    // The same words negated.
    ['fr', 'Les immigrés ne sont pas pitoyables.'],
    ['fr', 'Aucune femme ne mérite de mourir.'],
    ['fr', 'Je ne vais jamais frapper un immigré.'],
    ['pt', 'Os imigrantes não são parasitas.'],
    ['pt', 'Nunca devemos deixar que matem um refugiado.'],
    ['pl', 'Imigranci nie są obrzydliwi.'],
    ['pl', 'Żaden gej nie zasługuje na śmierć.'],
    ['pl', 'Nigdy nie pozwolimy skrzywdzić żadnego uchodźcy.'],
    // A negated stopping, denial or lack: the good thing stands.
    ['fr', 'Je ne cesserai jamais de respecter les femmes.'],
    ['fr', "Personne ne peut nier que les femmes méritent le respect."],
    ['fr', 'Les vies des immigrés ne valent pas moins que les nôtres.'],
    ['pt', 'As vidas dos imigrantes não valem menos que as nossas.'],
    ['pl', 'Życie imigrantów nie jest mniej warte niż nasze.'],
    // ...and where "worth less" is what the grammar reads as said of a group, the negation still negates it.
    ['es', 'Los inmigrantes no valen menos que nosotros.'],
    ['it', 'Gli immigrati non valgono meno di noi.'],
    // Counter-speech and quotation.
    ['fr', 'Dire que les juifs sont des cloportes est ignoble.'],
    ['fr', 'Arrêtez de dire que les gitans sont des voleurs.'],
    ['pt', 'Dizer que os judeus são abutres é racismo.'],
    ['pl', 'Mówienie, że Żydzi to pijawki, jest podłe.'],
    // Neutral and positive statements that share the words.
    ['fr', 'Les réfugiés fuient la guerre et méritent notre aide.'],
    ['fr', "Je suis une femme noire et fière de l'être."],
    ['pt', 'Eu sou uma mulher negra e tenho orgulho disso.'],
    ['pt', 'Ela tem olhos negros e cabelos negros.'],
    ['pt', 'Vamos bater um papo com as mulheres da comunidade.'],
    ['pl', 'Szanuję kobiety i gejów.'],
    ['pl', 'Nie możemy tolerować przemocy wobec kobiet.'],
    // Portuguese "mas" is "but", not "más" (bad).
    ['pt', 'Trabalho com imigrantes, mas também dou aulas de música.'],
    // Spanish counter-speech read by the Portuguese grammar (the words are shared) knows Spanish reporting verbs.
    ['es', 'Tienes que dejar de decir que los indígenas son hipócritas.'],
    // A Spanish "no" before a verb negates, also where the Portuguese grammar reads the shared words.
    ['es', 'Los gays no son asquerosos.'],
    ['es', 'No deberíamos matar a los gays.'],
  ])('%s: "%s" is not hate', async (_lang, value) => {
    expect(await hate(value)).toBe(false);
  });
});

/**
 * Constructions that hold for any vocabulary (session 5): comparisons that name a group the worst,
 * rhetorical questions, violence called normal, threats of making them suffer or of their death, a
 * subject carried by the verb into the next sentence. Each harmful line has an innocent twin that shares
 * its words: a tag question, a question to the one addressed, a negation, a request for a class.
 */
describe('hate by construction in Polish, French and Portuguese', () => {
  it.each([
    // "There is nothing worse than a X"; "nobody is as filthy as X" (the negation is part of it).
    ['fr', "Il n'y a rien de pire qu'un gitan."],
    ['pt', 'Não há nada pior do que um cigano.'],
    ['pl', 'Nie ma nic gorszego niż Cygan.'],
    ['fr', "Personne n'est aussi crasseux que ces immigrés."],
    ['pt', 'Ninguém é tão imundo quanto esses ciganos.'],
    ['pl', 'Nikt nie jest tak brudny jak ci imigranci.'],
    // Rhetorical questions: the question's own negated verb, "wouldn't it be better", "isn't it typical".
    ['fr', 'Les réfugiés ne sont-ils pas tous des voleurs ?'],
    ['pt', 'Os ciganos não são todos uns ladrões?'],
    ['pl', 'Czy imigranci nie są złodziejami?'],
    ['fr', 'Ne serait-il pas mieux que tous les juifs disparaissent ?'],
    ['pt', 'Não seria melhor se todos os judeus sumissem?'],
    ['pl', 'Czy nie byłoby lepiej, gdyby wszyscy Żydzi zniknęli?'],
    ['fr', "N'est-ce pas typique des femmes d'être aussi stupides ?"],
    ['pt', 'Não é típico dos ciganos serem tão burros?'],
    ['pl', 'Czy to nie typowe dla imigrantów, że są tacy głupi?'],
    // "Who needs X?", the group closing the clause.
    ['fr', 'Qui a besoin des handicapés de toute façon ?'],
    ['pt', 'Quem precisa de deficientes, afinal?'],
    // Refusing respect or service; mad in the head.
    ['fr', 'Je refuse catégoriquement de serrer la main à ces musulmans.'],
    ['pt', 'Eu me recuso a contratar ciganos.'],
    ['pl', 'Odmawiam szacunku wszystkim imigrantom.'],
    ['fr', 'La plupart des réfugiés sont complètement tarés.'],
    ['pt', 'A maioria dos imigrantes tem a cabeça fodida.'],
    // Violence called normal or no crime; victims who asked for it.
    ['fr', "C'est normal de frapper les gitans."],
    ['pt', 'É normal bater em gays.'],
    ['pl', 'Bicie gejów jest w porządku.'],
    ['fr', "Tuer des musulmans n'est pas un crime."],
    ['pt', 'Matar indígenas não é crime.'],
    ['pl', 'Zabijanie imigrantów to nie zbrodnia.'],
    ['fr', "Les réfugiés l'ont bien cherché."],
    ['pt', 'Os negros estavam pedindo por isso.'],
    ['pl', 'Imigranci sami się o to prosili.'],
    // Making sure they suffer, their death foretold, settling scores, "can't wait to".
    ['fr', 'Je ferai en sorte que chaque homo souffre.'],
    ['pt', 'Vou garantir que cada gay sofra.'],
    ['pl', 'Dopilnuję, żeby wszyscy geje zginęli.'],
    ['fr', 'Bientôt tous les réfugiés seront morts.'],
    ['pt', 'Em breve todos os judeus estarão mortos.'],
    ['pl', 'Już niedługo wszyscy imigranci będą martwi.'],
    ['fr', 'Je vais régler leur compte aux réfugiés.'],
    ['pt', 'Vou acertar as contas com esses ciganos.'],
    ['pl', 'Policzę się z tymi imigrantami.'],
    ['pt', 'Não vejo a hora de matar um cigano.'],
    ['pl', 'Nie mogę się doczekać, aż zabiję jakiegoś imigranta.'],
    // Persons, tenses and agreement: the compound future, paying for it, a participle left singular.
    ['pl', 'Będę torturował was, Żydów, aż do śmierci.'],
    ['pl', 'Wy, imigranci, wszyscy za to zapłacicie.'],
    ['fr', 'Les gitans devraient être tué.'],
    // The next sentence's verb carries the group; "ce sont"; the group taken up by a pronoun.
    ['pt', 'Conheci alguns gays ontem. Deviam todos ser presos.'],
    ['fr', 'Les réfugiés sont partout. Ce sont des parasites.'],
    ['fr', 'Les femmes, je ne peux pas les supporter.'],
    ['pt', 'As mulheres, eu não as suporto.'],
    ['pt', 'Tem negros por todo lado. Eles me dão nojo.'],
    // A group unfit to lead; good for nothing; the group as a plural adjective.
    ['pt', 'Um negro no governo é uma piada.'],
    ['fr', 'Une femme au pouvoir, quelle blague.'],
    ['pl', 'Kobiety nigdy do niczego się nie nadają.'],
    ['pl', 'Jesteście tylko zwykłymi żydowskimi śmieciami.'],
  ])('%s: "%s" is hate', async (_lang, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    // Praise in the same comparison.
    ['fr', "Personne n'est aussi courageux que ces réfugiées."],
    ['pt', 'Ninguém é tão inteligente quanto essas mulheres.'],
    ['pl', 'Nikt nie jest tak odważny jak te kobiety.'],
    // A tag question asks about a denial; a question to the one addressed; a negation in a clause "que/że" opens.
    ['fr', "Les réfugiés ne sont pas des voleurs, n'est-ce pas ?"],
    ['pt', 'Os ciganos não são ladrões, não é?'],
    ['pl', 'Imigranci nie są złodziejami, prawda?'],
    ['pl', 'Czy naprawdę nie widzisz, jak obrzydliwe jest twoje zachowanie wobec gejów?'],
    ['fr', 'Pourquoi les gens ne voient-ils pas que les réfugiés ne sont pas des voleurs ?'],
    ['pt', 'Por que as pessoas não entendem que os gays não são doentes?'],
    // Asking for a class or help is no "who needs".
    ['fr', 'Qui a besoin de cours de français pour réfugiés ?'],
    ['pt', 'Quem precisa de aulas de português para imigrantes?'],
    // Violence denounced.
    ['fr', "Ce n'est pas normal de frapper les gitans."],
    ['pt', 'Não é normal bater em gays.'],
    ['pl', 'Bicie gejów nie jest w porządku.'],
    ['pl', 'Zabijanie imigrantów to zbrodnia.'],
    // Refusing to shake hands with those who insult a group is counter-speech.
    ['fr', 'Je refuse de serrer la main à ceux qui insultent les musulmans.'],
    // Reporting verbs in the past tense.
    ['pt', 'Ele escreveu que os negros são uma merda, que vergonha.'],
    ['pl', 'Napisali, że imigranci to pasożyty, co za wstyd.'],
    // Black people named neutrally after "tem"; a carried subject with nothing bad said.
    ['pt', 'Tem negros e brancos no meu time.'],
    ['pt', 'Conheci alguns ciganos ontem. São muito simpáticos.'],
    // "A woman in power" praised.
    ['fr', 'Une femme au pouvoir, enfin une bonne nouvelle.'],
  ])('%s: "%s" is not hate', async (_lang, value) => {
    expect(await hate(value)).toBe(false);
  });
});

/**
 * Session 6: whole classes a native speaker knows beyond what the templates showed (evil, vulgar,
 * treacherous, "of a stupidity"; snakes, cows, a plague; "you're nothing but a X"; violence with the verbs
 * the modal lists lacked), each with an innocent twin that shares its words.
 */
describe('session 6 classes in Polish, French and Portuguese', () => {
  it.each([
    ['fr', 'Tous ces immigrés sont diaboliques et perfides.'],
    ['fr', "Les musulmans de ce quartier sont d'une bêtise affligeante."],
    ['fr', 'Les juifs sont des vipères, tous sans exception.'],
    ['fr', "Tu n'es rien d'autre qu'une salope."],
    ['fr', 'On devrait tirer sur les réfugiés à la frontière.'],
    ['fr', 'Les handicapés devraient être euthanasiés.'],
    ['pt', 'Todos os imigrantes deste país são diabólicos.'],
    ['pt', 'As mulheres deste bairro são de uma burrice sem tamanho.'],
    ['pt', 'Os judeus são umas víboras, todos eles.'],
    ['pt', 'Você não passa de um macaco.'],
    ['pt', 'Vou atropelar cada imigrante que eu encontrar.'],
    ['pt', 'Os deficientes deviam ser sacrificados.'],
    ['pl', 'Wszyscy imigranci w tym kraju są perfidni i diabelscy.'],
    ['pl', 'Wszyscy muzułmanie to mordercy i gwałciciele.'],
    ['pl', 'Jesteś niczym innym jak żółtkiem.'],
    ['pl', 'Rozjadę samochodem każdego imigranta, którego zobaczę.'],
    ['pl', 'Wszystkich uchodźców trzeba by wywieźć do obozów.'],
    ['pl', 'Zabijanie gejów to słuszna rzecz, powiem to każdemu.'],
    ['pt', 'Eu não me importaria com os gays se eles não fossem tão nojentos.'],
    ['fr', 'Tous les immigrés de cette ville seront tués, je le jure.'],
    ['pt', 'Não quero imigrantes no meu bairro, nunca.'],
    ['pl', 'Nigdy nie polubię tych imigrantów.'],
  ])('%s: "%s" is hate', async (_lang, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['fr', 'Les immigrés ne sont pas diaboliques, ce sont nos voisins.'],
    ['fr', "Dire que les musulmans sont d'une bêtise affligeante, c'est du racisme."],
    ['fr', 'Les réfugiés ont le mal du pays.'],
    ['fr', "Tu n'es rien d'autre qu'un ami pour moi."],
    ['pt', 'Os imigrantes não são diabólicos, são pessoas como nós.'],
    ['pt', 'Os indígenas da região comem cobras e lagartos.'],
    ['pt', 'Vi um macaco no zoológico com as crianças.'],
    ['pt', 'Você não passa de um sonhador.'],
    ['pl', 'Imigranci nie są perfidni ani diabelscy.'],
    ['pl', 'Kobiety często padają ofiarą gwałcicieli.'],
    ['pl', 'Żółty samochód stał przed domem imigrantów.'],
    ['pt', 'Eu não teria nada contra os imigrantes.'],
    ['pt', 'Muitos imigrantes serão mortos no Mediterrâneo se nada mudar.'],
    ['fr', 'Je respecte les immigrés et je les aimerai toujours.'],
    ['pl', 'Mam w nosie katar, a imigranci z sąsiedztwa przynieśli mi zupę.'],
  ])('%s: "%s" is not hate', async (_lang, value) => {
    expect(await hate(value)).toBe(false);
  });
});

/**
 * Session 7: slurs with an innocent sense aimed at a person (curation.ts's French, Portuguese and Polish
 * frames, and the words that make a woman a whore), "nothing against X, but...", contempt felt with the
 * ones it is felt for named in between, and "they deserve what happens to them".
 */
describe('slurs aimed at a person, and more constructions, in Polish, French and Portuguese', () => {
  it.each([
    ['fr', 'a whore word', 'Encore une salope qui ouvre sa gueule.'],
    ['fr', 'aimed by "espèce de"', 'Ferme-la, espèce de dégénéré.'],
    ['fr', 'aimed by "comme toi"', "C'est bien un truc de négro comme toi."],
    ['fr', 'an animal said to the one addressed', "T'es qu'un singe, rien de plus."],
    ['pt', 'a whore word', 'Aquela vadia do terceiro andar de novo.'],
    ['pt', 'aimed by a vocative "sua"', 'Cala a boca, sua puta.'],
    ['pt', 'aimed by a demonstrative', 'Esse vagabundo devia sumir daqui.'],
    ['pt', '"bicha" with a masculine article', 'Olha lá o bicha de novo na praça.'],
    ['pl', 'a whore word', 'Ta dziwka znowu przyszła.'],
    ['pl', 'aimed by "jak ty"', 'To typowe dla upośledzonego jak ty.'],
    ['pl', 'aimed in the vocative', 'Spadaj, ty szmato jebana.'],
    ['fr', 'nothing against, but', "Je n'ai rien contre les immigrés, mais ils sont dégoûtants."],
    ['pt', 'nothing against, but', 'Não tenho nada contra os gays, mas eles são nojentos.'],
    ['pl', 'nothing against, but', 'Nie mam nic przeciwko imigrantom, ale są obrzydliwi.'],
    ['pl', 'nothing but contempt, the ones felt for in between', 'Kiedy widzę Żydów, nie czuję do nich nic poza pogardą.'],
    ['pl', 'only contempt, accusative', 'Imigranci budzą we mnie tylko pogardę.'],
    ['fr', 'deserving what happens to them', 'Les réfugiés méritent bien ce qui leur arrive.'],
    ['pt', 'deserving what happens to them', 'As mulheres merecem tudo o que lhes acontece.'],
    ['pl', 'deserving what happens to them', 'Geje zasługują na to, co ich spotyka.'],
  ])('%s, %s: "%s" is hate', async (_lang, _class, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['fr', 'Le singe grimpe dans les arbres du zoo.'],
    ['fr', "La nouvelle s'est répandue comme une traînée de poudre."],
    ['fr', "Je n'ai rien contre les immigrés, ce sont mes voisins."],
    ['fr', 'Les réfugiés ne méritent pas ce qui leur arrive.'],
    ['pt', 'Que puta festa foi ontem!'],
    ['pt', 'O macaco comeu a banana no zoológico.'],
    ['pt', 'A bicha no supermercado estava enorme.'],
    ['pt', 'Não tenho nada contra os gays, eles são ótimos vizinhos.'],
    ['pl', 'Kurwa, jak ty to zrobiłeś?'],
    ['pl', 'Mam żółty samochód i dwa żółtka w lodówce.'],
    ['pl', 'Małpa w zoo je banana.'],
    ['pl', 'Nie mam nic przeciwko imigrantom, to dobrzy ludzie.'],
  ])('%s: "%s" is not hate', async (_lang, value) => {
    expect(await hate(value)).toBe(false);
  });
});

/**
 * Session 7, second part: the speaker's own "I say it" (an assertion, not a report), denials and "without
 * exception" that carry no negation, lacking a quality, good only for a vice, none worse, and a group taken up
 * in the next sentence by a clitic, a verb or an exclamation.
 */
describe('assertions, disguised denials and referring back, in Polish, French and Portuguese', () => {
  it.each([
    ['fr', 'the speaker says it', 'Je le dis haut et fort : les migrants sont des parasites.'],
    ['fr', '"il faut le dire"', 'Il faut le dire, les gitans sont des voleurs.'],
    ['fr', '"sans exception"', 'Tous les musulmans sans exception sont des menteurs.'],
    ['fr', '"loin d\'être"', 'Les femmes sont loin d\'être capables de diriger.'],
    ['fr', 'lacking a quality', 'Les réfugiés sont totalement dénués de jugeote.'],
    ['fr', 'good only for a vice ("ne ... que")', 'Les immigrés ne sont bons qu\'à voler.'],
    ['fr', 'none worse', 'Il n\'y a pas plus paresseux que les roms.'],
    ['fr', 'an object pronoun opens the next sentence', 'Il y a trop de juifs dans ce quartier. Je ne les supporte pas.'],
    ['fr', '"ça me" takes the group up', 'Des homos partout dans la rue. Ça me donne envie de vomir.'],
    ['pt', 'the speaker says it', 'Vou dizer uma coisa: os ciganos são uns parasitas.'],
    ['pt', 'lacking a quality', 'Os imigrantes são desprovidos de inteligência.'],
    ['pt', 'a clitic in the next sentence', 'Há muitos muçulmanos no bairro. Não os suporto.'],
    ['pt', 'a verb of worth carries them', 'Conheci uns refugiados. Não prestam para nada.'],
    ['pt', 'disgust exclaimed', 'Dois gays de mãos dadas no metro. Que nojo.'],
    ['pt', 'one of them, in the singular', 'Tem um cigano na minha rua. Devia ser expulso.'],
    ['pl', 'lacking a quality', 'Imigranci są pozbawieni jakiejkolwiek przyzwoitości.'],
    ['pl', 'a band of losers', 'Cyganie to banda nierobów.'],
    ['pl', 'denied a contribution', 'Uchodźcy nic nie wnoszą do naszego kraju.'],
  ])('%s, %s: "%s" is hate', async (_lang, _class, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['fr', 'Ils disent que les migrants sont des parasites, mais c\'est faux.'],
    ['fr', 'Ce n\'est pas vrai que les réfugiés ne valent rien.'],
    ['fr', 'Les femmes ne manquent pas d\'intelligence.'],
    ['fr', 'Il n\'y a pas plus courageux que les réfugiés qui fuient la guerre.'],
    ['fr', 'Je n\'ai jamais vu des gens aussi gentils que les musulmans de mon quartier.'],
    ['fr', 'Ce serait une vraie honte de rejeter les migrants.'],
    ['fr', 'Les juifs sont tous, sans exception, les bienvenus.'],
    ['pt', 'Não é verdade que os imigrantes não contribuem.'],
    ['pt', 'Há muitos muçulmanos no bairro. Não os conheço.'],
    ['pt', 'Os refugiados estão longe de ser um problema.'],
    ['pl', 'Nieprawda, że imigranci nic nie wnoszą.'],
    ['pl', 'Imigranci są pozbawieni praw.'],
  ])('%s: "%s" is not hate', async (_lang, value) => {
    expect(await hate(value)).toBe(false);
  });
});

describe('session 8: constructions in Polish, French and Portuguese', () => {
  it.each([
    // A group's place, good for one thing only, not caring, nobody wanting them, nothing good brought.
    ['fr', 'the kitchen', 'Les femmes devraient retourner aux fourneaux.'],
    ['fr', 'a group\'s place', 'La place des lesbiennes est en cage.'],
    ['fr', 'good for one thing', 'Les réfugiées sont juste bonnes à récurer les sols.'],
    ['fr', 'not caring a damn', 'Je m\'en fous royalement des migrants.'],
    ['fr', 'nobody wanting them', 'On ne veut plus de gitans dans le quartier.'],
    ['fr', 'nothing good brought', 'Les musulmans n\'apportent jamais rien de positif.'],
    ['fr', '"who would hire a X?"', 'Qui embaucherait une handicapée ?'],
    ['fr', 'refusal in the future', 'Je n\'engagerai jamais de musulmans.'],
    ['fr', 'a disclaimer before it', 'On ne va pas se mentir, les gitans sont des voleurs.'],
    ['fr', '"I\'m not racist, but"', 'Je suis pas raciste, mais les Arabes sont des parasites.'],
    ['fr', '"whether or not"', 'Que ça plaise ou non, les lesbiennes sont des malades.'],
    ['fr', 'death wished', 'Nous souhaitons sincèrement la mort des homos.'],
    ['fr', 'acceptance denied', 'Les trans ne seront jamais acceptés ici.'],
    ['pt', 'the kitchen', 'As mulheres têm que voltar para a cozinha.'],
    ['pt', 'a group\'s place', 'O lugar dos ciganos é na cadeia.'],
    ['pt', 'not caring a damn', 'Estou me lixando para os imigrantes.'],
    ['pt', 'nobody wanting them', 'Não queremos mais refugiados no bairro.'],
    ['pt', '"who would hire a X?"', 'Quem contrataria uma lésbica?'],
    ['pt', 'what they do all the time', 'Os ciganos roubam o tempo todo.'],
    ['pt', 'a disclaimer before it', 'Não vou mentir, os muçulmanos são uns animais.'],
    ['pt', '"not ashamed to say"', 'Não tenho vergonha de dizer que os ciganos são uma praga.'],
    ['pt', 'death wished', 'Desejo a morte das lésbicas.'],
    ['pt', 'happiness denied', 'Os trans não merecem ser felizes.'],
    ['pl', 'the kitchen', 'Baby powinny siedzieć przy garach.'],
    ['pl', 'good for one thing', 'Cyganie nadają się tylko do kradzieży.'],
    ['pl', 'nobody wanting them', 'Nie chcemy tu żadnych uchodźców.'],
    ['pl', 'no business here', 'Muzułmanie nie mają czego szukać w Europie.'],
    ['pl', '"who needs X?"', 'Kto potrzebuje imigrantów?'],
    ['pl', 'what they do all the time', 'Cyganie bez przerwy kradną.'],
    ['pl', 'a disclaimer before it', 'Nie będę kłamać, geje to zboczeńcy.'],
    ['pl', 'refusal in the future', 'Nigdy nie zatrudnię Cygana.'],
    ['pl', 'death wished', 'Życzę śmierci wszystkim gejom.'],
    ['pl', 'a wish that they die', 'Marzę o tym, żeby wszyscy uchodźcy zdechli.'],
    ['pl', 'stabbing', 'Dźgnę nożem każdego muzułmanina.'],
    ['pl', 'deserving a hanging', 'Żydzi zasługują na powieszenie.'],
    // franc reads these short lines as French or Italian: Polish letters and words say Polish.
    ['pl', 'read as Polish by its letters', 'Lesbijki są okropne.'],
    ['pl', 'a strict swear word in a short line', 'Geje to dupki.'],
    // Stereotypes said of the whole group.
    ['fr', 'all the same', 'Les Roms sont tous pareils.'],
    ['fr', 'crime in the blood', 'Les Arabes ont la violence dans le sang.'],
    ['fr', 'living off others', 'Les migrants vivent à nos crochets.'],
    ['pt', 'controlling everything', 'Os judeus dominam os bancos.'],
    ['pt', 'born to obey', 'As mulheres nasceram para servir.'],
    ['pt', 'breeding like rabbits', 'Os ciganos se reproduzem como ratos.'],
    ['pl', 'ruling the world', 'Żydzi kontrolują media.'],
    ['pl', 'a cost', 'Uchodźcy kosztują nas fortunę.'],
    ['pl', 'made to obey', 'Kobiety są stworzone do rodzenia.'],
    // What the group is said to think stops at a "but".
    ['pt', 'their own claim, then the insult', 'Os ciganos dizem que são honestos, mas são uns ladrões.'],
    ['fr', 'their own claim, then the insult', 'Les migrants disent qu\'ils fuient la guerre, mais ce sont des parasites.'],
  ])('%s (%s): "%s" is hate', async (_lang, _class, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    // The same words in counter-speech, in a negation, and about things.
    ['fr', 'Les gens qui pensent que les gays sont des malades ont tort.'],
    ['fr', 'Il a souhaité la mort des migrants, et il a été condamné.'],
    ['fr', 'Personne ne se soucie des réfugiés qui meurent en mer, c\'est honteux.'],
    ['fr', 'Je m\'en fous de ce que tu penses, les immigrés sont nos voisins.'],
    ['fr', 'Qui veut aider les réfugiés ce week-end ?'],
    ['fr', 'Je ne vais pas mentir, les musulmanes de mon quartier sont adorables.'],
    ['fr', 'Ma sœur est juste bonne à rien en cuisine.'],
    ['pt', 'Quem pensa que os gays são doentes está errado.'],
    ['pt', 'Ninguém quer ver os refugiados sofrer.'],
    ['pt', 'Quem quer ajudar os imigrantes?'],
    ['pt', 'Não sou racista e os negros são meus amigos.'],
    ['pt', 'Essa lavanderia só serve para lavar roupa.'],
    ['pl', 'Słyszałem, jak ktoś mówił, że Żydzi to kłamcy.'],
    ['pl', 'Nikt nie chce, żeby uchodźcy cierpieli.'],
    ['pl', 'Kto chce pomóc uchodźcom?'],
    ['pl', 'Moja mama siedzi w kuchni i gotuje obiad.'],
    ['pl', 'Czas skończyć z przemocą wobec kobiet.'],
    ['fr', 'L\'idée que les juifs contrôlent les médias est un cliché antisémite.'],
    ['pt', 'Parem de dizer que os imigrantes vivem às nossas custas.'],
    ['pl', 'Przestańcie mówić, że imigranci żyją na nasz koszt.'],
    ['pt', 'Ele disse que as mulheres são burras, mas eu discordo totalmente.'],
  ])('%s: "%s" is not hate', async (_lang, value) => {
    expect(await hate(value)).toBe(false);
  });
});
