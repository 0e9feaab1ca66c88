import { describe, expect, it } from 'vitest';
import { rules } from './docs.js';

/**
 * Sexual solicitation and self-harm in the members' other languages (session 20: detect-sexual.ts and
 * detect-self-harm.ts phrases for the Latin scripts, script-patterns.ts for Cyrillic, Arabic, Devanagari,
 * Chinese and Japanese). Each sentence is written for its class (a sale of intimate pictures, an escort ad,
 * hookup bait; a wish or plan to die, self-injury told as one's own), none is a data set's row. The innocent
 * ones share the words: dying of laughter or boredom, crisis lines and psychologists, boudoir photographers
 * and nude drawing, "hot" food, a carer's "Begleitservice", a TV "programa", a Ford Escort.
 */

async function categoriesOf(value: string): Promise<string[]> {
  const { reasons } = await rules(value, { policy: { multilingual: true } });
  return reasons.map((r) => r.category);
}

const SEXUAL = ['sexual', 'sexual/minors'];
const SELF_HARM = ['self-harm', 'self-harm/intent', 'self-harm/instructions'];

describe('sexual solicitation in other languages', () => {
  it.each([
    ['es', 'Vendo mis packs calientes, escríbeme al privado.'],
    ['es', 'Chicas calientes cerca de ti esperando tu mensaje.'],
    ['es', 'Hago videollamadas hot, pago por adelantado.'],
    ['pt', 'Vendo conteúdo +18, link na bio.'],
    ['pt', 'Faço programa, atendo em motel, cachê combinado.'],
    ['pt', 'Atendo homens, programa completo, só com hora marcada.'],
    ['fr', 'Je vends mes photos coquines, écris-moi en privé.'],
    ['fr', 'Escort girl à Paris, rendez-vous discrets.'],
    ['de', 'Verkaufe heiße Nacktbilder, schreib mir privat.'],
    ['de', 'Heiße Girls in deiner Nähe warten auf dich.'],
    ['it', 'Vendo foto hot, scrivimi in privato.'],
    ['it', 'Accompagnatrice di lusso a Milano, massima discrezione.'],
    ['nl', 'Ik verkoop mijn naaktfoto\'s, stuur me een DM.'],
    ['nl', 'Geile meiden in jouw buurt willen sex.'],
    ['pl', 'Sprzedam gorące zdjęcia, pisz na priv.'],
    ['tr', 'Çıplak fotoğraflarımı satıyorum, DM at.'],
    ['tr', 'Eskort bayan, İstanbul, ev ve otel.'],
    ['ru', 'Продаю интимные фото, пиши в личку.'],
    ['ru', 'Эскорт услуги, индивидуалки, выезд.'],
    ['ar', 'أبيع صوري العارية، راسلني خاص.'],
    ['ar', 'بنات ساخنات قريبات منك.'],
    ['hi', 'मेरी नंगी तस्वीरें खरीदो, DM करो।'],
    ['hi', 'Meri nangi photos chahiye to DM karo.'],
    ['zh', '出售私密照片，加我微信。'],
    ['zh', '同城约炮，寂寞美女等你。'],
    ['ja', 'エロ写真売ってます、DMください。'],
    ['ja', 'パパ活募集中、大人のお付き合い。'],
  ])('%s: %s', async (_lang, value) => {
    expect(await categoriesOf(value)).toContain('sexual');
  });

  it.each([
    ['es', 'Fotógrafa de bodas y sesiones boudoir elegantes.'],
    ['es', 'Hago fotos sexy para novias, sesiones boudoir.'],
    ['es', 'Vendo fotos de desnudos artísticos en blanco y negro.'],
    ['es', 'Vendo videos caseros de recetas.'],
    ['es', 'Vendo fotos hot dog para menús de restaurantes.'],
    ['es', 'Escolta militar del presidente durante veinte años.'],
    ['pt', 'Mãe de dois, alerto outros pais sobre conteúdo +18 nas redes.'],
    ['pt', 'Apresento um programa de rádio aos domingos.'],
    ['pt', 'Tenho um Ford Escort 1996 impecável.'],
    ['pt', 'Vendo vídeos de pelada do nosso time.'],
    ['fr', 'Je dessine des nus artistiques au fusain.'],
    ['fr', 'Je propose des séances photo sexy et boudoir.'],
    ['de', 'Urlaub an den heißen Quellen in Island.'],
    ['de', 'Begleitservice für Senioren, diskret und zuverlässig.'],
    ['de', 'Polizei-Escorts für Schwertransporte.'],
    ['it', 'Vendo salsa piccante, scrivimi in privato.'],
    ['it', 'Offro servizio fotografico sexy per coppie.'],
    ['nl', 'Ik verkoop pikante sauzen op de markt.'],
    ['pl', 'Sprzedam gorące kubki i czajniki.'],
    ['pl', 'Dama do towarzystwa dla seniorki, pomoc w domu.'],
    ['tr', 'Sıcak simit satıyorum.'],
    ['ru', 'Продаю горячие пирожки.'],
    ['ru', 'Рисую обнажённую натуру.'],
    ['ar', 'أبيع صور الطبيعة.'],
    ['hi', 'गरम समोसे बेचता हूँ।'],
    ['zh', '出售风景照片，加我微信。'],
    ['zh', '上门服务，家电维修。'],
    ['ja', 'ヌードデッサン教室講師。'],
    ['ja', '風景写真売ってます、DMください。'],
  ])('%s innocent: %s', async (_lang, value) => {
    const found = await categoriesOf(value);
    expect(found.filter((c) => SEXUAL.includes(c))).toEqual([]);
  });
});

describe('self-harm in other languages', () => {
  it.each([
    ['es', 'self-harm/intent', 'Esta noche me voy a suicidar, adiós a todos.'],
    ['es', 'self-harm/intent', 'Ya no quiero vivir, tengo las pastillas guardadas.'],
    ['es', 'self-harm', 'Me corto los brazos cuando nadie me ve.'],
    ['pt', 'self-harm/intent', 'Quero morrer, não aguento mais viver.'],
    ['pt', 'self-harm/intent', 'Penso em tirar minha própria vida todo dia.'],
    ['pt', 'self-harm', 'Eu me corto quando fico ansiosa.'],
    ['fr', 'self-harm/intent', "Je veux mourir, j'ai déjà acheté les médicaments."],
    ['fr', 'self-harm/intent', 'Je pense à mettre fin à mes jours.'],
    ['fr', 'self-harm', 'Je me scarifie depuis des mois.'],
    ['de', 'self-harm/intent', 'Ich will nicht mehr leben, heute Nacht mache ich Schluss.'],
    ['de', 'self-harm/intent', 'Ich denke daran, mir das Leben zu nehmen.'],
    ['de', 'self-harm', 'Ich ritze mich seit Jahren.'],
    ['it', 'self-harm/intent', 'Stanotte mi uccido, addio a tutti.'],
    ['it', 'self-harm', 'Mi taglio le braccia per sentire qualcosa.'],
    ['nl', 'self-harm/intent', 'Ik wil dood, ik kan niet meer.'],
    ['nl', 'self-harm', 'Ik snijd mezelf als niemand kijkt.'],
    ['pl', 'self-harm/intent', 'Dziś w nocy się zabiję.'],
    ['pl', 'self-harm', 'Tnę się od roku.'],
    ['tr', 'self-harm/intent', 'Ölmek istiyorum, artık dayanamıyorum.'],
    ['tr', 'self-harm', 'Kollarımı jiletle kesiyorum.'],
    ['ru', 'self-harm/intent', 'Сегодня ночью я покончу с собой.'],
    ['ru', 'self-harm', 'Я режу себя каждый вечер.'],
    ['ar', 'self-harm/intent', 'أريد أن أموت، لم أعد أحتمل.'],
    ['ar', 'self-harm', 'أجرح نفسي كل ليلة.'],
    ['hi', 'self-harm/intent', 'मैं मरना चाहता हूँ।'],
    ['hi', 'self-harm/intent', 'Main aaj raat suicide kar lunga.'],
    ['zh', 'self-harm/intent', '我想死，活着没意思。'],
    ['zh', 'self-harm', '我经常割腕。'],
    ['ja', 'self-harm/intent', '死にたい。もう無理。'],
    ['ja', 'self-harm', 'リストカットがやめられない。'],
  ])('%s %s: %s', async (_lang, category, value) => {
    expect(await categoriesOf(value)).toContain(category);
  });

  it.each([
    ['es', 'Me muero de risa con mis sobrinos.'],
    ['es', 'Voluntaria en la línea de prevención del suicidio.'],
    ['es', 'Psicóloga especializada en autolesiones y prevención del suicidio.'],
    ['es', 'Me corto el pelo yo misma desde la pandemia.'],
    ['es', 'Quiero morir de viejo en mi pueblo, rodeado de nietos.'],
    ['es', 'No quiero vivir en una ciudad grande.'],
    ['pt', 'Morrendo de saudade da minha vó.'],
    ['pt', 'Assisti ao filme "Quero morrer" ontem.'],
    ['fr', 'Je meurs de faim, vivement midi.'],
    ['fr', 'Je veux mettre fin à ma vie de célibataire.'],
    ['fr', 'Psychologue: scarification, automutilation et idées suicidaires chez les ados.'],
    ['de', 'Ich sterbe vor Langeweile.'],
    ['de', 'Mein Chef wird mich umbringen, wenn ich zu spät komme.'],
    ['de', 'Ehrenamtlich bei der Telefonseelsorge, Suizidprävention.'],
    ['it', 'Muoio dal ridere con i miei amici.'],
    ['it', 'Mi ammazzo di lavoro tutta la settimana.'],
    ['it', 'Mi taglio i capelli da sola.'],
    ['nl', 'Ik lach me dood om die film.'],
    ['pl', 'Umieram z nudów w pracy.'],
    ['pl', 'Ten kierowca kiedyś się zabije na tym motorze.'],
    ['pl', 'Tnę drewno na zimę.'],
    ['tr', "Hasret'ten ölüyorum."],
    ['tr', 'Kendimi asla öldürmeyeceğim, hayatı seviyorum.'],
    ['ru', 'Умираю со смеху.'],
    ['ru', 'Хочу умереть в старости в своём доме.'],
    ['ar', 'أموت من الضحك.'],
    ['ar', 'متطوعة في خط الوقاية من الانتحار.'],
    ['hi', 'हँसते हँसते मर गया।'],
    ['hi', 'Bhookh se mar raha hoon.'],
    ['zh', '笑死我了。'],
    ['zh', '想死我了，终于见到你。'],
    ['zh', '心理咨询师，擅长危机干预和自杀预防。'],
    ['ja', '死ぬほど好き。'],
    ['ja', '恥ずかしくて死にたいくらい。'],
    ['ja', '自殺予防の電話相談ボランティア。'],
    // Negated wishes.
    ['pt', 'Não quero me matar, quero ajuda.'],
    ['it', 'Non voglio morire.'],
    ['pl', 'Nie chcę umrzeć.'],
    ['ru', 'Не хочу умереть.'],
    ['ar', 'لا أريد أن أموت.'],
    ['zh', '我不想死。'],
    ['zh', '不要自杀，打电话给我们。'],
  ])('%s innocent: %s', async (_lang, value) => {
    const found = await categoriesOf(value);
    expect(found.filter((c) => SELF_HARM.includes(c))).toEqual([]);
  });

  // Recovery talk (session 27): a past attempt told as one's own, with the life after it, is a member's story, in
  // every language; the same attempt told as recent is intent.
  it.each([
    ['en', 'I tried to kill myself at 17; today I run a support group.'],
    ['es', 'Intenté suicidarme a los 17; hoy coordino un grupo de apoyo.'],
    ['pt', 'Tentei me matar aos 17; hoje coordeno um grupo de apoio.'],
    ['fr', "J'ai tenté de me suicider à 17 ans; aujourd'hui j'anime un groupe de soutien."],
    ['de', 'Mit 17 habe ich versucht, mich umzubringen; heute leite ich eine Selbsthilfegruppe.'],
    ['ru', 'В 17 лет я пыталась покончить с собой, теперь веду группу поддержки.'],
    ['ja', '17歳で自殺未遂をしました。今は支援グループを運営しています。'],
  ])('%s past attempt and recovery: %s', async (_lang, value) => {
    expect(await categoriesOf(value)).not.toContain('self-harm/intent');
  });
  it.each([
    ['en', 'I tried to kill myself last night.'],
    ['es', 'Anoche intenté suicidarme otra vez.'],
    ['pt', 'Ontem tentei me matar de novo.'],
    ['fr', "Hier soir j'ai tenté de me suicider encore."],
    ['de', 'Gestern habe ich versucht, mich umzubringen.'],
    ['ru', 'Вчера я пыталась покончить с собой.'],
    ['ja', '昨日また自殺未遂をしました。'],
  ])('%s attempt told as recent: %s', async (_lang, value) => {
    expect(await categoriesOf(value)).toContain('self-harm/intent');
  });
});
