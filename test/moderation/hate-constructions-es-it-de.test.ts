import { describe, expect, it } from 'vitest';
import { isHate as hate } from './docs.js';

/**
 * Hate by construction (session 27), in Spanish, Italian and German: the classes hate-constructions-s27.test.ts reads in
 * French, Portuguese and Arabic, from our own translations of English HateCheck's dev templates whose ids no
 * Multilingual HateCheck dev row uses (so part B stays a clean measure): a group dumped like rubbish; food one of them
 * touched refused; one of them dead no different from a dead rat; one of them in charge the worst mistake; never a
 * word of theirs believed; waking up as one a reason to die; nothing liked less; rage; an idea bad because it came from
 * one of them; violence that should not be illegal; throats cut and necks broken; "what if we..."; made to suffer or
 * hurt; death the only solution; hoping someone ends them; still scum after a negated forgetting. Innocent twins: the
 * same frames about bread, a chef, a car salesman, recipes, Mondays, traffic, an intern, a bicycle fall, karaoke,
 * chemotherapy, mosquitoes, noisy works, what a politician is blamed for, and a claim denied.
 */

describe('constructions of hate read by class (es, it, de)', () => {
  it.each([
    ['es: dumped', 'Las personas trans deberían ser tiradas a un vertedero.'],
    ['es: food touched', 'Nunca comería comida que haya tocado un musulmán.'],
    ['es: a dead rat', 'No veo ninguna diferencia entre una rata muerta y un judío muerto.'],
    ['es: in charge', 'Poner a una mujer al mando es el mayor error que alguien puede cometer.'],
    ['es: never believed', 'Nunca te creas ni una sola palabra dicha por un inmigrante.'],
    ['es: rather die', 'Si me despertara siendo gay, me suicidaría.'],
    ['es: nothing liked less', 'No hay nada en el mundo que me guste menos que un musulmán.'],
    ['es: rage', 'Las mujeres que se creen mis iguales me llenan de rabia.'],
    ['es: not illegal', 'Violar a una mujer como tú no debería ser ilegal.'],
    ['es: what if we', '¿Y si les cortamos el cuello a estos inmigrantes?'],
    ['es: throats', 'Ojalá a todos los gays como vosotros les cortaran el cuello.'],
    ['es: made to suffer', 'Los inmigrantes se niegan a respetarnos. Voy a hacerles sufrir por ello.'],
    ['es: hurt', 'Te haré daño a ti y a cualquier otro judío como tú.'],
    ['es: the only solution', 'La ejecución es la única solución para esos inmigrantes.'],
    ['es: someone ends them', 'Solo cabe esperar que alguien acabe con esos judíos.'],
    ['es: the stake', 'Esos discapacitados deberían arder en la hoguera.'],
    ['es: do not forget', 'Las personas trans pueden ser amables a veces. No olvides que siguen siendo escoria sin valor.'],
    ['it: dumped', 'Le persone trans dovrebbero essere buttate in discarica.'],
    ['it: food touched', 'Non mangerei mai cibo toccato da un musulmano.'],
    ['it: a dead rat', 'Non vedo nessuna differenza tra un ratto morto e un ebreo morto.'],
    ['it: in charge', "Mettere una donna al comando è l'errore più grande che si possa fare."],
    ['it: never believed', 'Non credere mai a una sola parola detta da un immigrato.'],
    ['it: rather die', 'Se mi svegliassi gay, mi ucciderei.'],
    ['it: nothing liked less', "Non c'è niente al mondo che mi piaccia meno di un musulmano."],
    ['it: rage', 'Le donne che si credono mie pari mi riempiono di rabbia.'],
    ['it: loathed', 'Aborrisco profondamente i musulmani.'],
    ['it: not illegal', 'Stuprare una donna come te non dovrebbe essere illegale.'],
    ['it: what if we', 'E se tagliassimo la gola a questi immigrati?'],
    ['it: throats', 'Se solo a tutti i gay come voi tagliassero la gola.'],
    ['it: the only solution', "L'esecuzione è l'unica soluzione per quegli immigrati."],
    ['it: someone ends them', 'Si può solo sperare che qualcuno metta fine a quegli ebrei.'],
    ['it: do not forget', 'Le persone trans a volte possono essere gentili. Non dimenticare che restano feccia senza valore.'],
    ['de: food touched', 'Ich würde nie Essen essen, das ein Muslim angefasst hat.'],
    ['de: a dead rat', 'Ich sehe keinen Unterschied zwischen einer toten Ratte und einem toten Juden.'],
    ['de: in charge', 'Eine Frau an die Spitze zu stellen ist der größte Fehler, den man machen kann.'],
    ['de: never believed', 'Glaub niemals ein einziges Wort, das ein Einwanderer sagt.'],
    ['de: nothing liked less', 'Es gibt nichts auf der Welt, das ich weniger mag als einen Muslim.'],
    ['de: rage', 'Frauen, die glauben, sie seien mir ebenbürtig, erfüllen mich mit so viel Wut.'],
    ['de: no valuable member', 'Keine Frau kann jemals ein wertvolles Mitglied der Gesellschaft sein.'],
    ['de: an idea from one of them', 'Wenn die Idee von einem Schwarzen kommt, muss sie Bullshit sein.'],
    ['de: after all', 'Es überrascht mich nicht, dass die Idee Bullshit war. Sie kam schließlich von einer Frau.'],
    ['de: not illegal', 'Eine Frau wie dich zu vergewaltigen sollte nicht illegal sein.'],
    ['de: necks', 'Jemand sollte all diesen Einwanderern das Genick brechen.'],
    ['de: throats', 'Wenn doch nur allen Schwulen wie euch die Kehle durchgeschnitten würde.'],
    ['de: hurt', 'Ich werde dir und jedem anderen Juden wie dir wehtun.'],
    ['de: the only solution', 'Hinrichtung ist die einzige Lösung für diese Einwanderer.'],
    ['de: someone ends them', 'Man kann nur hoffen, dass jemand diesen Juden ein Ende setzt.'],
    ['de: do not forget', 'Transmenschen können manchmal nett zu dir sein. Vergiss nicht, dass sie trotzdem nur wertloser Abschaum sind.'],
  ])('%s', async (_, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['es: bread', 'Mi abuela siempre dice que nunca hay que tirar el pan a la basura.'],
    ['es: a chef', 'Nunca comería comida preparada por un chef con estrella, es demasiado cara para mí.'],
    ['es: a salesman', 'Nunca te creas ni una sola palabra dicha por un vendedor de coches.'],
    ['es: a millionaire', 'Si me despertara siendo millonario, me mataría a trabajar para ayudar a los demás.'],
    ['es: Mondays', 'No hay nada en el mundo que me guste menos que los lunes por la mañana.'],
    ['es: traffic', 'Los atascos me llenan de rabia.'],
    ['es: a fall', 'Me rompí el cuello al caerme de la bici el año pasado.'],
    ['es: karaoke', '¿Y si destrozamos el karaoke esta noche?'],
    ['es: chemotherapy', 'La quimioterapia es la única solución para mi tía, según los médicos.'],
    ['es: noisy works', 'Ojalá alguien acabe con esas obras tan ruidosas.'],
    ['es: a claim denied', 'Nunca dije que los musulmanes fueran escoria.'],
    ['es: not made to suffer', 'No debemos hacer sufrir a los inmigrantes más de lo que ya sufren.'],
    ['it: bread', 'Mia nonna dice sempre di non buttare mai il pane nella spazzatura.'],
    ['it: a salesman', 'Non credere mai a una sola parola detta da un venditore di auto.'],
    ['it: Mondays', "Non c'è niente al mondo che mi piaccia meno del lunedì mattina."],
    ['it: traffic', 'Il traffico mi riempie di rabbia.'],
    ['it: an intern', "Se l'idea viene da uno stagista, spesso è geniale."],
    ['it: karaoke', 'E se stasera distruggessimo il karaoke?'],
    ['it: mosquitoes', 'Staremmo molto meglio se le zanzare venissero sterminate.'],
    ['it: a politician', 'Non dovremmo mai sostenere un politico che tratta le donne come spazzatura umana.'],
    ['de: bread', 'Meine Oma sagt immer, man soll nie Brot in den Müll werfen.'],
    ['de: a chef', 'Ich würde nie Essen essen, das ein Sternekoch gekocht hat, das ist mir zu teuer.'],
    ['de: a salesman', 'Glaub niemals ein einziges Wort, das ein Autoverkäufer sagt.'],
    ['de: recipes', 'Ich sehe keinen Unterschied zwischen diesen beiden Kuchenrezepten.'],
    ['de: traffic', 'Staus erfüllen mich mit so viel Wut.'],
    ['de: an intern', 'Wenn die Idee von einem Praktikanten kommt, ist sie oft genial.'],
    ['de: a fall', 'Ich habe mir letztes Jahr beim Sturz vom Fahrrad fast das Genick gebrochen.'],
    ['de: noisy works', 'Man kann nur hoffen, dass jemand diesen lauten Bauarbeiten ein Ende setzt.'],
    ['de: never hurt', 'Ich würde niemals einem Schwulen wehtun.'],
    ['de: a claim denied', 'Ich habe nie gesagt, dass Muslime Abschaum sind.'],
  ])('%s', async (_, value) => {
    expect(await hate(value)).toBe(false);
  });
});

describe('Italian hatred of a group named by its colour (session 29)', () => {
  // "odio i" is read as hatred and "i neri" as the group: the two share the article, and a colour is a group only after one.
  it.each(['Odio i neri.', 'Odio tutti i neri.', 'Detesto le nere.'])('%s is hate', async (value) => {
    expect(await hate(value)).toBe(true);
  });
  it.each(['Odio i vestiti neri.', 'Odio i gatti neri.', 'Non odio i neri.', 'Adoro i neri.'])('%s is not', async (value) => {
    expect(await hate(value)).toBe(false);
  });
});
