import { describe, expect, it } from 'vitest';
import { isHate as hate } from './docs.js';

/**
 * Hate by construction class (session 26), from probes written for the classes part A's misses showed in French,
 * Portuguese and Arabic (a clause of degree after a negated seeing, the group addressed, contempt for others' contempt),
 * then the other languages where the construction is shared: "how much" opens a clause a negated seeing does not reach;
 * the group addressed and then spoken to in the second person; people named by what they are to the speaker before a
 * colour word; ashamed to exist; the Arabic comparative of a contempt noun; unable to think; bringing nothing but
 * trouble; against nature; sent home by a modal; a misspelt group word whose misspelling another language lists, in a
 * text that shows no word of that language of its own. Innocent twins: the same frames with a good or a neutral word, a
 * negated shame, others' contempt decried, a wish to go home, "against" as a stance. Sentences are our own, not
 * Multilingual HateCheck's.
 */

describe('a clause of degree after a negated seeing or realising is said', () => {
  it.each([
    ['fr: à quel point', 'Les gens ne se rendent pas compte à quel point les musulmans sont répugnants.'],
    ['fr: combien', 'Personne ne voit combien les Roms sont sales.'],
    ['fr: asked', 'Est-ce vraiment possible que les gens ne voient pas à quel point les trans sont dégueulasses ?'],
    ['pt: o quanto', 'As pessoas não percebem o quanto os muçulmanos são nojentos.'],
    ['pt: quão', 'Ninguém vê quão sujos os ciganos são.'],
    ['es: hasta qué punto', 'La gente no se da cuenta de hasta qué punto los gitanos son asquerosos.'],
    ['ar: قد ايه', 'الناس مش واخدة بالها قد ايه المسلمين مقرفين.'],
    ['de: wie', 'Die Leute merken nicht, wie ekelhaft Flüchtlinge sind.'],
    ['nl: hoe', 'Mensen beseffen niet hoe walgelijk moslims zijn.'],
  ])('%s', async (_, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['fr: a wrong they suffer', 'Les gens ne se rendent pas compte à quel point les musulmans sont discriminés.'],
    ['fr: counting, not saying', 'Je ne sais pas combien de réfugiés sont criminels.'],
    ['pt: a wrong they suffer', 'As pessoas não percebem o quanto os muçulmanos são discriminados.'],
    ['pt: thinking keeps the negation', 'Não acho que as mulheres sejam burras.'],
    ['pt: a comparison denied', 'Os imigrantes não são tão preguiçosos quanto dizem.'],
    ['ar: a wrong they suffer', 'الناس مش واخدة بالها قد ايه المسلمين بيتعرضوا للتمييز.'],
  ])('%s: not hate', async (_, value) => {
    expect(await hate(value)).toBe(false);
  });
});

describe("contempt for others' contempt of a group is no hate", () => {
  it.each([
    ['fr: not bearing it', "Je ne supporte pas qu'on méprise les Roms."],
    ['fr: hating it', "Je déteste qu'on méprise les Roms."],
    ['fr: how much', 'Je ne supporte pas à quel point on méprise les Roms.'],
  ])('%s: not hate', async (_, value) => {
    expect(await hate(value)).toBe(false);
  });

  it.each([
    ['fr: said of them, their subject', 'Je déteste que les Roms soient si sales.'],
    ['fr: an epithet in the clause', "Je déteste qu'on laisse entrer ces parasites de Roms."],
    ['fr: an epithet after a determiner', 'Je déteste que ces sales Roms soient là.'],
  ])('%s', async (_, value) => {
    expect(await hate(value)).toBe(true);
  });
});

describe('the group addressed, then spoken to', () => {
  it.each([
    ['fr: vous ne valez rien', 'Vous, les Noirs, vous ne valez rien.'],
    ['pt: a colour word addressed', 'Negros, vocês são uns parasitas.'],
    ['pt: your lives', 'Negros, suas vidas não valem nada.'],
    ['it: a colour word addressed', 'Neri, siete dei parassiti.'],
  ])('%s', async (_, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['pt: welcomed', 'Negros, vocês são bem-vindos.'],
    ['it: welcomed', 'Neri, siete i benvenuti.'],
  ])('%s: not hate', async (_, value) => {
    expect(await hate(value)).toBe(false);
  });
});

describe('people named by what they are to the speaker, then a colour word', () => {
  it.each([
    ['fr', 'Mes voisins noirs sont des parasites.'],
    ['fr: carried to the next sentence', "J'ai des collègues noirs. Ils sont tous fainéants."],
    ['pt', 'Meus vizinhos negros são uns vagabundos.'],
  ])('%s', async (_, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['fr', 'Mes voisins noirs sont adorables.'],
    ['pt', 'Meus vizinhos negros são uns amores.'],
  ])('%s: not hate', async (_, value) => {
    expect(await hate(value)).toBe(false);
  });
});

describe('ashamed to exist', () => {
  it.each([
    ['fr', "Les trans devraient avoir honte d'exister."],
    ['pt', 'Os gays deviam ter vergonha de existir.'],
    ['it', 'I gay dovrebbero vergognarsi di esistere.'],
    ['ar', 'المتحولين لازم يتكسفوا انهم عايشين.'],
  ])('%s', async (_, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['fr: the shame denied', "Les trans ne devraient pas avoir honte d'exister."],
    ['es: nobody', 'Nadie debería tener vergüenza de existir.'],
    ['ar: the shame denied', 'المتحولين مش لازم يتكسفوا انهم عايشين.'],
  ])('%s: not hate', async (_, value) => {
    expect(await hate(value)).toBe(false);
  });
});

describe('Arabic: the comparative of a contempt noun, unable to think', () => {
  it.each([
    ['nobody more hypocritical', 'لا يوجد أحد أكثر نفاقا من اليهود.'],
    ['the most hypocritical of people', 'اليهود أكثر الناس نفاقا.'],
    ['unable to think', 'الستات مبتعرفش تفكر.'],
    ['unable to think (Standard)', 'المسلمين عاجزين عن التفكير.'],
  ])('%s', async (_, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['nobody more generous', 'مفيش حد أكثر كرما من اللاجئين.'],
    ['the most innocent of people', 'الاطفال أكثر الناس براءة.'],
    ['unable to work, by law', 'اللاجئين عاجزين عن العمل بسبب القوانين.'],
  ])('%s: not hate', async (_, value) => {
    expect(await hate(value)).toBe(false);
  });
});

describe('nothing but trouble, against nature, sent home', () => {
  it.each([
    ['pt: nothing but trouble', 'Os imigrantes só trazem problemas.'],
    ['de: nothing but trouble', 'Flüchtlinge bringen nur Probleme.'],
    ['nl: nothing but trouble', 'Vluchtelingen brengen alleen maar problemen.'],
    ['pl: nothing but trouble', 'Uchodźcy przynoszą tylko problemy.'],
    ['ar: nothing but trouble', 'اللاجئين مبيجيبوش غير المشاكل.'],
    ['fr: against nature', 'Les gays sont contre nature.'],
    ['pt: against nature', 'Os gays são contra a natureza.'],
    ['es: against nature', 'Los gays son contra natura.'],
    ['it: against nature', 'I gay sono contro natura.'],
    ['de: against nature', 'Schwule sind widernatürlich.'],
    ['pl: against nature', 'Geje są przeciw naturze.'],
    ['ar: against nature', 'المثليين ضد الطبيعة.'],
    ['fr: an aberration', 'Les gays sont une aberration.'],
    ['fr: sent home', 'Les réfugiés doivent rentrer chez eux.'],
    ['pt: sent home', 'Os refugiados devem voltar para casa.'],
  ])('%s', async (_, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['fr: against nature denied', 'Les gays ne sont pas contre nature.'],
    ['fr: against nature reported', 'Dire que les gays sont contre nature est une insulte.'],
    ['pt: against nature denied', 'Os gays não são contra a natureza.'],
    ['ar: against nature reported', 'اللي بيقول ان المثليين ضد الطبيعة عنصري.'],
    ['fr: a wish to go home', 'Les réfugiés veulent rentrer chez eux un jour.'],
    ['fr: a right to go home', 'Les réfugiés devraient pouvoir rentrer chez eux.'],
    ['pt: a dream of home', 'Os refugiados sonham em voltar para casa.'],
    ['pt: nothing but joy', 'Os imigrantes só trazem alegria ao bairro.'],
    ['fr: a horror they live', 'Les trans vivent une horreur au quotidien.'],
    ['fr: a horror done to them', 'Ce que subissent les réfugiés est une horreur.'],
    ['de: not only trouble', 'Flüchtlinge bringen nicht nur Probleme, sondern auch Chancen.'],
  ])('%s: not hate', async (_, value) => {
    expect(await hate(value)).toBe(false);
  });
});

describe('a misspelt group word another language lists, in a text with no word of that language of its own', () => {
  it.each([
    ['fr: jufs (Dutch for teachers)', 'Les jufs sont des parasites.'],
    ['fr: nors', 'Les nors sont des parasites.'],
    ['fr: hane (Polish)', "J'ai tant de hane pour les trans comme vous."],
  ])('%s', async (_, value) => {
    expect(await hate(value)).toBe(true);
  });

  it('nl: teachers in Dutch stay teachers', async () => {
    expect(await hate('De jufs zijn heel lief.')).toBe(false);
  });
});
