import { describe, expect, it } from 'vitest';
import { doc, link, reason, rules, text } from './docs.js';

/**
 * Spam and scam bait (issue 17 point 3, detect-spam.ts) through the local scorer's rules, the way the
 * CLI and the worker build it: bait that flags on its own, bait that flags only beside a suspect link,
 * and the innocent look-alikes a site owner keeps (a pharmacist, a croupier, a fair prize, a donation).
 */
const spam = async (value: string, url?: string) => {
  const verdict = await rules(url ? doc(text(value), link(url)) : value);
  return reason(verdict, 'spam');
};

describe('spam and scam bait', () => {
  it.each([
    ['en', 'Buy cheap Cialis online, no prescription needed, fast shipping'],
    ['es', 'Comprar viagra sin receta, envío discreto'],
    ['fr', 'Achetez du Viagra sans ordonnance pas cher'],
    ['nl', 'Viagra zonder recept kopen'],
    ['tr', 'Ucuz viagra reçetesiz'],
    ['ru', 'Купить виагру без рецепта дёшево'],
    ['pl', 'Kasyno online, bonus bez depozytu 50 darmowych spinów'],
    ['de', 'Freispiele ohne Einzahlung im Online Casino'],
    ['en', 'Send 1 ETH to this wallet and receive 2 ETH back instantly!'],
    ['en', 'Giving away free bitcoin, send 1 get 2 back'],
    ['en', 'Free ETH giveaway: send 0.5 ETH receive 1 ETH'],
    ['pt', 'Envie 100 reais no Pix e receba 1000 de volta'],
    ['de', 'Sende 0,1 BTC und erhalte das Doppelte zurück'],
    ['it', 'Invia 0,1 BTC e ricevi il doppio'],
    ['tr', '0,1 BTC gönderin, iki katını alın'],
    ['ru', 'Отправьте 0,1 BTC и получите вдвое больше'],
    ['es', 'Tu cuenta será suspendida, verifica tus datos'],
    ['de', 'Ihr Konto wird gesperrt. Bestätigen Sie Ihre Daten'],
    ['nl', 'Uw account wordt geblokkeerd, bevestig uw gegevens'],
    ['en', 'Pay with gift cards only, iTunes or Steam'],
  ])('flags bait on its own (%s): %s', async (_lang, value) => {
    const found = await spam(value);
    expect(found?.source).toBe('local:spam');
  });

  it.each([
    ['en', 'Claim your free prize', 'https://tinyurl.com/xyz'],
    ['es', 'Reclama tu premio aquí', 'https://premio-gratis.xyz'],
    ['pt', 'Resgate seu prêmio', 'https://bit.ly/ganhe'],
    ['fr', 'Jouez au casino avec 300 % de bonus', 'http://jouer-gagner.xyz'],
    ['pl', 'Odbierz swoją nagrodę', 'https://nagroda.xyz'],
    ['ru', 'Онлайн казино: бонус 200% и фриспины', 'http://kazino-bonus.xyz'],
  ])('flags softer bait beside a throwaway domain or a shortener (%s): %s', async (_lang, value, url) => {
    expect((await spam(value, url))?.detail).toMatch(/suspect link/);
    // The same words with no link are something an honest member may write.
    expect(await spam(value)).toBeUndefined();
  });

  it.each([
    ['en', 'Congratulations! You have won a $500 Amazon gift card. Claim your reward.'],
    ['es', '¡Has ganado un iPhone! Reclama tu premio.'],
    ['pt', 'Você ganhou! Resgate seu prêmio.'],
    ['pl', 'Wygrałeś! Odbierz swoją nagrodę.'],
  ])('flags two pieces of bait together without a link (%s): %s', async (_lang, value) => {
    expect(await spam(value)).toBeDefined();
  });

  it.each([
    ['en', 'Earn $5000 a week from home! DM me on Telegram'],
    ['en', 'Make 50k a month working from home, WhatsApp me now'],
    ['en', 'Congratulations! You won an iPhone, enter your card details here'],
    ['tr', "Evden günde 5000 TL kazan, WhatsApp'tan yaz"],
    ['tr', 'Tebrikler! iPhone kazandınız, kart bilgilerinizi girin'],
    ['hi', 'Ghar baithe 50,000 kamao, WhatsApp karo abhi'],
    ['ru', 'Заработай 5000$ в неделю без вложений! Пиши в телеграм'],
    ['ru', 'Отправь код из СМС и получи приз 100 000 рублей'],
    ['ar', 'اربح 10000 دولار من البيت، راسلني على الواتساب'],
    ['hi', 'KBC लॉटरी में 25 लाख जीते हैं, अपना बैंक खाता नंबर भेजें'],
    ['zh', '低投入高回报，日赚三千，私聊'],
    ['ja', '簡単に月100万稼げる！LINE追加してね'],
    ['ja', '当選おめでとうございます！こちらのリンクからカード番号を入力してください'],
  ])('flags easy money and a prize that asks for card details (%s): %s', async (_lang, value) => {
    expect(await spam(value)).toBeDefined();
  });

  it.each([
    ['en', 'I earn my living as a baker, message me on WhatsApp for orders'],
    ['en', 'I make bread every day and sell it from home, WhatsApp me for orders'],
    ['en', 'Enter your card details at checkout, we ship worldwide.'],
    ['es', 'Trabajo desde casa como diseñadora, escríbeme al WhatsApp'],
    ['tr', "Evden çalışıyorum, çeviri yapıyorum. WhatsApp'tan yazın."],
    ['hi', 'Ghar se tuition padhata hoon, WhatsApp karo'],
    ['ru', 'Я зарабатываю на жизнь фотографией, пишите в телеграм'],
    ['ar', 'أعمل من البيت كمصممة، راسلني على الواتساب للطلبات'],
    ['zh', '在家做烘焙，欢迎私聊订购'],
    ['ja', '毎日ランニングしています。LINEで連絡してね'],
  ])('leaves work from home, a messenger and a checkout alone (%s): %s', async (_lang, value) => {
    expect(await spam(value)).toBeUndefined();
  });

  it('judges a redirect by the URL it carries, and a domain typed as bare text', async () => {
    expect(await spam('Members pay here', 'https://www.google.com/url?q=https://paypa1-secure-login.top/signin')).toBeDefined();
    expect(await spam('Members pay here', 'https://www.paypal.com/paypalme/potteryclub')).toBeUndefined();
    expect((await spam('500% casino bonus at lucky-spin-casino.xyz'))?.evidence.map((e) => e.value)).toContain('lucky-spin-casino.xyz');
  });

  it.each([
    ['en', 'Pharmacist at Boots for ten years; I explain prescriptions and generic medicines.'],
    ['en', 'Croupier at the Grand Casino, I deal blackjack and roulette on weekends.'],
    ['en', 'Our poker club meets Fridays; newcomers get bonus chips.'],
    ['en', 'I won a prize at the county fair for my pumpkin pie.'],
    ['en', 'We will never ask you to verify your account by email.'],
    ['en', 'We never accept payment in gift cards; beware of scams.'],
    ['en', 'I teach a class on Bitcoin; send questions and get answers back within a day.'],
    ['en', 'Free crypto workshop: send me a message and get the slides back'],
    ['en', 'Free bitcoin wallet setup, send your questions and get answers back'],
    ['en', 'Claim your free coffee with every pottery class at the studio.'],
    ['pt', 'Veja meus remédios favoritos para dor de cabeça: sem receita, só chá.'],
    ['ru', 'Я фармацевт, консультирую по лекарствам.'],
    ['fr', 'Croupière au casino de Deauville, je lis beaucoup.'],
    ['de', 'Apothekerin in Köln, ich berate zu rezeptfreien Mitteln.'],
  ])('leaves the innocent look-alike alone (%s): %s', async (_lang, value) => {
    expect(await spam(value)).toBeUndefined();
  });

  it('leaves a church donation page and a shortened link beside a plain payment line alone', async () => {
    expect(await spam('Donate to our church via PayPal', 'https://www.paypal.com/donate?hosted_button_id=ABC')).toBeUndefined();
    expect(await spam('Ceramics classes: pay here by card or cash at the door.', 'https://bit.ly/3abc')).toBeUndefined();
  });

  // Written apart from the labeled Abouts: other drugs, coins, prizes and wordings of the same grammar.
  it.each([
    ['ru', 'Бездепозитный бонус в казино для новых игроков'],
    ['ar', 'سياليس أصلي بدون روشتة مع توصيل سريع'],
    ['ar', 'حول 0.5 بيتكوين وستحصل على الضعف خلال ساعة'],
    ['ar', 'مكافأة 300% بدون إيداع في أفضل كازينو'],
    ['zh', '希爱力正品，无需处方，全国包邮'],
    ['zh', '充值100 USDT，24小时内返还200 USDT，翻倍到账'],
    ['ja', 'シアリスが処方箋不要で激安'],
    ['ja', '仮想通貨を送金すると倍になって戻ってきます'],
    ['ja', 'オンカジの入金不要ボーナスで今すぐ遊べる'],
    ['hi', 'सियालिस बिना पर्ची के घर पर पाएं'],
    ['hi', 'usdt भेजें और हर बार दोगुना पाएं'],
    ['hi', 'cialis bina prescription, sasta aur fast delivery'],
    ['hi', 'ETH bhejiye aur 2x wapas paiye'],
  ])('flags bait on its own in the other scripts and in Hindi written in Latin letters (%s): %s', async (_lang, value) => {
    expect((await spam(value))?.source).toBe('local:spam');
  });

  it.each([
    ['ar', 'مبروك، لقد فزت بقسيمة شراء', 'https://bit.ly/qasima'],
    ['ar', 'تم تعليق حسابك', 'http://account-help.top/ar'],
    ['zh', '恭喜你获奖，请尽快登记', 'https://lingjiang.xyz'],
    ['zh', '您的帐号已被锁定', 'https://bit.ly/zhanghao'],
    ['ja', 'アマゾンのギフトカードがもらえるキャンペーン', 'https://amagift.top'],
    ['ja', 'アカウントがロックされました', 'https://tinyurl.com/jp-login'],
    ['hi', 'तुमने आईफोन जीता', 'https://bit.ly/jeet'],
    ['hi', 'आपका सिम ब्लॉक हो जाएगा', 'https://sim-kyc.top'],
  ])('flags softer bait in the other scripts beside a throwaway domain or a shortener (%s): %s', async (_lang, value, url) => {
    expect((await spam(value, url))?.detail).toMatch(/suspect link/);
    expect(await spam(value)).toBeUndefined();
  });

  it.each([
    ['ru', 'Я фармацевт и объясняю, когда без рецепта не обойтись.'],
    ['ar', 'أنا صيدلانية، أشرح للمرضى متى يحتاجون إلى وصفة طبية.'],
    ['ar', 'ربحت جائزة أفضل خزّاف في معرض المدينة.'],
    ['zh', '我是药剂师，帮大家看懂处方。'],
    ['zh', '我在澳门的赌场做荷官，周末爱爬山。'],
    ['ja', '薬局で働いています。処方箋の受付も担当。'],
    ['ja', '工房の商品券はレジでお求めください。'],
    ['hi', 'मैं फार्मासिस्ट हूँ, दवा की पर्ची समझाती हूँ।'],
    ['hi', 'Main bitcoin par lectures deta hoon, sawaal bhejo, jawab milega.'],
  ])('leaves the innocent look-alike alone in the other scripts (%s): %s', async (_lang, value) => {
    expect(await spam(value)).toBeUndefined();
  });

  it('is off when the site owner allows spam, and stays on when they allow only illicit content', async () => {
    const bait = 'Buy cheap Cialis online, no prescription needed';
    expect((await rules(bait, { policy: { flag: { spam: false } } })).flagged).toBe(false);
    expect(reason(await rules(bait, { policy: { flag: { illicit: false } } }), 'spam')).toBeDefined();
  });
});
