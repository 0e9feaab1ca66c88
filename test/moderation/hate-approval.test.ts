import { describe, expect, it } from 'vitest';
import { isHate as hate } from './docs.js';

/**
 * A report made the writer's own by approval (session 20): agreeing with those who say it, someone "right" to say
 * it or to treat a group so, relief or liking at how a group is treated, a duty to treat it so. Without the
 * approval the same words report or condemn, and stay innocent: disagreement, "wrong to", a treatment called a
 * shame, nobody treating them so any more, relief about the addressee's opinion. Sentences are our own,
 * not Multilingual HateCheck's.
 */
describe('approval makes a report hate (pt, es, fr, de, it, nl, pl, en)', () => {
  it.each([
    ["pt", "doing well to treat them so", "Fazem bem quando tratam os ciganos como lixo."],
    ["pt", "relief at how they are treated", "Ainda bem que tratam os refugiados como lixo."],
    ["pt", "someone right when he says it", "O meu tio tem toda a razão quando diz que os muçulmanos são uns animais."],
    ["pt", "agreeing with those who say it", "Concordo com quem diz que as mulheres são burras."],
    ["pt", "liking how they are treated", "Gosto de como tratam os ciganos: como lixo."],
    ["es", "doing well to treat them so", "Hacen bien en tratar a los gitanos como basura."],
    ["es", "whoever says it is right", "Tiene razón quien dice que los inmigrantes son parásitos."],
    ["es", "relief at how they are treated", "Menos mal que tratan a los refugiados como basura."],
    ["es", "a duty to treat them so", "Deberían tratar a los gitanos como basura."],
    ["es", "\"hay que\" before the treatment", "Hay que tratar a los gitanos como basura."],
    ["es", "liking how they are treated", "Me gusta cómo tratan a los gitanos, como basura."],
    ["fr", "right to treat them so", "Ils ont raison de traiter les Roms comme des chiens."],
    ["fr", "someone right when he says it", "Mon père a raison quand il dit que les musulmans sont des animaux."],
    ["fr", "agreeing with those who say it", "Je suis d'accord avec ceux qui disent que les femmes sont inférieures."],
    ["fr", "a duty to treat them so", "On devrait traiter les Roms comme des chiens."],
    ["fr", "liking how they are treated", "J'aime comment on traite les Roms, comme des chiens."],
    ["de", "someone right when he says it", "Er hat recht, wenn er sagt, dass Flüchtlinge Parasiten sind."],
    ["de", "the treatment called right", "Es ist richtig, Flüchtlinge wie Dreck zu behandeln."],
    ["de", "finding the treatment good", "Ich finde es gut, wie man Flüchtlinge wie Dreck behandelt."],
    ["it", "whoever says it is right", "Ha ragione chi dice che gli immigrati sono parassiti."],
    ["it", "liking how they are treated", "Mi piace come trattano gli zingari: come spazzatura."],
    ["it", "doing well to treat them so", "Fanno bene a trattare gli zingari come spazzatura."],
    ["nl", "someone right when he says it", "Hij heeft gelijk als hij zegt dat moslims beesten zijn."],
    ["nl", "rightly treated so", "Terecht dat ze vluchtelingen als vuil behandelen."],
    ["pl", "good that they are treated so", "Dobrze, że traktują Cyganów jak śmieci."],
    ["pl", "whoever says it is right", "Ma rację ten, kto mówi, że imigranci to pasożyty."],
    // Session 22: relief or liking in more words ("está bien que", "c'est bien que", "gut, dass"), and English.
    ["es", "\"está bien que\" before the treatment", "Está bien que traten a los inmigrantes como basura."],
    ["fr", "\"c'est bien que\" before the treatment", "C'est bien qu'on traite les migrants comme des chiens."],
    ["de", "\"gut, dass\" before the treatment", "Gut, dass man Flüchtlinge wie Dreck behandelt."],
    ["pt", "\"que bom que\" before the treatment", "Que bom que tratam os imigrantes como lixo."],
    ["it", "\"è un bene che\" before the treatment", "È un bene che trattino gli zingari come spazzatura."],
    ["nl", "\"goed dat ze\" before the treatment", "Goed dat ze vluchtelingen als vuil behandelen."],
    ["en", "good that they treat them so", "Good that they treat immigrants like dirt."],
    ["en", "right to treat them so", "They're right to treat refugees like animals."],
    ["en", "finally someone treats them so", "Finally someone treats Muslims like the trash they are."],
    ["en", "liking how they are treated", "I love how they treat immigrants like garbage here."],
  ])('%s: %s', async (_lang, _why, value) => {
    expect(await hate(value)).toBe(true);
  });
});

describe('the same words reporting or condemning stay innocent', () => {
  it.each([
    ["pt", "a shame how they are treated", "É uma vergonha que tratam os ciganos como lixo."],
    ["pt", "disagreeing with those who say it", "Não concordo com quem diz que as mulheres são burras."],
    ["pt", "someone not right", "O meu tio não tem razão quando diz que os muçulmanos são uns animais."],
    ["pt", "doing wrong to treat them so", "Fazem mal em tratar os ciganos como lixo."],
    ["pt", "the treatment called inhuman", "É desumano tratar os refugiados como animais."],
    ["pt", "agreeing that the insult is racism", "Tem razão quem diz que chamar os ciganos de lixo é racismo."],
    ["pt", "relief that nobody treats them so any more", "Ainda bem que ninguém mais trata os ciganos como lixo."],
    ["pt", "relief about the addressee's opinion", "As vidas dos ciganos podem não valer nada para ti, mas ainda bem que a tua opinião não conta."],
    ["pt", "liking how they are treated: with respect", "Gosto de como tratam os imigrantes aqui: com respeito."],
    ["es", "whoever says it is not right", "No tiene razón quien dice que los inmigrantes son parásitos."],
    ["es", "doing wrong to treat them so", "Hacen mal en tratar a los gitanos como basura."],
    ["es", "relief that nobody treats them so any more", "Menos mal que ya nadie trata a los gitanos como basura."],
    ["es", "relief about the addressee's opinion", "Las vidas de los gitanos quizá no valgan nada para ti, pero menos mal que tu opinión no cuenta."],
    ["es", "liking how they are treated: kindly", "Me gusta cómo tratan a los refugiados en este pueblo, con cariño."],
    ["fr", "wrong to treat them so", "Ils ont tort de traiter les Roms comme des chiens."],
    ["fr", "disagreeing with those who say it", "Je ne suis pas d'accord avec ceux qui disent que les femmes sont inférieures."],
    ["fr", "right to denounce those who treat them so", "Ils ont raison de dénoncer ceux qui traitent les Roms comme des chiens."],
    ["fr", "right when he says they suffer prejudice", "Il a raison quand il dit que les musulmans sont victimes de préjugés."],
    ["de", "someone wrong when he says it", "Er hat unrecht, wenn er sagt, dass Flüchtlinge Parasiten sind."],
    ["de", "the treatment called wrong", "Es ist falsch, Flüchtlinge wie Dreck zu behandeln."],
    ["de", "a shame how they are treated", "Es ist eine Schande, wie man Flüchtlinge wie Dreck behandelt."],
    ["de", "right when he says they must not be treated so", "Er hat recht, wenn er sagt, dass man Flüchtlinge nicht wie Dreck behandeln darf."],
    ["de", "relief about the addressee's opinion", "Das Leben von Flüchtlingen ist dir vielleicht egal, aber zum Glück zählt deine Meinung nicht."],
    ["it", "doing wrong to treat them so", "Fanno male a trattare gli zingari come spazzatura."],
    ["it", "not right to treat them so", "Non è giusto trattare gli immigrati come bestie."],
    ["it", "liking how they are treated: with respect", "Mi piace come trattano i rifugiati in questo paese: con rispetto."],
    ["nl", "someone wrong when he says it", "Hij heeft ongelijk als hij zegt dat moslims beesten zijn."],
    ["nl", "the treatment called scandalous", "Het is schandalig om vluchtelingen als vuil te behandelen."],
    ["nl", "right when he says racism is disgusting", "Hij heeft gelijk als hij zegt dat racisme tegen moslims walgelijk is."],
    ["de", "nobody treats them so any more", "Niemand behandelt Flüchtlinge mehr wie Dreck."],
    ["de", "nobody, the verb first", "Zum Glück behandelt keiner mehr Flüchtlinge wie Dreck."],
    ["it", "nobody treats them so any more", "Nessuno tratta più i rifugiati come spazzatura."],
    ["nl", "nobody treats them so any more", "Niemand behandelt vluchtelingen meer als vuil."],
    ["nl", "nobody, the verb first", "Gelukkig behandelt niemand vluchtelingen meer als vuil."],
    ["pl", "bad that they are treated so", "Źle, że traktują Cyganów jak śmieci."],
    ["pl", "a disgrace to treat them so", "To hańba traktować uchodźców jak śmieci."],
    ["pl", "good that nobody treats them so any more", "Dobrze, że nikt już nie traktuje Cyganów jak śmieci."],
    // Session 22.
    ["nl", "a shame that they treat them so", "Het is schandalig dat ze vluchtelingen als vuil behandelen."],
    ["nl", "knowing well that they are treated so", "Ik weet goed dat ze vluchtelingen als vuil behandelen, daarom help ik."],
    ["de", "knowing well that they are treated so", "Ich weiß gut, dass man Flüchtlinge wie Dreck behandelt, und kämpfe dagegen."],
    ["de", "not good that they are treated so", "Nicht gut, dass man Flüchtlinge wie Dreck behandelt."],
    ["es", "not good that they are treated so", "No está bien que traten a los inmigrantes como basura."],
    ["fr", "not good that they are treated so", "Ce n'est pas bien qu'on traite les migrants comme des chiens."],
    ["en", "wrong that they treat them so", "It's wrong that they treat immigrants like dirt."],
    ["en", "not right to treat them so", "It's not right to treat refugees like animals."],
    ["en", "treated with dignity", "Good that they treat immigrants with dignity here."],
  ])('%s: %s', async (_lang, _why, value) => {
    expect(await hate(value)).toBe(false);
  });
});
