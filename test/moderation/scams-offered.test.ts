import { describe, expect, it } from 'vitest';
import { reason, rules } from './docs.js';

/**
 * Scams and stolen goods offered to visitors (session 24, detect-spam.ts and detect-illicit.ts): money
 * "flipping", hacked or verified accounts for sale, degrees sold without study, a loan with no checks
 * reached through a messenger, a crypto "recovery" reached through webmail; forged papers, hacked accounts
 * and degrees offered in es pt fr de it nl pl. Written for the class, not from a
 * data set. The innocent lines share the words: a house flipper, a security consultant who recovers hacked
 * accounts, a shop selling gift cards, a bakery's WhatsApp number, a loan officer, a nurse's diploma.
 */
const flagged = async (value: string) => {
  const result = await rules(value);
  return ['spam', 'illicit'].some((category) => (reason(result, category)?.score ?? 0) >= 0.5);
};

describe('scams and stolen goods offered', () => {
  it.each([
    'Cash App flip! Send $100 and I flip it to $1000 in one hour, legit',
    'I flip your $200 into $2000 same day, PayPal or Zelle, DM me',
    'Money flip legit, 100% real, hit me up on Telegram',
    'Hacked Netflix and Spotify accounts for sale, lifetime access for $5',
    'Selling cracked accounts: Disney+, HBO, Fortnite, cheap, Telegram @acc_shop',
    'Buy verified bank accounts and PayPal accounts, fast delivery',
    'Get your degree certificate in 7 days, any university, 100% verified',
    'Buy a real registered diploma without exams, any college, DM me',
    'Looking for a loan? Fast approval, no credit check, WhatsApp +1 555 0100',
    'Recovery expert: I recover scammed bitcoin, contact hackerjames at gmail',
    'Vendo cuentas de Netflix hackeadas, baratas, escríbeme por WhatsApp',
    'Vendo documentos falsos, DNI y pasaportes, envío discreto',
    'Compra títulos universitarios sin estudiar, cualquier universidad',
    'Vendo passaportes falsos e CNH, entrega rápida',
    'Comptes Netflix piratés à vendre, pas cher',
    'Gefälschte Ausweise und Führerscheine kaufen, diskreter Versand',
    'Gehackte Netflix-Konten zu verkaufen, günstig',
    'Laurea senza studiare, comprare subito, contattami',
    'Valse paspoorten te koop, discreet verzonden',
    'Sprzedam fałszywe dokumenty i dowody, dyskretna wysyłka',
  ])('%s', async (value) => {
    expect(await flagged(value)).toBe(true);
  });
});

describe('the same words in honest bios', () => {
  it.each([
    'Real estate investor: I flip houses in Ohio, bought at $100k and sold at $180k.',
    'I flip vintage furniture, from $20 yard sale finds to $300 pieces.',
    'Cybersecurity consultant: I help small businesses recover hacked accounts.',
    'My Instagram was hacked last year, if you get a weird message from me, ignore it.',
    'We sell Netflix gift cards and Spotify vouchers in our shop on Main Street.',
    'Bakery on 5th avenue, order cakes on WhatsApp +1 555 0199.',
    'Loan officer: fast approval for first-time buyers, call me at the branch.',
    'Proud to have finished my degree certificate in nursing this year, any questions about the course, ask!',
    'I recovered from a scam last year and now volunteer to help other victims.',
    'Soy policía: en mis charlas enseño a detectar documentos falsos.',
    'Ich schule Türsteher darin, gefälschte Ausweise zu erkennen.',
    'Consultora de ciberseguridad: recupero cuentas hackeadas de pequeñas empresas.',
    'Vendo libros usados y discos, envío discreto y rápido.',
    'Ho preso la laurea senza fretta, studiando la sera dopo il lavoro.',
    'Compré mi primer título de propiedad este año, ¡una casa en Sevilla!',
  ])('%s', async (value) => {
    expect(await flagged(value)).toBe(false);
  });
});

describe('investment returns guaranteed, and paid sugar dating (session 25)', () => {
  it.each([
    'Certified forex account manager: 30% weekly returns guaranteed, minimum deposit $200.',
    'Invest $100 and get $1,500 in 48 hours with my bitcoin mining plan, inbox me.',
    'Gestionnaire de compte forex : 30 % de rendement par semaine garanti.',
    '30% de rentabilidad semanal garantizada, escríbeme.',
    '30 % Rendite pro Woche garantiert!',
    '30% di rendimento settimanale garantito, contattami.',
    'Lucro de 20% por semana garantido no forex.',
    'Invierte 100 € y recibe 1000 € en 24 horas.',
  ])('is spam: %s', async (value) => {
    expect(await flagged(value)).toBe(true);
  });
  it.each([
    'Sugar mommy here, I pay my babies every week, DM me',
    'Sugar daddy busca sugar baby, pago 500 € semanales, escríbeme por WhatsApp.',
  ])('is sexual solicitation: %s', async (value) => {
    expect((reason(await rules(value), 'sexual')?.score ?? 0) >= 0.5).toBe(true);
  });
  it.each([
    'Open 7 days a week, satisfaction guaranteed.',
    'Our bonds paid 4% annual interest last year; returns are not guaranteed.',
    'I teach forex trading basics and always warn students: anyone promising guaranteed weekly returns is scamming you.',
    'Financial adviser (FCA regulated). Past returns are no guarantee of future results.',
    "Sugar Mama's Bakery: we pay our bakers a living wage.",
    'Earned my first 500 dollars from my pottery shop this week, so happy!',
  ])('stays up: %s', async (value) => {
    expect((await rules(value)).flagged).toBe(false);
  });
});

describe('drugs and untraceable guns sold, in members\' languages (session 25)', () => {
  it.each([
    'Vendo maría y hachís, envío discreto, escríbeme.',
    'Verkaufe Gras und Koks, schreib mir auf Telegram.',
    'Vendo maconha e cocaína, entrega rápida, chama no zap.',
    'Je vends de la weed et de la coke, livraison rapide, Snap.',
    'Sprzedam mefedron i amfetaminę, dyskretna wysyłka.',
    'Verkoop wiet en hasj, discreet verzonden.',
    'Vendiamo hashish e cocaina, consegna rapida.',
    'Ketamina a la venta, envíos a toda España.',
    'Selling untraceable ghost guns and ammo, no background check.',
    'Vendo pistolas sin papeles, escríbeme.',
    'Verkaufe Waffen ohne Waffenschein.',
  ])('is illicit: %s', async (value) => {
    expect(await flagged(value)).toBe(true);
  });
  it.each([
    'Vendo la casa de María en Sevilla, tres habitaciones.',
    'Wir verkaufen Koks und Briketts für Ihren Ofen.',
    'Vendo erba medica e fieno per cavalli.',
    'Je vends des herbes aromatiques au marché.',
    'Trabajo en prevención: campaña contra la venta de cocaína a menores.',
    'Vendo pericos australianos y canarios.',
    'Vendo armas de airsoft y réplicas, todas legales.',
    'Licensed firearms dealer in Texas, all sales with background checks.',
    'Vendo pastillas de jabón artesanal.',
    'Verkaufe Speedboot, Baujahr 2015.',
  ])('stays up: %s', async (value) => {
    expect((await rules(value)).flagged).toBe(false);
  });
});

describe('passwords asked for by a platform\'s "staff" (session 25)', () => {
  it.each([
    "I'm the official Wix support team. Send us your password to keep your site.",
    'Official Instagram security team: send your password to verify your account.',
    'Soporte oficial de Facebook: envía tu contraseña para verificar tu cuenta.',
    'Suporte oficial do Instagram: envie sua senha para não perder a conta.',
    'Support officiel Facebook : envoyez votre mot de passe pour garder votre compte.',
    'Offizieller Instagram-Support: senden Sie Ihr Passwort zur Bestätigung.',
    'Wyślij nam swoje hasło, aby potwierdzić konto.',
  ])('is spam: %s', async (value) => {
    expect(await flagged(value)).toBe(true);
  });
  it.each([
    'Never share your password with anyone, not even someone who says they are Wix support.',
    'I teach seniors how to choose a strong password.',
    'Former member of the official Google support team, now a freelance IT consultant.',
    'Enter your password to log in to the student portal, then pick your classes.',
  ])('stays up: %s', async (value) => {
    expect((await rules(value)).flagged).toBe(false);
  });
});

describe('killing, break-ins and exam certificates sold (session 26)', () => {
  it.each([
    ['illicit/violent', 'Hitman for hire, discreet, any city'],
    ['illicit/violent', 'Need someone gone? I handle problems permanently, paid in crypto'],
    ['illicit', 'Hacking services: I can get into any Instagram or WhatsApp account'],
    ['illicit', "I can hack into your ex's account, dm me"],
    ['illicit', 'Buy real IELTS certificates without exam, whatsapp me'],
    ['illicit', 'Selling my Netflix and Spotify accounts lifetime for 5 dollars'],
    ['illicit', 'Netflix premium accounts lifetime cheap'],
  ])('%s: %s', async (category, value) => {
    expect((reason(await rules(value), category)?.score ?? 0) >= 0.5).toBe(true);
  });
  it.each([
    'I write thrillers about hitmen and drug cartels',
    'I recover hacked accounts for my clients',
    'Former hacker, now a security consultant: I find the holes before criminals do',
    "Need someone to water my plants while I'm away, will pay",
    'Want your ex gone from your mind? Book a hypnotherapy session',
    'Buy a genuine IELTS preparation book',
    'Spotify playlist curator, lifetime music lover',
    'My Netflix account is my lifetime guilty pleasure',
  ])('stays up: %s', async (value) => {
    expect((await rules(value)).flagged).toBe(false);
  });
});

describe('drugs sold in Turkish, Hindi and the other scripts (session 26)', () => {
  it.each([
    'Продаю закладки, мефедрон, пиши в телеграм',
    'Ot ve kokain satıyorum, DM',
    'أبيع حشيش وحبوب، راسلني على واتساب',
    '出售冰毒和大麻，加微信',
    '大麻売ります、DMください',
    'ganja bechta hu, call karo',
    'गांजा बेचता हूँ',
  ])('is illicit: %s', async (value) => {
    expect(await flagged(value)).toBe(true);
  });
  it.each([
    'Продаю соль для ванн ручной работы',
    'Продаю шишки для поделок',
    'Я нарколог, помогаю бросить мефедрон',
    '我是戒毒所的医生，帮助大麻成瘾者',
    '野菜売ります、DMください',
    'أعمل في مركز لعلاج إدمان الحشيش',
    'Esrar bağımlılığı üzerine çalışan bir psikoloğum',
  ])('stays up: %s', async (value) => {
    expect((await rules(value)).flagged).toBe(false);
  });
});
