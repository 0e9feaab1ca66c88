import { describe, expect, it } from 'vitest';
import { flagsByRules as flags, removedByRules as removed } from './docs.js';

/**
 * Harmful bios as members write them, round two (session 27, issue 17): classes no probe had covered, written in the
 * fourteen languages apart from any data set, each beside innocent twins that share its words (a real job ad with a
 * salary, a bank clerk, a trading teacher, an immigration lawyer, a customs officer, a teacher waiting after school, a
 * sex educator, a line that negates the offer). Through the scorer, rules alone.
 */


/** Scams a member's About carries (detect-spam.ts): romance scams (money for customs or a ticket, paid back on arrival), money mules (a bank account lent, a share kept), task scams (paid to like videos after a sign-up fee), trading signals sold (a hit rate, profits every day) and visas guaranteed without an interview. */
describe("spam: romance, mule, task, signals, visa", () => {
  it.each([
    ["en", "I'm a US army doctor on a peacekeeping mission in Syria, looking for my soulmate. I need help paying for my leave papers, send me a gift card and I'll pay you back when I come home"],
    ["es", "Soy ingeniero en una plataforma petrolera, busco el amor de mi vida. Necesito que me ayudes con 2000 dólares para la aduana y te lo devuelvo cuando llegue"],
    ["pt", "Sou médico militar americano em missão no Iêmen, procuro uma mulher sincera. Preciso que me mande dinheiro para pagar a taxa da alfândega do meu pacote"],
    ["fr", "Militaire en mission en Afrique, veuf, je cherche une femme sérieuse. Aide-moi à payer mon billet d'avion et je te rembourse dès mon retour"],
    ["de", "Witwer, Ingenieur auf einer Ölplattform, suche die große Liebe. Kannst du mir 1500 Euro für den Zoll überweisen? Ich zahle es dir zurück"],
    ["it", "Sono un medico militare in missione in Siria, cerco l'amore vero. Ho bisogno che mi mandi dei soldi per il biglietto aereo, te li restituisco appena arrivo"],
    ["nl", "Ik ben een Amerikaanse soldaat in Syrië en zoek mijn ware liefde. Kun je me geld sturen voor mijn vliegticket? Ik betaal je terug"],
    ["pl", "Jestem lekarzem wojskowym na misji w Syrii, szukam prawdziwej miłości. Potrzebuję, żebyś przelała mi pieniądze na bilet lotniczy, oddam jak wrócę"],
    ["ru", "Я военный врач в Сирии, ищу любовь всей жизни. Помоги оплатить таможню за посылку, переведи деньги, я верну когда приеду"],
    ["tr", "Suriye'de görevli Amerikalı asker doktorum, gerçek aşkı arıyorum. Uçak biletim için para gönderir misin, dönünce geri öderim"],
    ["ar", "أنا طبيب عسكري أمريكي في مهمة في سوريا أبحث عن شريكة حياتي. أرسلي لي المال لدفع رسوم الجمارك وسأعيده لك عند وصولي"],
    ["zh", "我是在叙利亚维和的美国军医，寻找真爱。需要你帮我转账付海关费用，回国后马上还你"],
    ["ja", "シリアで任務中の米軍医です。真剣な出会いを探しています。荷物の関税を払うためにお金を送ってください、帰国したら返します"],
    ["hi", "मैं सीरिया में तैनात अमेरिकी सेना का डॉक्टर हूँ, सच्चा प्यार ढूंढ रहा हूँ। कस्टम फीस के लिए पैसे भेज दो, लौटकर वापस कर दूंगा"],
    ["en", "Earn easy money: let us use your bank account to receive payments, you keep 20% and send the rest on. DM me"],
    ["es", "Gana dinero fácil prestando tu cuenta bancaria: recibes transferencias, te quedas con el 10% y mandas el resto"],
    ["pt", "Ganhe dinheiro fácil emprestando sua conta bancária: você recebe as transferências, fica com 10% e repassa o resto"],
    ["fr", "Argent facile : prête ton compte bancaire pour recevoir des virements, tu gardes 10% et tu renvoies le reste"],
    ["de", "Schnelles Geld: stell dein Bankkonto zur Verfügung, empfange Überweisungen, behalte 10% und leite den Rest weiter"],
    ["it", "Soldi facili: presta il tuo conto bancario per ricevere bonifici, tieni il 10% e giri il resto"],
    ["nl", "Snel geld: leen je bankrekening uit, ontvang overboekingen, hou 10% en stuur de rest door. DM me"],
    ["pl", "Łatwa kasa: udostępnij swoje konto bankowe do przelewów, zatrzymujesz 10%, resztę przelewasz dalej"],
    ["ru", "Лёгкие деньги: дай свою банковскую карту в аренду для переводов, оставляешь себе 10%, остальное переводишь дальше"],
    ["tr", "Kolay para: banka hesabını kiraya ver, gelen havalelerin %10'u senin, kalanını gönderirsin"],
    ["zh", "出租银行卡，帮忙收款转账，每笔抽成10%，日结，加微信"],
    ["ja", "口座を貸すだけで簡単に稼げます！振込を受け取って10%はあなたの報酬、残りを送金するだけ"],
    ["hi", "अपना बैंक खाता किराए पर दो, पैसे आएंगे, 10% तुम्हारा और बाकी आगे भेज दो"],
    ["ar", "اربح بسهولة: أجّر حسابك البنكي لاستقبال التحويلات، لك 10% وحوّل الباقي"],
    ["en", "Get paid $50 per task just for liking YouTube videos! Pay a small registration fee to start, message me on Telegram"],
    ["es", "Gana dinero dando likes a videos de YouTube, 50 dólares por tarea. Solo paga la inscripción para empezar"],
    ["pt", "Ganhe por cada curtida em vídeos do YouTube! Pague só a taxa de cadastro e comece hoje, chama no Telegram"],
    ["fr", "Gagne de l'argent en likant des vidéos YouTube, 50€ par tâche ! Payez juste les frais d'inscription pour commencer"],
    ["de", "Verdiene Geld mit Likes auf YouTube-Videos, 50 € pro Aufgabe! Nur eine kleine Anmeldegebühr zahlen"],
    ["it", "Guadagna mettendo like ai video di YouTube, 50€ a compito! Paga solo la quota di iscrizione per iniziare"],
    ["ru", "Работа на дому: ставь лайки на видео и получай 3000 рублей в день, нужен только взнос за регистрацию"],
    ["tr", "YouTube videolarını beğen, görev başına 500 TL kazan! Başlamak için sadece kayıt ücreti öde"],
    ["zh", "刷单兼职，点赞一次佣金5元，日结，先交会费才能开始"],
    ["ja", "YouTubeの動画にいいねするだけで1件500円！登録料を払えばすぐ始められます"],
    ["hi", "यूट्यूब वीडियो लाइक करो और हर टास्क पर 500 रुपये कमाओ, बस रजिस्ट्रेशन फीस भरो"],
    ["pl", "Zarabiaj na lajkowaniu filmów na YouTube, 200 zł za zadanie! Wystarczy wpłacić opłatę rejestracyjną"],
    ["en", "Join my VIP forex signals group, 95% win rate, daily profits guaranteed. Telegram @fxking"],
    ["es", "Únete a mi grupo VIP de señales de forex, 95% de aciertos, ganancias diarias. Telegram @fxrey"],
    ["pt", "Entre no meu grupo VIP de sinais de forex e cripto, 95% de acerto, lucro todo dia! Telegram"],
    ["fr", "Rejoins mon groupe VIP de signaux forex, 95% de réussite, profits tous les jours ! Telegram @fxroi"],
    ["de", "Tritt meiner VIP-Forex-Signalgruppe bei, 95 % Trefferquote, täglich Gewinne! Telegram @fxkoenig"],
    ["it", "Entra nel mio gruppo VIP di segnali forex, 95% di successo, profitti ogni giorno! Telegram"],
    ["nl", "Word lid van mijn VIP forex signalen groep, 95% winrate, elke dag winst! Telegram"],
    ["ru", "Вступай в мой VIP канал с сигналами по форекс, 95% точность, прибыль каждый день! Телеграм"],
    ["tr", "VIP forex sinyal grubuma katıl, %95 başarı, her gün kazanç! Telegram"],
    ["ar", "انضم إلى مجموعتي VIP لتوصيات الفوركس، نسبة نجاح 95% وأرباح يومية! تيليجرام"],
    ["zh", "加入我的VIP外汇喊单群，胜率95%，每天稳定盈利！"],
    ["ja", "FXのVIPサイングループに参加しよう！勝率95%、毎日利益！LINEで"],
    ["hi", "मेरे VIP फॉरेक्स सिग्नल ग्रुप से जुड़ो, 95% सही कॉल, रोज़ मुनाफा! टेलीग्राम"],
    ["pl", "Dołącz do mojej grupy VIP z sygnałami forex, 95% skuteczności, zysk codziennie! Telegram"],
    ["en", "Guaranteed Canada work visa in 2 weeks, no interview needed! Pay the processing fee via Western Union, WhatsApp me"],
    ["es", "Visa de trabajo para Canadá garantizada en 15 días, sin entrevista. Paga el trámite por Western Union"],
    ["pt", "Visto de trabalho para Portugal garantido em 10 dias, sem entrevista! Pague a taxa por Pix e chama no zap"],
    ["fr", "Visa de travail pour le Canada garanti en 2 semaines, sans entretien ! Payez les frais par Western Union"],
    ["de", "Garantiertes Arbeitsvisum für Kanada in 2 Wochen, ohne Interview! Gebühr per Western Union zahlen"],
    ["ar", "فيزا عمل مضمونة إلى كندا خلال أسبوعين بدون مقابلة، ادفع الرسوم عبر ويسترن يونيون وتواصل واتساب"],
    ["hi", "कनाडा का वर्क वीज़ा 2 हफ्ते में पक्का, बिना इंटरव्यू! फीस वेस्टर्न यूनियन से भेजें"],
    ["tr", "Kanada çalışma vizesi 2 haftada garantili, mülakat yok! Ücreti Western Union ile gönderin"],
    ["ru", "Рабочая виза в Канаду гарантированно за 2 недели, без собеседования! Оплата через Western Union"],
  ])('removes (%s): %s', async (_lang, value) => {
    expect(await flags(value, "spam")).toBe(true);
  });

  it.each([
    ["en", "Retired army nurse, widowed, looking for a kind man who loves hiking and old films"],
    ["es", "Ingeniera en una plataforma petrolera, me encanta viajar y busco a alguien con quien compartir la vida"],
    ["de", "Witwer, 58, liebt Wandern und gute Bücher, sucht eine ehrliche Partnerin"],
    ["fr", "Militaire à la retraite, je cherche une femme sérieuse pour partager des balades et des dîners"],
    ["ru", "Я военный врач на пенсии, люблю рыбалку и ищу добрую женщину для серьёзных отношений"],
    ["ja", "元自衛隊の医師です。真剣な出会いを探しています。趣味は登山と料理"],
    ["en", "Bookkeeper: I help small businesses reconcile their bank accounts and send invoices"],
    ["es", "Contable autónoma, llevo las cuentas bancarias de pequeñas empresas"],
    ["de", "Bankkauffrau in Köln, ich helfe Kunden beim Eröffnen ihres Girokontos"],
    ["zh", "银行柜员，帮客户办理转账和开户业务，喜欢旅行"],
    ["en", "We're hiring a part-time barista, $18 an hour plus tips, apply in store"],
    ["es", "Buscamos camarero a media jornada, 1200 euros al mes, envía tu CV a la tienda"],
    ["pt", "Contratamos auxiliar de cozinha, salário de R$ 2000 por mês, venha deixar seu currículo"],
    ["fr", "Nous recrutons un vendeur à temps partiel, 12 € de l'heure, CV en magasin"],
    ["de", "Wir suchen eine Aushilfe im Café, 14 € pro Stunde, Bewerbung im Laden"],
    ["tr", "Kafemize yarı zamanlı garson arıyoruz, saatlik 150 TL, başvurular dükkanda"],
    ["ru", "Требуется продавец в пекарню, зарплата 50000 рублей в месяц, резюме в магазине"],
    ["ja", "カフェのアルバイト募集、時給1200円、店頭で応募受付中"],
    ["hi", "हमारी बेकरी में सेल्समैन चाहिए, वेतन 15000 रुपये महीना, दुकान पर आकर मिलें"],
    ["zh", "本店招聘兼职服务员，时薪25元，欢迎到店面试"],
    ["en", "Economics teacher; I run a free class on how forex markets work and why most day traders lose money"],
    ["de", "Ich unterrichte Finanzmathematik und warne meine Studenten vor Forex-Signalgruppen"],
    ["fr", "Ingénieur en traitement du signal, passionné de radio amateur"],
    ["ru", "Преподаю экономику, рассказываю студентам, как устроен валютный рынок"],
    ["en", "Our choir's Christmas concert tickets are on sale at the church office, £5 each"],
    ["es", "Agente de viajes: te ayudo con los trámites de tu visa en el consulado, precios claros y cita previa"],
    ["pt", "Despachante em Lisboa, ajudo com vistos e autorizações de residência, atendimento no escritório"],
    ["de", "Ich verkaufe zwei Karten für das Theater zum Originalpreis, Übergabe vor Ort"],
    ["en", "Consignment shop: you keep 70% of the sale price and we keep the rest"],
    ["en", "We accept cards: use your bank card or cash at the counter. WhatsApp us for orders"],
    ["de", "Wir stellen Ihnen ein kostenloses Girokonto zur Verfügung, Beratung in der Filiale"],
    ["ar", "دفعة 50% والباقي عند الاستلام، تواصل واتساب"],
    ["pl", "Oddam za darmo rower dziecięcy, odbiór osobisty"],
    ["es", "Alquilo mi piso en Valencia, pago por transferencia a mi cuenta bancaria"],
    ["en", "Earn points by liking our posts and win a free coffee!"],
    ["en", "Get paid to watch videos? It's a scam, never pay a registration fee"],
    ["en", "Gym membership: pay the registration fee at the front desk, first class free"],
    ["fr", "Traductrice indépendante, 20 € par tâche, écrivez-moi sur WhatsApp"],
    ["ja", "お気に入りの動画にいいねしてね！"],
    ["zh", "学校报名请先交押金，详情请咨询老师"],
    ["en", "I teach trading: no signals, no VIP groups, just education"],
    ["en", "Traffic engineer: I design signals for busy junctions every day"],
    ["pt", "Professor de economia, explico como funciona o mercado forex"],
    ["nl", "Wij maken elke dag winst voor het goede doel met onze kringloopwinkel"],
    ["zh", "篮球教练，我们队胜率很高，每天训练"],
    ["ar", "محلل مالي، أكتب عن أسواق التداول والذهب"],
    ["en", "Immigration lawyer: no visa is ever guaranteed, beware of agents who promise one"],
    ["en", "We translate documents for visa applications, appointments guaranteed within 2 weeks. WhatsApp us"],
    ["es", "Abogada de extranjería, te ayudo con tu visado de trabajo, cita previa en el despacho"],
    ["ru", "Помогаю оформить визу, консультации в офисе"],
    ["en", "Customs broker: we clear your goods through customs quickly"],
    ["en", "Broke student, send me memes not money lol"],
    ["de", "Ich reise gern, mein Flugticket für Lissabon ist schon gebucht"],
    ["zh", "海关报关员，喜欢旅游和摄影"],
    ["ja", "航空券が取れたので来月ハワイへ行きます"],
    ["ru", "Работаю на таможне, люблю рыбалку"],
    ["hi", "कस्टम अधिकारी, किताबें पढ़ना पसंद है"],
  ])('keeps (%s): %s', async (_lang, value) => {
    expect(await removed(value)).toBe(false);
  });
});

/** Threats with a time or a place (detect-threats-multilingual.ts): the address known, and the veiled threat said last ("ya verás lo que te pasa", "тебе конец", "你死定了"). */
describe("harassment/threatening: threat", () => {
  it.each([
    ["en", "See you after school behind the gym, you're dead"],
    ["en", "I know your address and I'll be waiting outside your house tonight"],
    ["es", "Te espero a la salida del colegio, ya verás lo que te pasa"],
    ["es", "Sé dónde vives y esta noche voy a por ti"],
    ["pt", "Te espero na saída da escola, vou te quebrar todo"],
    ["pt", "Sei onde você mora, hoje à noite eu vou aí te pegar"],
    ["fr", "Je t'attends à la sortie du lycée, tu vas voir ce qui va t'arriver"],
    ["fr", "Je connais ton adresse, ce soir je viens te chercher"],
    ["de", "Ich kenne deine Adresse, heute Nacht komme ich vorbei und du bist fällig"],
    ["it", "Ti aspetto all'uscita di scuola, vedrai cosa ti succede"],
    ["it", "So dove abiti, stanotte vengo a prenderti"],
    ["nl", "Ik weet waar je woont, vannacht kom ik je halen"],
    ["pl", "Czekam na ciebie po szkole, już nie żyjesz"],
    ["pl", "Wiem gdzie mieszkasz, dziś w nocy po ciebie przyjdę"],
    ["ru", "Жду тебя после школы за гаражами, тебе конец"],
    ["ru", "Я знаю твой адрес, сегодня ночью приду за тобой"],
    ["tr", "Adresini biliyorum, bu gece seni almaya geleceğim"],
    ["ar", "أعرف عنوانك وسأنتظرك الليلة أمام بيتك"],
    ["zh", "放学后在操场等你，你死定了"],
    ["zh", "我知道你住哪里，今晚就去找你"],
    ["ja", "放課後、体育館の裏で待ってるからな。覚悟しろ"],
    ["ja", "お前の住所は知ってる。今夜行くからな"],
    ["hi", "स्कूल के बाद मिल, तुझे देख लूंगा"],
    ["hi", "मुझे तेरा पता मालूम है, आज रात तुझे उठा लूंगा"],
  ])('removes (%s): %s', async (_lang, value) => {
    expect(await flags(value, "harassment/threatening")).toBe(true);
  });

  it.each([
    ["en", "Math tutor: see you after school in room 12 for extra help!"],
    ["es", "Profe de música: os espero a la salida del colegio para el ensayo del coro"],
    ["fr", "Je t'attends à la sortie du lycée, on va au ciné ?"],
    ["de", "Oma freut sich: ich warte nach der Schule mit Kuchen auf dich"],
    ["ru", "Жду тебя после школы, пойдём в кино"],
    ["ja", "放課後、図書室で待ってるね"],
    ["zh", "放学后在门口等你，一起回家"],
    ["tr", "Okul çıkışı seni bekliyorum, beraber sinemaya gidelim"],
    ["pl", "Czekam na ciebie po szkole, pójdziemy na lody"],
    ["es", "Ya verás lo que te espera en nuestro spa: relax total"],
    ["it", "Vedrai cosa ti succede dopo una settimana di yoga: rinasci!"],
    ["ru", "Тебе конец фильма понравился? Мне нет"],
    ["fr", "Tu vas voir ce qui t'attend au festival, que du bonheur"],
    ["es", "Te espero a la salida del colegio con la merienda"],
    ["zh", "你死定了就不会再烦了吗？这部电影的台词"],
    ["en", "Mail carrier for 20 years, I know every street in town"],
    ["de", "Ich warte nach der Schule auf dich, dann gehen wir Eis essen"],
    ["tr", "Sana fotoğrafları göstereceğim, çok güzel oldular"],
    ["hi", "मैं तुझे कल स्कूल में देख लूंगा, साथ में खेलेंगे"],
  ])('keeps (%s): %s', async (_lang, value) => {
    expect(await removed(value)).toBe(false);
  });
});

/** Casual sex sought (detect-sexual.ts), the kind or the night beside it. */
describe("sexual: sexual", () => {
  it.each([
    ["en", "Looking for no-strings sex tonight, I host, send pics"],
    ["es", "Busco sexo ocasional esta noche, tengo sitio, mándame fotos"],
    ["pt", "Procuro sexo casual hoje à noite, tenho local, manda nudes"],
    ["fr", "Je cherche un plan cul ce soir, je reçois, envoie des photos"],
    ["de", "Suche heute Abend unverbindlichen Sex, bin mobil, schick Bilder"],
    ["it", "Cerco sesso occasionale stasera, ho un posto, mandami foto"],
    ["nl", "Zoek vanavond een sexdate, kan ontvangen, stuur foto's"],
    ["pl", "Szukam seksu bez zobowiązań dziś wieczorem, mam gdzie, wyślij fotki"],
    ["ru", "Ищу секс без обязательств сегодня вечером, есть место, скинь фото"],
    ["tr", "Bu gece tek gecelik seks arıyorum, yerim var, foto at"],
    ["ar", "أبحث عن علاقة جنسية عابرة الليلة، عندي مكان، أرسلي صورك"],
    ["zh", "今晚找一夜情，有地方，发照片给我"],
    ["ja", "今夜セフレ募集、場所あり、写真送って"],
    ["hi", "आज रात सेक्स के लिए लड़की चाहिए, जगह है, फोटो भेजो"],
  ])('removes (%s): %s', async (_lang, value) => {
    expect(await flags(value, "sexual")).toBe(true);
  });

  it.each([
    ["en", "Sex educator and nurse; I teach teens about consent and safe relationships"],
    ["es", "Psicóloga especializada en terapia de pareja y sexualidad"],
    ["ja", "写真家です。風景写真をよく撮ります"],
    ["ru", "Сексолог, консультирую пары онлайн"],
    ["en", "Looking for love, not casual sex"],
    ["en", "Looking for sex education resources for my class"],
    ["es", "Busco pareja estable, nada de sexo ocasional"],
    ["es", "Busco libros sobre sexo y salud para adolescentes"],
    ["de", "Suche Tandempartner, Sex und Gender sind meine Studienfächer"],
    ["pl", "Szukam przyjaciół, nie seksu bez zobowiązań"],
    ["tr", "Ciddi ilişki arıyorum, tek gecelik değil"],
    ["ru", "Ищу серьёзные отношения, не секс на одну ночь"],
    ["ar", "أبحث عن علاقة جدية وزواج"],
    ["hi", "सेक्स एजुकेशन के लिए अच्छी किताबें चाहिए"],
  ])('keeps (%s): %s', async (_lang, value) => {
    expect(await removed(value)).toBe(false);
  });
});

/** Contact details spelled out (detect-contact.ts): Dutch "apenstaartje" for @, digits named in Arabic. */
describe("contact-info: contact", () => {
  it.each([
    ["nl", "mail me op sanne punt v apenstaartje gmail punt com"],
    ["ar", "واتساب صفر خمسة خمسة واحد اثنان ثلاثة أربعة خمسة ستة سبعة"],
  ])('removes (%s): %s', async (_lang, value) => {
    expect(await flags(value, "contact-info")).toBe(true);
  });

  it.each([
    ["en", "You can reach our studio through the contact form on this site"],
    ["es", "Pregúntame lo que quieras en los comentarios del foro"],
    ["de", "Kontakt nur über das Formular auf dieser Seite, bitte"],
    ["fr", "J'ai six enfants, deux chats et trois poules"],
    ["ar", "لدي خمسة أطفال وثلاثة قطط واثنان من الكلاب"],
  ])('keeps (%s): %s', async (_lang, value) => {
    expect(await removed(value)).toBe(false);
  });
});
