/**
 * Hate the scorer reads when it is spelt plainly, in each language as members write it (a verb of hate, a group
 * called filth, vermin or a burden, a call to be rid of one), to be disguised by spelling-disguises.ts; and
 * innocent lines in the same frames and bios that hold digits, signs and words run together (handles, hashtags,
 * gamer tags, product codes), which must stay up however they are disguised. Written from the languages, not
 * from any data set. "hi" is Hindi in Latin letters, "hi-Deva" in Devanagari.
 */
export const PLAIN_HATE: Readonly<Record<string, readonly string[]>> = {
  en: ['I hate Muslims so much.', 'Women are disgusting vermin.', 'All immigrants are filthy rats.', 'Gay people should be exterminated.', 'Black people are worthless scum.', 'Jews are parasites who ruin everything.', 'Trans people are disgusting freaks.', 'Disabled people are a burden on society.'],
  de: ['Ich hasse Muslime.', 'Frauen sind widerliche Ungeziefer.', 'Alle Ausländer sind dreckige Ratten.', 'Schwule sollte man ausrotten.', 'Schwarze sind wertloser Abschaum.', 'Juden sind Parasiten.', 'Transmenschen sind abstoßend.', 'Behinderte sind eine Last für die Gesellschaft.'],
  es: ['Odio a los musulmanes.', 'Las mujeres son basura asquerosa.', 'Todos los inmigrantes son ratas.', 'Hay que exterminar a los gays.', 'Los negros son escoria.', 'Los judíos son parásitos.', 'Las personas trans son asquerosas.', 'Los discapacitados son una carga para la sociedad.'],
  fr: ['Je déteste les musulmans.', 'Les femmes sont des ordures.', 'Tous les immigrés sont des rats.', 'Il faut exterminer les homosexuels.', 'Les noirs sont des déchets.', 'Les juifs sont des parasites.', 'Les trans sont répugnants.', 'Les handicapés sont un fardeau pour la société.'],
  it: ['Odio i musulmani.', 'Le donne sono feccia.', 'Tutti gli immigrati sono ratti.', 'Bisogna sterminare i gay.', 'I neri sono spazzatura.', 'Gli ebrei sono parassiti.', 'Le persone trans sono disgustose.', 'I disabili sono un peso per la società.'],
  nl: ['Ik haat moslims.', 'Vrouwen zijn uitschot.', 'Alle immigranten zijn ratten.', 'Homo’s moeten uitgeroeid worden.', 'Zwarten zijn waardeloos tuig.', 'Joden zijn parasieten.', 'Transgenders zijn walgelijk.', 'Gehandicapten zijn een last voor de maatschappij.'],
  pl: ['Nienawidzę muzułmanów.', 'Kobiety to szumowiny.', 'Wszyscy imigranci to szczury.', 'Trzeba wytępić gejów.', 'Czarni to śmiecie.', 'Żydzi to pasożyty.', 'Osoby trans są obrzydliwe.', 'Niepełnosprawni są bezwartościowi.'],
  pt: ['Eu odeio muçulmanos.', 'As mulheres são lixo.', 'Todos os imigrantes são ratos.', 'Temos que exterminar os gays.', 'Os negros são escória.', 'Os judeus são parasitas.', 'Pessoas trans são nojentas.', 'Os deficientes são um peso para a sociedade.'],
  hi: ['mujhe musalmanon se nafrat hai', 'auratein kachra hain', 'sab pravasi chuhe hain', 'gay logon ko khatam kar dena chahiye', 'kaale log bekaar hain', 'yahudi kide hain', 'hijde ghinone hain', 'viklang log samaj par bojh hain'],
  'hi-Deva': ['मुझे मुसलमानों से नफ़रत है', 'औरतें कचरा हैं', 'मुसलमान कीड़े हैं', 'समलैंगिकों को मार देना चाहिए', 'दलित गंदे होते हैं', 'मैं यहूदियों से नफ़रत करता हूँ', 'हिजड़े घिनौने हैं', 'औरतें बेवकूफ़ होती हैं'],
  ar: ['أكره المسلمين', 'النساء حثالة', 'كل المهاجرين جرذان', 'يجب إبادة المثليين', 'السود قذرون', 'اليهود طفيليات', 'المتحولين مقرفين', 'المعاقين عبء على المجتمع'],
  zh: ['我恨穆斯林', '女人都是垃圾', '移民都是老鼠', '同性恋应该被消灭', '黑人都是废物', '犹太人是寄生虫', '跨性别者真恶心', '残疾人是社会的累赘'],
};

/** Innocent lines in the hateful lines' frames (a group praised, a job, self-talk), disguised the same ways. */
export const INNOCENT_TWINS: Readonly<Record<string, readonly string[]>> = {
  en: ['I love my Muslim neighbours so much.', 'Women are amazing engineers.', 'All immigrants are welcome here.', 'I hate Mondays so much.'],
  de: ['Ich liebe meine muslimischen Nachbarn.', 'Frauen sind großartige Ingenieurinnen.', 'Alle Ausländer sind willkommen.', 'Ich hasse Montage.'],
  es: ['Amo a mis vecinos musulmanes.', 'Las mujeres son increíbles.', 'Todos los inmigrantes son bienvenidos.', 'Odio los lunes.'],
  fr: ['J’adore mes voisins musulmans.', 'Les femmes sont des ingénieures géniales.', 'Tous les immigrés sont les bienvenus.', 'Je déteste les lundis.'],
  it: ['Amo i miei vicini musulmani.', 'Le donne sono fantastiche.', 'Tutti gli immigrati sono benvenuti.', 'Odio i lunedì.'],
  nl: ['Ik hou van mijn islamitische buren.', 'Vrouwen zijn geweldig.', 'Alle immigranten zijn welkom.', 'Ik haat maandagen.'],
  pl: ['Kocham moich sąsiadów muzułmanów.', 'Kobiety są wspaniałe.', 'Wszyscy imigranci są mile widziani.', 'Nienawidzę poniedziałków.'],
  pt: ['Eu amo meus vizinhos muçulmanos.', 'As mulheres são incríveis.', 'Todos os imigrantes são bem-vindos.', 'Eu odeio segundas-feiras.'],
  hi: ['mujhe apne musalman padosi pasand hain', 'auratein bahut mehnati hain', 'sab pravasi humare mehmaan hain', 'mujhe somvaar se nafrat hai'],
  'hi-Deva': ['मुझे अपने मुसलमान पड़ोसी पसंद हैं', 'औरतें बहुत मेहनती हैं', 'सारे प्रवासी हमारे मेहमान हैं', 'मुझे सोमवार से नफ़रत है'],
  ar: ['أحب جيراني المسلمين', 'النساء رائعات', 'كل المهاجرين جيراننا', 'أكره يوم الاثنين'],
  zh: ['我爱我的穆斯林邻居', '女人都很了不起', '移民都是我们的朋友', '我讨厌星期一'],
};

/** Bios with digits, signs and words run together, in every language, as they are: none is hate. */
export const INNOCENT_BIOS: readonly string[] = [
  'Follow me #blacklivesmatter #stopasianhate', 'Proud ally #refugeeswelcome #lovewins', 'Insta: @jewishmomlife', 'Blog: lesfemmesdumonde.fr',
  'Projekt #mujeresquecrean en Madrid', 'Collettivo donneinmovimento, Bologna', 'Trainer bij vrouwenvoetbal Utrecht', 'Fundacja kobietywbiznesie',
  '#muslimsarewelcome here', 'Gamer tag: xXn00bsl4yerXx', 'Codice prodotto: DN-4521-B', 'Mein Kanal: frauensindstark', 'Hashtag #mulheresquetransformam',
  'Podcast lesjuifsetlesarabes (dialogue)', 'Newsletter: gayandproud2024', 'Twitch: th3gr34tpl4y3r', 'wifi: casadelosgatos', 'instagram.com/lasmujeresdelcampo',
  'Ich liebe meine Arbeit als Krankenschwester #pflegeistmehr', '#trans_rights_are_human_rights', 'Handle: @immigrantsongs', 'Rap name: LilSc4rf4c3',
  'Senior C++ developer, CompTIA A+ certified', 'Canal: losgaysylaley (derecho)', 'Mi hashtag: #todoslosinmigrantessonpersonas', 'Page: muzulmaniewpolsce', 'Kanaal: allevrouwenzijnwelkom',
  'Perfil: asmulheressaoincriveis', 'Le mie passioni: #ledonnesonoforti', 'sabhilogbarabarhain — mera blog', 'Gebruiker: vrouwenhandelaarsbestrijden',
  'wo ai wo de jia ren', 'nǐ hǎo, wǒ shì lǎoshī, jiāo hànyǔ', 'wǒ xǐhuān hēisè de māo', 'zhè shì wǒ de gōngsī', 'wǒ de péngyǒu shì mùsīlín',
  'ana ba7eb el sood', 'ana sa7afi fel 2ahera', 'el 7ayah 7elwa', 'salam, ana mohandes', 'mabrook 3al najah', 'ana 3ayesh fe dubai ma3 el 3eela',
];
