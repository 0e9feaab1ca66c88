import { describe, expect, it } from 'vitest';
import { rules } from './docs.js';

/**
 * Harassment aimed at the one addressed in Spanish, Portuguese, French, Italian, German and Dutch (session 20,
 * detect-threats-multilingual.ts): names and insults to the face, vocatives, rejection and humiliation ("nobody
 * wants you", "the world would be better without you"), and telling someone to kill themselves. Each sentence is
 * written for its class, none is a data set's row. The innocent ones share the words: self-mockery, praise in an
 * insult's shape, negations, "nobody loves you as much as...", reports of bullying suffered, quotes, farms and
 * food, and the same verbs in other senses.
 */

/** The reasons of harassment the rules, multilingual ones on, give a text. */
async function harassment(value: string): Promise<string[]> {
  const { reasons } = await rules(value, { policy: { multilingual: true } });
  return reasons.filter((r) => r.category === 'harassment' || r.category === 'harassment/threatening').map((r) => r.category);
}

describe('harassment aimed at "you" in es, pt, fr, it, de, nl', () => {
  it.each([
    ['es', 'insult to the face', 'Eres una fracasada y siempre vas a estar sola.'],
    ['es', 'formal you', 'Usted es un incompetente y un sinvergüenza.'],
    ['es', '"nothing but"', 'Oye, no eres más que una pobre fracasada que vive de sus padres.'],
    ['es', 'nobody wants you', 'Nadie te soporta, lárgate de aquí.'],
    ['es', 'not even your mother', 'Ni tu propia madre te quiere, desgraciado.'],
    ['es', 'laughed at', 'Todo el mundo se ríe de ti, payaso.'],
    ['es', 'a sneer', 'Qué asco das, gorda asquerosa.'],
    ['es', 'better without you', 'El mundo estaría mejor sin ti.'],
    ['es', 'a sneer as the predicate', 'Eres asquerosa, me das náuseas.'],
    ['es', 'nobody cares', 'A nadie le importas, asúmelo.'],
    ['pt', 'insult to the face', 'Você é um inútil e um fracassado.'],
    ['pt', 'Portugal, "és"', 'És um parasita e um falhado.'],
    ['pt', 'vocative "sua"', 'Cala essa boca, sua burra.'],
    ['pt', 'nobody likes you', 'Ninguém gosta de você, some daqui seu lixo.'],
    ['pt', '"nothing but"', 'Tu não passas de um falhado, toda a gente sabe.'],
    ['pt', 'worth nothing', 'Você não vale nada, seu verme.'],
    ['pt', 'disgust', 'Tu és um nojo, ninguém aguenta olhar pra ti.'],
    ['fr', 'nobody loves you', "Personne ne t'aime, tu ferais mieux de disparaître."],
    ['fr', '"t\'es qu\'une"', 'T\'es vraiment qu\'un bouffon.'],
    ['fr', 'elided "bande d\'"', "Vous n'êtes qu'une bande d'incapables."],
    ['fr', 'body shaming', 'Tu es grosse et moche, regarde-toi dans un miroir.'],
    ['fr', 'pity', 'Tu fais pitié, regarde-toi.'],
    ['fr', 'worthless', "Tu sers à rien, t'es un déchet."],
    ['fr', 'formal you, a sneer', 'Vous êtes pathétique, madame.'],
    ['fr', 'hated', 'Tout le monde te déteste ici.'],
    ['fr', 'nothing', "Tu n'es rien, tu ne seras jamais rien."],
    ['it', 'insult to the face', 'Sei un fallito e lo sarai sempre.'],
    ['it', 'superlative', "Sei l'essere più inutile che conosca."],
    ['it', 'nobody wants you', 'Sei una nullità, nessuno ti vuole.'],
    ['it', 'laughed at', 'Tutti ridono di te, cicciona.'],
    ['it', 'vocative', 'Zitta, cretina.'],
    ['it', 'you disgust', 'Fai schifo, sei brutta e grassa.'],
    ['it', 'formal you, degree', 'Lei è una totale incompetente, signora.'],
    ['it', 'hated', 'Tutti ti odiano, sappilo.'],
    ['de', 'ugly and laughed at', 'Du bist so hässlich, dass alle über dich lachen. Verschwinde.'],
    ['de', 'a shame to the family', 'Du bist eine Schande für deine Familie.'],
    ['de', 'formal you', 'Sie sind eine absolute Null.'],
    ['de', 'plural you', 'Ihr seid alle Versager.'],
    ['de', 'vocative with a sneer', 'Du dumme Kuh, halt endlich den Mund.'],
    ['de', 'nobody needs you', 'Niemand braucht dich, du Nichtsnutz.'],
    ['de', 'hated', 'Alle hassen dich hier.'],
    ['nl', 'nobody likes you', 'Niemand mag je, je bent waardeloos.'],
    ['nl', 'laughed at', 'Iedereen lacht je uit, dikke koe.'],
    ['nl', 'a shame', 'Je bent een schande voor je familie.'],
    ['nl', 'question form', 'Wat ben jij lelijk zeg.'],
    ['nl', 'vocative', 'Je moet je schamen, jij zielige mislukkeling.'],
    ['nl', 'everyone thinks', 'Iedereen vindt je een loser.'],
    ['nl', 'nothing', 'Jij bent niks, helemaal niks.'],
    ['de', '"too"', 'Du bist nicht nur dumm, du bist auch hässlich.'],
    ['de', '"too" with a name', 'Ihr seid auch noch fett und faul.'],
    // "No," answers: a negation ends at its comma.
    ['es', 'an answer, not a denial', 'No, eres un idiota y nadie te quiere.'],
    ['pt', 'an answer, not a denial', 'Não, você é um idiota.'],
    ['it', 'an answer, not a denial', 'No, sei un idiota.'],
  ])('%s (%s): "%s" is harassment', async (_lang, _class, value) => {
    expect(await harassment(value)).toContain('harassment');
  });

  it.each([
    ['es', 'Vete a morir, nadie te va a extrañar.'],
    ['es', 'Deberías suicidarte, le harías un favor al mundo.'],
    ['es', 'Tírate de un puente y haznos un favor a todos.'],
    ['pt', 'Devia se matar, ninguém ia notar.'],
    ['fr', 'Tu es la honte de ta famille, va te pendre.'],
    ['fr', "Jette-toi d'un pont, ça nous fera des vacances."],
    ['fr', 'Je vais te faire la peau.'],
    ['fr', 'Fais-nous plaisir et crève.'],
    ['pt', 'Se joga da ponte, faz um favor pro mundo.'],
    ['it', 'Uccidetevi tutti, siete inutili.'],
    ['es', 'Deja de respirar, nos harías un favor.'],
    ['it', 'Vai a impiccarti, fai un favore al mondo.'],
    ['it', 'Vai a buttarti sotto un treno.'],
    ['de', 'Mach die Welt besser und bring dich um.'],
    ['de', 'Bring dich doch einfach um, keiner würde dich vermissen.'],
    ['de', 'Geh sterben, du Penner.'],
    ['nl', 'Ga toch dood, vieze trut.'],
    ['nl', 'Spring maar van een flat, niemand mist je.'],
    ['nl', 'Ik maak je af.'],
  ])('%s: "%s" tells the reader to die, or threatens them', async (_lang, value) => {
    expect(await harassment(value)).toContain('harassment/threatening');
  });

  it.each([
    ['es', 'self-mockery', 'Soy un inútil en la cocina, pero lo intento.'],
    ['es', 'praise', 'Eres un crack, gracias por todo.'],
    ['es', 'negation', 'No eres un inútil, no dejes que nadie te lo diga.'],
    ['es', 'denied report', 'No permitas que nadie te diga que eres un fracasado.'],
    ['es', 'as much as', 'Nadie te quiere tanto como tu abuela.'],
    ['es', 'bullying suffered', 'En el colegio me decían: eres una gorda. Hoy soy nutricionista.'],
    ['es', 'farm and food', 'Vendemos cerdo ibérico y carne de vaca de nuestra granja.'],
    ['es', 'a question for the evening', '¿Te vas a quedar sola en casa este finde?'],
    ['es', 'envy', 'Muérete de envidia: me voy a Japón.'],
    ['es', 'take the plunge', 'Tírate a la piscina y cumple tus sueños.'],
    ['pt', 'self-mockery', 'Sou meio burra em matemática, mas adoro história.'],
    ['pt', 'praise', 'Você é um monstro no violão, parabéns!'],
    ['pt', 'negation', 'Você não é um inútil, nunca deixe ninguém te dizer isso.'],
    ['pt', 'trash', 'Separe seu lixo orgânico do reciclável.'],
    ['pt', 'a farm', 'Você e a vaca Mimosa são as estrelas da fazenda.'],
    ['pt', 'a promise', 'Só você e ninguém mais.'],
    ['pt', 'a report', 'Minha mãe dizia: você não vale nada. Hoje sou médica.'],
    ['fr', 'self-mockery', 'Je suis nul en maths mais je me soigne.'],
    ['fr', 'praise', "T'es un monstre, ce solo de guitare était incroyable !"],
    ['fr', 'negation', "Tu n'es pas nul, ne laisse personne te dire le contraire."],
    ['fr', 'as well as', 'Personne ne cuisine mieux que toi !'],
    ['fr', 'a picture hung', "J'ai fini de pendre les tableaux dans le salon."],
    ['fr', 'meat', 'Un gros porc rôti à la broche pour la fête du village.'],
    ['fr', 'English "sale rates"', 'Garage sale rates are low this weekend.'],
    ['fr', 'laughter', 'Il va mourir de rire en voyant ça.'],
    ['fr', 'nowhere', "Tu n'es nulle part aussi bien qu'ici."],
    ['fr', 'adored', "Tout le monde t'adore ici."],
    ['fr', 'a report in quotes', 'Il m\'a dit « t\'es nulle » en CM2, je m\'en souviens encore.'],
    ['it', 'self-mockery', 'Che scemo che sono, ho perso di nuovo le chiavi.'],
    ['it', 'praise', 'Sei un mostro di bravura, complimenti!'],
    ['it', 'six pigs', 'Abbiamo sei maiali e tre vacche.'],
    ['it', 'as well as', 'Nessuno cucina meglio di te, nonna.'],
    ['it', 'participle', 'Soldi buttati dalla finestra.'],
    ['it', 'go for it', 'Buttati! La vita è una.'],
    ['it', 'negation', 'Non sei un fallito, non lasciare che nessuno te lo dica.'],
    ['es', 'negation of a contemptible name', 'No eres un fracasado, eres un luchador.'],
    ['it', 'loved', 'Tutti ti vogliono bene qui.'],
    ['de', 'self-mockery', 'Ich bin so ein Idiot manchmal, vergesse ständig meine Schlüssel.'],
    ['de', 'praise', 'Du bist der Hammer, danke für alles!'],
    ['de', 'negation', 'Du bist kein Versager, lass dir das von niemandem einreden.'],
    ['de', 'bring in', 'Bring dich mit ein, wir freuen uns auf dich!'],
    ['de', 'drive mad', 'Bring dich um den Verstand mit diesem Kuchen.'],
    ['de', 'luck', 'Da hast du Schwein gehabt!'],
    ['de', 'love', 'Niemand liebt dich so sehr wie ich.'],
    ['de', 'lose', 'Keiner will dich verlieren.'],
    ['de', 'a film', '"Stirb langsam" läuft heute.'],
    ['de', 'do not be ashamed', 'Schäm dich nicht für deine Gefühle.'],
    ['de', 'nothing less than', 'Du bist nichts Geringeres als ein Held.'],
    ['nl', 'self-mockery', 'Ik ben echt een sukkel soms, haha.'],
    ['nl', 'praise', 'Je bent een topper, bedankt voor alles!'],
    ['nl', 'negation', 'Je bent niet waardeloos, laat niemand je dat wijsmaken.'],
    ['nl', 'may not hurt', 'Niemand mag je pijn doen, onthoud dat.'],
    ['nl', 'welcome', 'Je bent dik welkom op ons feest.'],
    ['nl', 'unchanged', 'Je bent niks veranderd.'],
    ['nl', 'your cow', 'Jullie koe is ontsnapt!'],
    ['nl', 'a coat', 'Hang je jas maar op aan de kapstok.'],
    ['nl', 'laughter', 'Ik lag dood van het lachen om jouw grap.'],
    ['nl', 'hunger', 'Als ik niet eet ga ik dood.'],
    ['nl', 'everyone thinks well', 'Iedereen vindt je geweldig.'],
  ])('%s (%s): "%s" is no harassment', async (_lang, _class, value) => {
    expect(await harassment(value)).toEqual([]);
  });
});
