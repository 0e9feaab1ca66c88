import { describe, expect, it } from 'vitest';
import { isHate as hate } from './docs.js';

/**
 * Calls for violence against a group by construction class (session 17), the same classes in every
 * language: the imperative with its object, the first person present and conditional, the subjunctive of
 * a call, the impersonal modal, deserving a beating, death wished, better off if they disappeared, made to
 * disappear, said to be better dead, violence called a favour or no crime. The innocent ones share the
 * words: violence aimed at a thing, a group defended, idioms, a crime condemned. Sentences are our own.
 */

describe('violence against a group by construction class', () => {
  it.each([
    ['es', 'subjunctive of a call', 'Que ahorquen a todos los refugiados en la plaza.'],
    ['es', 'deserving a beating', 'Las lesbianas se merecen una buena paliza.'],
    ['es', 'better off if they disappeared', 'Viviríamos mucho mejor si los gitanos desaparecieran.'],
    ['es', 'made to disappear, "a" marking a person', 'Hay que hacer desaparecer a los musulmanes de este barrio.'],
    ['es', 'called a favour', 'Gasear a los judíos sería un favor para todos.'],
    ['pt', 'first person conditional', 'Se eu tivesse uma arma, fuzilaria todos os refugiados.'],
    ['pt', 'no crime, "nenhum" after', 'Espancar travesti não é crime nenhum.'],
    ['fr', 'first person present', 'Je pends tous les migrants que je croise.'],
    ['fr', 'impersonal subjunctive', "Qu'on poignarde ces musulmans un par un."],
    ['fr', 'better dead', 'Les handicapés devraient tous être morts.'],
    ['fr', 'first person conditional', "Si j'avais une arme, je fusillerais tous les Roms."],
    ['fr', 'no crime, with "should"', 'Frapper une lesbienne ne devrait pas être un délit.'],
    ['de', 'imperative singular', 'Erschieß die Flüchtlinge an der Grenze!'],
    ['de', 'separable imperative', 'Hängt alle Transmenschen auf!'],
    ['de', 'deserving a bullet', 'Die Zigeuner verdienen eine Kugel.'],
    ['de', 'death wished', 'Ich wünsche jedem Moslem einen langsamen Tod.'],
    ['de', 'better dead', 'Behinderte sollten allesamt tot sein.'],
    ['de', 'beaten out, passive with a modal', 'Die Ausländer sollten aus der Stadt gejagt werden.'],
    ['it', 'plural imperative', 'Fucilate tutti gli zingari!'],
    ['it', 'impersonal conditional', 'Bisognerebbe fucilare i profughi appena sbarcano.'],
    ['it', 'subjunctive of a call', 'Che vengano deportati tutti i musulmani.'],
    ['it', 'deserving a beating', 'Le lesbiche si meritano legnate.'],
    ['nl', 'separable imperative', 'Schiet alle moslims neer!'],
    ['nl', 'deserving a beating', 'Transgenders verdienen een pak slaag.'],
    ['nl', 'better off if they disappeared', 'Het zou fijn zijn als alle zigeuners verdwenen.'],
    ['nl', 'better dead', 'Joden zouden allemaal dood moeten zijn.'],
    ['pl', '"niech" and the third person plural', 'Niech rozstrzelają wszystkich muzułmanów.'],
    ['pl', 'first person conditional', 'Zastrzeliłbym każdego geja.'],
    ['pl', 'no crime, perfective noun', 'Spalenie Żydów nie powinno być przestępstwem.'],
    ['pl', 'better off, persons', 'Bylibyśmy szczęśliwsi, gdyby uchodźcy zniknęli.'],
    ['hi', 'deserving death', 'Musalman marne ke layak hain.'],
    ['hi', 'made to disappear, "ko"', 'Sab musalmanon ko gayab kar do.'],
    ['hi', 'no crime, the negation closing it', 'Musalmanon ko maarna koi gunah nahi.'],
  ])('%s, %s: %s', async (_, __, text) => {
    expect(await hate(text)).toBe(true);
  });

  it.each([
    ['es', 'a subjunctive after a feeling of shame', 'Me da vergüenza que maten a los refugiados en el mar.'],
    ['es', 'a subjunctive negated', 'No permitiremos que encierren a los inmigrantes en centros.'],
    ['es', 'a thing that should disappear, named as prejudice', 'Estaríamos mejor si los prejuicios contra los inmigrantes desaparecieran.'],
    ['es', 'a criminal punished', 'Quien pega a una mujer merece la cárcel.'],
    ['fr', 'locking up denounced', "Il est scandaleux qu'on enferme les réfugiés dans des centres."],
    ['fr', 'a thing made to disappear', 'Il faut faire disparaître les préjugés contre les Roms.'],
    ['de', 'the third person, not an imperative', 'Rassismus tötet die Flüchtlinge an Europas Grenzen.'],
    ['de', 'a thing that should disappear', 'Es wäre schön, wenn die Vorurteile gegen Ausländer verschwinden würden.'],
    ['de', 'respect deserved', 'Frauen verdienen Respekt und gleichen Lohn.'],
    ['it', 'a feminine participle, not an imperative', 'Sono state picchiate le donne del corteo, denuncia il sindacato.'],
    ['it', 'respect deserved', 'Le donne meritano rispetto, non botte.'],
    ['nl', 'a thing that should disappear', 'Laat de vooroordelen over moslims verdwijnen.'],
    ['pl', 'a door closed', 'Zamknijcie drzwi, uchodźcy już śpią.'],
    ['pl', 'a crime condemned', 'Zabicie imigranta to przestępstwo.'],
    ['hi', 'pain made to disappear', 'Dard gayab kar do, musalmanon ke liye dua.'],
    ['hi', 'a negated must', 'Musalmanon ko nahi maarna chahiye, ye galat hai.'],
  ])('innocent, %s, %s: %s', async (_, __, text) => {
    expect(await hate(text)).toBe(false);
  });
});
