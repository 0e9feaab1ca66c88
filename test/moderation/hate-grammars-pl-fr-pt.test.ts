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
