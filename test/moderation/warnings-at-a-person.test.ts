import { describe } from 'vitest';
import { keeps, removes } from './docs.js';

/**
 * Issue 17: a warning aimed at the reader, in members' languages: a debt or a wait promised and said whole ("You'll pay
 * for this", "Just wait, you'll see"), a name set off by a comma after it, and a menace over two sentences that need not
 * start from the reader's home: what the writer knows of their work, car or family, then a word to heed. The innocent
 * twins share the frame: regret of a party missed, a round paid for, a view to wait for, a back on the deadlift, news of
 * a new job, a lift offered.
 */
describe('a debt or a wait promised, said whole', () => {
  removes([
    "You'll regret this, Sarah.",
    "You're going to pay for what you did, Kevin.",
    "Just wait, you'll see.",
    "Keep talking, Mike. You'll regret it.",
    'Vas a pagar por lo que hiciste, Carlos.',
    'Espera y verás.',
    'Você vai pagar pelo que fez, Marcos.',
    'Attends un peu, tu vas voir.',
    'Warte nur, du wirst schon sehen.',
    'Guardati le spalle, Marco.',
    'Wacht maar, je zult het zien.',
    'Poczekaj, jeszcze zobaczysz.',
    'Подожди, ещё увидишь.',
    'Yaptığının bedelini ödeyeceksin, Emre.',
    'سوف تندم يا ليلى.',
    '你给我等着，李明。',
    '後悔するぞ、さくら。',
    'तुम पछताओगे, प्रिया।',
    'देख लूँगा तुझे, विकास।',
  ]);
  keeps([
    "You'll regret this haircut.",
    "You'll regret not coming to the party!",
    "You'll pay for this round, Sarah, I got the last one!",
    'Wait and see!',
    'Watch your back on the deadlift, keep it neutral.',
    'Vas a pagar menos con la tarjeta de socio, Carlos.',
    'Espera y verás qué vistas hay desde la cima.',
    'Você vai pagar menos com o cartão de sócio, Marcos.',
    'Attends un peu, tu vas voir la vue là-haut.',
    'Dafür wirst du mir ein Bier ausgeben, Anna!',
    'Pagherai meno con la tessera socio, Luca.',
    'Wacht maar, je zult het uitzicht geweldig vinden.',
    '等着瞧吧，山顶的风景超美。',
    '今に見てて、山頂の景色は最高だよ。',
    'Partiye gelmezsen pişman olacaksın!',
    'पार्टी में नहीं आए तो पछताओगे!',
  ]);
});

describe('what the writer knows, then a word to heed', () => {
  removes([
    'I know where you work. Be careful.',
    'Sé dónde estudia tu hija. Piénsalo bien.',
    'Sei onde teu filho estuda. Pensa bem.',
    'Je sais où tu travailles. Fais attention.',
    'Ich weiß, wo dein Auto steht. Pass gut auf.',
    'So dove va a scuola tua figlia. Pensaci bene.',
    'Ik weet waar je dochter naar school gaat. Denk er goed over na.',
    'Wiem, do której szkoły chodzi twoja córka. Zastanów się dobrze.',
    'Я знаю, в какую школу ходит твоя дочь. Подумай хорошенько.',
    'Kızının hangi okula gittiğini biliyorum. İyi düşün.',
    'أعرف أين تدرس ابنتك. فكّر جيداً.',
    '我知道你女儿在哪上学。好好想想。',
    'お前の職場は知ってる。気をつけろよ。',
    'मुझे पता है तुम्हारी बेटी किस स्कूल में पढ़ती है। अच्छे से सोच लो।',
  ]);
  keeps([
    'I know where you work now, congrats on the new job!',
    'I know where you work. Let\'s grab lunch sometime!',
    'Sé dónde trabajas, ¡felicidades por el nuevo puesto!',
    'Eu sei onde você trabalha agora, parabéns pelo emprego novo!',
    'So dove lavori adesso, complimenti per il nuovo lavoro!',
    'Ich weiß, wo dein Auto steht, ich hol dich ab.',
    'Ik weet waar je nu werkt, gefeliciteerd met je nieuwe baan!',
    'Nerede çalıştığını öğrendim, yeni işin hayırlı olsun!',
    'お前の職場わかったよ、転職おめでとう！',
    'मुझे पता है तुम अब कहाँ काम करते हो, नई नौकरी की बधाई!',
  ]);
});
