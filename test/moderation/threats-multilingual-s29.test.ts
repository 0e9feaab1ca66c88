import { describe } from 'vitest';
import { keeps, removes } from './docs.js';

/**
 * Threats in the thirteen other languages as members write them (session 29's probe, none an eval row), one of
 * each class a language gained: "someone should shoot you", deserving a bullet, a head torn off or bones broken,
 * the verb first after a condition, a group killed by a pronoun's call, the set phrases of a veiled threat said
 * last. Beside them the innocent idioms and bios that share their words: deserving a holiday, a barber's cut, a
 * pest or a game's zombies killed, paying for a beer, the speaker's mother who will "kill" them, killing with
 * kisses. Through the scorer as it ships (rules and the text model, multilingual on).
 */

describe('Spanish', () => {
  removes([
    'Alguien debería pegarte un tiro.',
    'Mereces que te peguen un tiro.',
    'Te arrancaré la cabeza.',
    'Deberían quemarlos vivos a todos.',
    'Me las vas a pagar.',
  ]);
  keeps([
    'Te mereces un premio por aguantarme.',
    'Te cortaré el pelo gratis la primera vez.',
    'Te voy a matar a besos.',
    'Las cucarachas hay que matarlas con gel, no con spray.',
    'Me las vas a pagar con una cena, que perdiste la apuesta.',
  ]);
});

describe('Portuguese', () => {
  removes([
    'Alguém devia te dar um tiro.',
    'Você merece levar um tiro.',
    'Se voltar aqui eu quebro tuas pernas.',
    'Vou encher você de bala.',
    'Quero ver você morto.',
  ]);
  keeps([
    'Você merece um prêmio.',
    'No jogo você tem que matar todos os inimigos.',
    'Os ratos, tem que matar todos eles antes do inverno.',
    'Vou te encher de beijos.',
    'Alguém devia te dar um abraço.',
  ]);
});

describe('French', () => {
  removes([
    "Quelqu'un devrait te tirer une balle.",
    'Tu mérites une balle dans la tête.',
    "Je vais t'arracher la tête.",
    'Il faut tous les tuer.',
    'Tu vas me le payer.',
  ]);
  keeps([
    'Tu mérites une médaille.',
    'Je vais te couper les cheveux comme tu veux.',
    'Dans ce jeu il faut tuer tous les zombies.',
    'Les punaises de lit, il faut les tuer à la vapeur.',
    'Tu vas me le payer en chocolats, ce service !',
  ]);
});

describe('German', () => {
  removes([
    'Wenn du nochmal hier auftauchst, brech ich dir die Beine.',
    'Wenn ich dich noch einmal sehe, bist du tot.',
    'Ich reiß dir den Kopf ab.',
    'Jemand sollte dich erschießen.',
    'Die gehören alle an die Wand gestellt.',
  ]);
  keeps([
    'Ich schlage die Zeit tot, bis mein Zug kommt.',
    'Du verdienst eine Pause.',
    'Jemand sollte dich mal umarmen.',
    'Dafür wirst du bezahlen müssen, die Tickets sind teuer.',
    'Meine Mutter bringt mich um, wenn sie mein Zeugnis sieht.',
  ]);
});

describe('Italian', () => {
  removes(['Qualcuno dovrebbe spararti.', 'Ti meriti una pallottola in testa.', 'Ti stacco la testa.', 'Crepa.', 'Andrebbero fucilati tutti.', 'Me la pagherai.']);
  keeps(['Ti meriti una vacanza.', 'Ti taglio i capelli come vuoi tu.', 'Me la pagherai una birra, eh!', "C'è una crepa nel muro.", 'Ti ammazzo di baci.']);
});

describe('Dutch', () => {
  removes([
    'Als je hier nog één keer komt, breek ik je benen.',
    'Als ik je nog eens zie, ben je dood.',
    'Ik snij je keel door.',
    'Iemand zou je moeten neerschieten.',
    'Jij verdient een kogel door je kop.',
  ]);
  keeps(['Ik dood de tijd met puzzels.', 'Jij verdient een pauze.', 'Iemand zou je moeten knuffelen.', 'Ik sla je met schaken.', 'Ik schiet graag plaatjes van vogels.']);
});

describe('Polish', () => {
  removes(['Ktoś powinien cię zastrzelić.', 'Zasługujesz na kulkę w łeb.', 'Urwę ci łeb.', 'Wymordujemy was wszystkich.', 'Powinno się ich wszystkich powiesić.', 'Zapłacisz mi za to.']);
  keeps(['Zasługujesz na urlop.', 'Zapłacisz mi za to kartą?', 'Ktoś powinien cię przytulić.', 'Trzeba ich wszystkich nakarmić.', 'Zabijam czas czytaniem.']);
});

describe('Russian', () => {
  removes(['Кто-нибудь должен тебя пристрелить.', 'Ты заслуживаешь пулю в лоб.', 'Ещё раз сюда придёшь — ноги переломаю.', 'Их всех надо перестрелять.', 'Я сожгу твой дом вместе с тобой.']);
  keeps(['Ты заслуживаешь счастья.', 'Их всех надо накормить.', 'На этом катке я себе ноги переломаю.', 'Кто-нибудь должен тебя обнять.', 'Мама меня убьёт, когда увидит оценки.']);
});

describe('Turkish', () => {
  removes(['Biri seni vurmalı.', 'Seni bir daha görürsem öldürürüm.', 'Kafanı koparacağım.', 'Seni bıçaklarım.', 'Kafana bir kurşunu hak ediyorsun.']);
  keeps(['Bir tatili hak ediyorsun.', 'Seni görürsem sarılırım.', 'Biri seni sevmeli.', 'Hepinizi düğünümüze bekliyoruz.', 'Havaalanında vakit öldürüyorum.']);
});

describe('Arabic', () => {
  removes(['لو شفتك مرة ثانية بقتلك.', 'سنذبحكم واحداً واحداً.', 'راح أقطع راسك.', 'لازم أحد يطلق عليك النار.', 'لازم نحرقهم كلهم.', 'تستاهل رصاصة في راسك.']);
  keeps(['اتهموه بقتله لكنه بريء.', 'تستحق الجائزة.', 'ستدفع الثمن عند الاستلام.', 'لازم أحد يساعدك.', 'سأقتلك بالقبلات.']);
});

describe('Mandarin', () => {
  removes(['应该有人一枪毙了你。', '你该吃枪子。', '我要砍了你的头。', '我要烧了你家。', '应该把他们全杀了。', '我会让你付出代价。']);
  keeps(['我妈看到成绩会杀了我。', '把它们全杀了，家里就没有蟑螂了。', '我要让你好看得像明星一样。', '你给我等着，我马上到。', '应该有人帮帮你。']);
});

describe('Japanese', () => {
  removes(['誰かお前を撃ち殺せばいいのに。', '死んでほしい。', 'あいつら全員殺すべきだ。', '刺すぞ。', 'ただじゃおかないぞ。', '夜道に気をつけろよ。']);
  keeps(['ゴキブリには死んでほしい。', 'ハチが刺すぞ、気をつけて。', '全員合格すべきだ。', '夜道に気をつけてね。', '死ぬほど好き。']);
});

describe('Hindi (romanised)', () => {
  removes(['Koi tujhe goli maar de.', 'Mar ja.', 'Sabko goli maar do.', 'Tujhe dhoondh ke maarunga.', 'Tera sar kaat dunga.', 'Tujhe zinda nahi chhodunga.']);
  keeps(['Kal se diet ko goli maar dunga.', 'Koi tujhe pyaar de.', 'Tera ghar saja dunga diwali pe.', 'Hans hans ke mar gaya.', 'Main tujhe maar dunga hasa hasa ke.']);
});

describe('a group threatened: putting an end to them, killing and cut throats wished (hate-grammars.ts)', () => {
  removes([
    'Metteremo fine a tutti gli immigrati.',
    'Wir werden allen Einwanderern ein Ende setzen.',
    'We gaan een einde maken aan alle immigranten.',
    'Położymy kres wszystkim imigrantom.',
    "J'aimerais que tous les musulmans soient abattus dans la rue.",
    'Ik wou dat alle moslims op straat werden doodgeschoten.',
    'Chciałbym, żeby wszystkich muzułmanów rozstrzelano na ulicy.',
    'Se solo le donne come te avessero la gola tagliata.',
  ]);
  keeps([
    'Wir wollen der Armut von Einwanderern ein Ende setzen.',
    'We willen een einde maken aan de armoede van immigranten.',
    'Zes miljoen joden werden vermoord in de Holocaust.',
    'Miliony Żydów zagazowano w Auschwitz.',
    'Il est inacceptable que des musulmans soient tués dans la rue.',
    'Mon grand-père juif a été retrouvé la gorge tranchée.',
  ]);
});
