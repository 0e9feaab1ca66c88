/**
 * Per language, the roles detect-hate-multilingual.ts pairs up, in phrase-pattern.ts syntax over
 * normalised text (lower case, accents dropped, ß as ss, ł as l). Written from each language's grammar
 * and common usage, not from any data set's sentences:
 * - group: protected groups as a speaker names them (plural and singular, gender and case forms, the
 *   colour words only with an article or a noun, so "un gato negro" is no group);
 * - derogation: what makes naming them hate (dehumanising nouns, contemptuous attributes, disgust and
 *   hatred, a life said to be worthless, "no place for", cursing them), with a weight;
 * - violence: calls for violence or exclusion against them (kill, exterminate, deport, hang, get rid of);
 * - negation, mention (saying, calling, writing, against: counter-speech), they (a pronoun or verb
 *   that carries a group into the next sentence), self (a member naming their own group: "as a woman").
 */
export interface HateGrammar {
  group: readonly string[];
  derogation: ReadonlyArray<readonly [number, string]>;
  violence: ReadonlyArray<readonly [number, string]>;
  negation: readonly string[];
  mention: readonly string[];
  they: readonly string[];
  self: readonly string[];
}

export const HATE_GRAMMARS: Readonly<Record<string, HateGrammar>> = {
  es: {
    group: [
      '(mujer|mujeres)', '(inmigrante|inmigrantes|migrante|migrantes|refugiado|refugiados|refugiada|refugiadas|extranjero|extranjeros|extranjera|extranjeras)',
      '(musulman|musulmanes|musulmana|musulmanas|islamista|islamistas|moro|moros|mora|moras)', '(judio|judios|judia|judias)',
      '(los|las|unos|unas|estos|estas|esos|esas|todos los|todas las|aquellos|un|una|ese|esa|este|esta) (negro|negros|negra|negras)',
      '(negro|negros|negra|negras) (como|de mierda)', '(persona|personas|gente) (negra|negras)',
      '(gay|gays|homosexual|homosexuales|lesbiana|lesbianas|bisexual|bisexuales|trans|transexual|transexuales|transgenero|transgeneros)',
      '(discapacitado|discapacitados|discapacitada|discapacitadas|minusvalido|minusvalidos|minusvalida|minusvalidas)',
      '(indigena|indigenas|gitano|gitanos|gitana|gitanas|asiatico|asiaticos|asiatica|asiaticas|sudaca|sudacas|marica|maricas|maricon|maricones)',
    ],
    derogation: [
      [0.8, '(rata|ratas|parasito|parasitos|cucaracha|cucarachas|plaga|cancer|escoria|basura|animales|bestias|cerdos|monos|alimanas|gusanos|sabandijas|virus|infrahumano|infrahumanos|subhumano|subhumanos|inmundicia|suciedad|lacra|lacras|peste|chusma|gentuza|enfermedad|excremento)'],
      [0.75, '(asqueroso|asquerosos|asquerosa|asquerosas|repugnante|repugnantes|despreciable|despreciables|inutiles|estupidos|estupidas|tontos|tontas|idiotas|imbeciles|ignorantes|inferiores|sucios|sucias|criminales|ladrones|vagos|vagas|pateticos|pateticas|repulsivos|repulsivas|retrasados|retrasadas|descerebrados|cretinos|cretino|imbecil|escorias|salvajes|primitivos)'],
      [0.75, '([me|nos] (dan|da) asco|asco|asqueado|asqueada|me (enferman|repugnan|dan nauseas)|(odio|detesto|aborrezco|desprecio) a|odio (hacia|por|contra)|desprecio (hacia|por)|repulsion|(no) (soporto|aguanto|tolero))'],
      [0.8, '(no) (vale|valen|valga|valgan) (nada|una mierda|un carajo|un pimiento)|(sin|ningun) valor|(no) (importa|importan)|(no) (hay|existe) (lugar|espacio|sitio|cabida)|(no) (merece|merecen) (vivir|existir|respeto)|(no) (son|es) (humanos|humano|personas|persona)|menos que (humanos|personas)|(no) (mejores|mejor) que|(peor|peores) que'],
      [0.75, '(a la mierda|que se jodan|jodanse|al carajo|que les den|hijos de puta|putos|putas)'],
      [0.75, '(inmundos|inmundas|infames|viles|abominables|nauseabundos|nauseabundas|invasores|hordas|enjambre|enjambres|infestando|infestan|invadiendo|vomitar|ganas de vomitar)'],
      [0.75, '(nada mas que|solo|mas que) (desprecio|asco|odio|repulsion)|(ninguna|sin) (compasion|piedad|lastima)|(nunca|no) .. tan (listos|listas|inteligentes|buenos|buenas|capaces|valiosos|valiosas) como|(no) (son|es) (mejores|mejor) que'],
      [0.75, '(malvados|malvadas|perversos|perversas|degenerados|degeneradas|depravados|depravadas|horribles|odiosos|odiosas|nefastos|miserables|bastardos|lamentables|hediondos|apestosos|apestosas|mentirosos|tramposos|anormales|aberraciones|aberracion|enfermos mentales|una verguenza|un asco|lo peor|los peores|las peores|bichos|sanguijuelas|hienas|perros|ganado|lastre)'],
    ],
    violence: [
      [0.8, '(matar|matarlos|matarlas|maten|matenlos|matenlas|matemos|mataria|exterminar*|exterminio|extermine*|erradic*|eliminarlos|eliminarlas|eliminemos|deportar*|deporten|deportemos|deportados|deportacion|expuls*|ahorc*|colgar|colgarlos|cuelguen|fusil*|disparar|dispararles|disparare|quemar|quemarlos|quemenlos|ahogar*|gase*|linch*|violar|violarlos|deshacer*|deshaga*|acabar con|echarlos|echemos|encerrarlos|prohibir*|aniquil*|masacr*|atacando*|atacarlos|atacaremos)'],
      [0.75, '(fuera|largo) de (aqui|nuestro pais|espana|europa)|(que se vayan|vayanse|volver a su pais|vuelvan a su pais)'],
      [0.8, '(asesinar|asesinarlos|asesinarlas|asesinados|asesinadas|masacrar|exterminados|exterminadas|eliminados|eliminadas|ejecutar|ejecutarlos|ejecutados|ejecutadas|fusilados|ahorcados|ahorcadas|colgados|quemados|encerrados|encerradas|expulsados|esterilizar*|castrar*|golpearlos|apalear*|lapidar*|apedrear*|torturar*|deshacernos|acabemos con|librarnos de|muerte a|que mueran|mueran|morir)'],
    ],
    negation: ['no', 'nunca', 'jamas', 'ningun', 'ninguna', 'ninguno', 'nadie', 'ni'],
    mention: ['(pedir|piden|exigir|exigen|duele|insultar|insultan|insulto|(el|del|al) odio|dejar de|deja de|dejen de|decir|dice|dicen|dices|diga|digan|dijo|dijeron|diciendo|llamar|llaman|llamas|llamarlos|llamarlas|escribir|escribe|escribes|escrito|afirmar|afirma|afirman|contra|denunci*|conden*|critic*|cosas como|frases como)'],
    they: ['(ellos|ellas|son|estan|sus|les)'],
    self: ['(soy|somos|como) [un|una|unos|unas]'],
  },
  pt: {
    group: [
      '(mulher|mulheres)', '(imigrante|imigrantes|migrante|migrantes|refugiado|refugiados|refugiada|refugiadas|estrangeiro|estrangeiros|estrangeira|estrangeiras)',
      '(muculmano|muculmanos|muculmana|muculmanas|islamita|islamitas)', '(judeu|judeus|judia|judias)',
      '(os|as|uns|umas|esses|essas|estes|estas|todos os|todas as|um|uma|esse|essa|este|esta|aqueles) (negro|negros|negra|negras|preto|pretos|preta|pretas)',
      '(negro|negros|negra|negras|preto|pretos|preta|pretas) (como|de merda)', '(pessoa|pessoas|gente) (negra|negras|preta|pretas)',
      '(gay|gays|gays|homossexual|homossexuais|lesbica|lesbicas|bissexual|bissexuais|trans|transexual|transexuais|transgenero|transgeneros|travesti|travestis)',
      '(deficiente|deficientes|pessoa com deficiencia|pessoas com deficiencia|aleijado|aleijados)',
      '(indigena|indigenas|indio|indios|cigano|ciganos|cigana|ciganas|asiatico|asiaticos|viado|viados|veado|veados|bicha|bichas|sapatao|sapatoes)',
    ],
    derogation: [
      [0.8, '(rato|ratos|ratazana|ratazanas|parasita|parasitas|barata|baratas|praga|pragas|cancer|escoria|lixo|animais|bestas|porcos|macacos|vermes|virus|sub-humanos|subumanos|sub humanos|imundicie|sujeira|peste|gentalha|rale|doenca|excremento|bosta)'],
      [0.75, '(nojento|nojentos|nojenta|nojentas|repugnante|repugnantes|desprezivel|despreziveis|inuteis|estupidos|estupidas|burros|burras|idiotas|imbecis|ignorantes|inferiores|sujos|sujas|criminosos|ladroes|vagabundos|vagabundas|pateticos|pateticas|repulsivos|repulsivas|retardados|retardadas|selvagens|primitivos|nojo)'],
      [0.75, '((me|nos) (dao|da) nojo|nojo|enojado|enojada|me (enojam|repugnam|dao asco)|(odeio|detesto|abomino|desprezo) (os|as|todos|todas|esses|essas|estes|estas|qualquer)|odio (aos|as|por|contra|a)|desprezo (por|pelos|pelas)|repulsa|(nao) (suporto|aguento|tolero))'],
      [0.8, '(nao) (vale|valem|valha|valham) (nada|merda nenhuma|porra nenhuma)|(sem|nenhum) valor|(nao) (importa|importam)|(nao) (ha|existe|tem) (lugar|espaco)|(nao) (merece|merecem) (viver|existir|respeito)|(nao) (sao|e) (humanos|humano|pessoas|gente)|menos que (humanos|gente)|(nao) (melhores|melhor) (que|do que)|(pior|piores) (que|do que)'],
      [0.75, '(que se fodam|vao se foder|vao tomar no cu|filhos da puta|malditos|malditas)'],
      [0.75, '(imundos|imundas|vis|abominaveis|invasores|hordas|enxame|enxames|infestando|infestam|invadindo|vomitar|vontade de vomitar)'],
      [0.75, '(nada alem de|so|apenas) (desprezo|nojo|odio|repulsa)|(nenhuma|sem) (compaixao|piedade|pena)|(nunca|nao) .. tao (espertos|espertas|inteligentes|bons|boas|capazes) (como|quanto)|(nao) (sao|e) (melhores|melhor) (que|do que)'],
      [0.75, '(malvados|malvadas|perversos|perversas|degenerados|degeneradas|depravados|depravadas|horriveis|odiosos|odiosas|miseraveis|mentirosos|fedorentos|fedorentas|anormais|aberracoes|aberracao|doentes|uma vergonha|sanguessugas|cachorros|caes|gado|fardo|peso morto)'],
    ],
    violence: [
      [0.8, '(matar|mata-los|mata-las|matem|matemos|exterminar*|exterminio|extermine*|erradic*|eliminar|elimina-los|eliminemos|deportar*|deportem|deportemos|deportados|deportacao|expuls*|enforc*|fuzil*|atirar|atirem|queimar|queimem|afogar*|gasear*|linch*|estuprar|livrar-nos|livrar nos|livrarmos|nos livrar|acabar com|expulsa-los|prender todos|proibir*|aniquil*|massacr*|atacando|ataca-los|atacar)'],
      [0.75, '(fora do|fora da|fora de) (nosso pais|brasil|portugal|europa|aqui)|(que voltem|voltem para|voltar para) (seu pais|sua terra|a africa)'],
      [0.8, '(assassinar|assassina-los|assassinados|assassinadas|massacrar|exterminados|exterminadas|eliminados|eliminadas|executar|executados|executadas|fuzilados|enforcados|enforcadas|queimados|presos|expulsos|esterilizar*|castrar*|espancar*|torturar*|apedrejar*|morte aos|morte as|morram|morrer|livrar-se|livrarmo-nos)'],
    ],
    negation: ['nao', 'nunca', 'jamais', 'nenhum', 'nenhuma', 'ninguem', 'nem'],
    mention: ['(pedir|pedem|exigir|exigem|doi|insultar|insultam|(o|do|ao) odio|parar de|pare de|deixar de|deixe de|dizer|diz|dizem|dizes|diga|digam|disse|disseram|dizendo|chamar|chamam|chamas|chama-los|escrever|escreve|escreves|escrito|afirmar|afirma|afirmam|contra|denunci*|conden*|critic*|coisas como|frases como)'],
    they: ['(eles|elas|sao|estao|seus|suas|lhes)'],
    self: ['(sou|somos|como) [um|uma]'],
  },
  fr: {
    group: [
      '(femme|femmes|nana|nanas|meuf|meufs)', '(immigre|immigres|immigree|immigrees|immigrant|immigrants|migrant|migrants|refugie|refugies|refugiee|refugiees|etranger|etrangers|etrangere|etrangeres)',
      '(musulman|musulmans|musulmane|musulmanes|islamiste|islamistes|arabe|arabes|bougnoule|bougnoules)', '(juif|juifs|juive|juives|youpin|youpins)',
      '(les|des|ces|tous les|toutes les|un|une|ce|cette) (noir|noirs|noire|noires|black|blacks|renoi|renois)', '(noir|noirs|noire|noires) (comme|de merde)', '(personne|personnes|gens) (noire|noires|noirs)',
      '(gay|gays|homo|homos|homosexuel|homosexuels|homosexuelle|homosexuelles|lesbienne|lesbiennes|bisexuel|bisexuels|trans|transsexuel|transsexuels|transgenre|transgenres|pede|pedes|pd|tapette|tapettes|gouine|gouines)',
      '(handicape|handicapes|handicapee|handicapees|personne handicapee|personnes handicapees|infirme|infirmes|attarde|attardes)',
      '(indigene|indigenes|autochtone|autochtones|gitan|gitans|gitane|gitanes|rom|roms|asiatique|asiatiques|negre|negres)',
    ],
    derogation: [
      [0.8, '(rat|rats|parasite|parasites|cafard|cafards|vermine|fleau|cancer|racaille|dechet|dechets|ordure|ordures|animaux|betes|porcs|singes|sauvages|vers|virus|sous-hommes|sous hommes|sous-humains|sous humains|crasse|saletes|peste|maladie|excrement|merde|raclure|raclures|pourriture)'],
      [0.75, '(degoutant|degoutants|degoutante|degoutantes|repugnant|repugnants|repugnante|repugnantes|meprisable|meprisables|inutiles|stupides|connes|idiots|idiotes|debiles|ignorants|ignorantes|inferieurs|inferieures|criminels|voleurs|feineants|pathetiques|repoussants|repoussantes|arrieres|abrutis|cretins|primitifs|minables|abjects|abjectes)'],
      [0.75, '(me (degoutent|degoute|repugnent|donnent envie de vomir|rendent malade|font gerber)|degoute|degoutee|(je|j) (hais|deteste|meprise|execre|abhorre)|haine (pour|envers|contre|des)|mepris (pour|envers)|(ne) (supporte|peux pas supporter|peux pas voir|peux pas blairer)|horreur (des|de ces))'],
      [0.8, '(ne) (vaut|valent) (rien|que dalle|pas un clou)|sans [aucune] valeur|(aucune|pas de) valeur|(ne) (compte|comptent) pas|(pas de|aucune|plus de) (place|espace)|(ne) (meritent|merite) (pas|ni) (de vivre|d exister|le respect)|(ne) (sont|est) pas (humains|humain|des personnes|des etres humains)|moins que (humains|rien)|pas (mieux|meilleurs|meilleures) que|(pire|pires) que'],
      [0.75, '(nique|niquer|niquez|qu ils aillent se faire foutre|allez vous faire foutre|va te faire foutre|bande de|fils de pute|putains de|sales)'],
      [0.75, '(degueulasse|degueulasses|ignoble|ignobles|immonde|immondes|infect|infects|infecte|infectes|abominables|vils|viles|envahisseurs|hordes|essaim|essaims|infestent|infestant|envahissent|vomir|envie de vomir)'],
      [0.75, '(que|rien que|rien d autre que) (du mepris|mepris|de la haine|du degout|de l aversion)|(aucune|sans) (pitie|compassion)|(jamais|ne|pas) .. aussi (intelligents|intelligentes|malins|malignes|bons|bonnes|capables) que|(ne) (sont|est) pas (mieux|meilleurs|meilleures|meilleur) que'],
      [0.75, '(mauvais|pervers|perverses|degeneres|degenerees|depraves|horribles|odieux|odieuses|miserables|menteurs|menteuses|puants|puantes|anormaux|anormales|aberrations|malades mentaux|tares|une honte|sangsues|chiens|betail|fardeau|boulet)'],
    ],
    violence: [
      [0.8, '(tuer|tuons|tuez|tuerai|tuerons|exterminer*|extermination|extermin*|eradiqu*|eliminer|eliminons|deport*|expuls*|pendre|pendons|pendez|fusill*|abattre|abattons|bruler|brulons|noyer|noyons|gazer|gazons|lynch*|violer|nous debarrasser|se debarrasser|debarrassons|debarrassez|en finir avec|virer|virons|interdire|interdisons|aneantir|massacr*|attaquer|attaquerons|buter|butons|crever)'],
      [0.75, '(dehors|hors de) [de] (france|notre pays|chez nous|europe)|(qu ils|qu elles) (retournent|rentrent) (chez eux|chez elles|dans leur pays)|(rentrez|retournez) chez vous'],
      [0.8, '(assassiner|assassinons|massacrer|elimines|eliminees|executer|executes|executons|fusilles|pendus|brules|enfermer|enfermons|enfermes|steriliser*|castrer|tabasser*|lapider*|torturer*|mort aux|crevent|meurent|mourir|en debarrasser)'],
    ],
    negation: ['ne', 'pas', 'jamais', 'aucun', 'aucune', 'nul', 'nulle', 'sans'],
    mention: ['(appeler a|appellent a|reclamer|reclament|exiger|exigent|insulter|insultent|ca fait mal|(la|de la|cette) haine|arreter de|arrete de|arretez de|cesser de|cessez de|dire|dit|disent|dis|disant|dites|disait|traiter|traite|traitent|traites|appeler|appelle|appellent|ecrire|ecrit|ecrivent|affirmer|affirme|pretendre|pretend|contre|denonc*|condamn*|critiqu*|des choses comme|propos comme)'],
    they: ['(ils|elles|leur|leurs|eux|sont)'],
    self: ['((je suis|nous sommes|en tant que|comme) [un|une])'],
  },
  de: {
    group: [
      '(frau|frauen|weiber|weib|tussis|tussen)', '(einwanderer|einwanderern|einwanderin|einwanderinnen|migrant|migranten|migrantin|migrantinnen|fluchtling|fluchtlinge|fluchtlingen|auslander|auslandern|auslanderin|auslanderinnen|asylant|asylanten)',
      '(muslim|muslime|muslimen|muslima|moslem|moslems|islamist|islamisten|kanake|kanaken)', '(jude|juden|judin|judinnen|jud)',
      '(schwarze|schwarzen|schwarzer|schwarzen menschen|schwarze menschen|neger)',
      '(schwule|schwulen|schwuler|homosexuelle|homosexuellen|homo|homos|lesbe|lesben|bisexuelle|trans|transmensch|transmenschen|transfrau|transfrauen|transleute|transsexuelle|transsexuellen|schwuchtel|schwuchteln|tunte|tunten)',
      '(behinderte|behinderten|behinderter|spasti|spastis|mongo|mongos|krupel)',
      '(indigene|indigenen|ureinwohner|zigeuner|sinti|roma|asiate|asiaten|asiatin)',
    ],
    derogation: [
      [0.8, '(ratte|ratten|parasit|parasiten|schmarotzer|kakerlake|kakerlaken|ungeziefer|pest|plage|krebs|abschaum|mull|dreck|abfall|tiere|viecher|bestien|schweine|affen|wilde|wurmer|virus|untermensch|untermenschen|schmutz|seuche|krankheit|geschwur|pack|gesindel|scheisse|dreckspack|drecksacke|drecksack)'],
      [0.75, '(ekelhaft|ekelhafte|ekelhaften|widerlich|widerliche|widerlichen|abstossend|abstossende|verachtenswert|verachtenswerte|nutzlos|nutzlose|dumm|dumme|dummen|dummsten|blod|blode|blodesten|idioten|ignorant|ignorante|minderwertig|minderwertige|dreckig|dreckige|kriminell|kriminelle|diebe|faul|faule|erbarmlich|erbarmliche|zuruckgeblieben|hirnlos|hirnlose|primitiv|primitive|trottel|wertlos|wertlose|wertloser|abschaum)'],
      [0.75, '((ekeln|ekelt|widern|widert) mich [so|total|echt] [an]|angewidert|mich krank|zum kotzen|(ich|wir) (hasse|hassen|verachte|verachten|verabscheue|verabscheuen)|hass (auf|gegen)|abscheu|verachtung (fur|gegenuber)|(nicht) (ausstehen|ertragen|leiden))'],
      [0.8, '(nichts|keinen scheiss|einen scheiss|einen dreck) wert|(keinen|ohne) wert|wertlos|(nicht|nichts) (zahlen|zahlt)|(kein|keinen) (platz|raum)|(nicht|kein) (lebenswert|lebenswertes)|(keine|nicht) (menschen|mensch)|weniger als (menschen|nichts)|nicht besser als|(schlimmer|schlechter) als|(kein|keinerlei) mitleid'],
      [0.75, '(fick|fickt|ficken|verpisst euch|scheiss|scheiss auf|drecks|hurensohne|verdammte|verdammten)'],
      [0.75, '(eklig|eklige|ekelig|abscheulich|abscheuliche|widerwartig|widerwartige|unertraglich|verkommen|verkommene|invasoren|horden|schwarm|schwarme|unterwandern|unterwandert|uberschwemmen|uberrennen|kotzen|ankotzen)'],
      [0.75, '(nichts als|nur) (abscheu|verachtung|hass|ekel|widerwillen)|(kein|keinerlei|ohne) (mitleid|erbarmen)|(nie|niemals|nicht) .. so (schlau|klug|intelligent|gut|fahig|wertvoll) (wie|sein wie)|nichts (besseres|besser) als'],
      [0.75, '(bose|bosen|pervers|perverse|degeneriert|degenerierte|schrecklich|schreckliche|hasslich|hassliche|elend|elende|lugner|stinkend|stinkende|eine schande|abnormal|abnormale|unnormal|geisteskrank|geisteskranke|gestort|gestorte|nichtsnutze|asozial|asoziale|bescheuert|bescheuerte|beschissen|beschissene|blutsauger|hunde|vieh|belastung|last)'],
    ],
    violence: [
      [0.8, '(toten|umbringen|umgebracht|umbringt|ausrotten|ausgerottet|vernichten|vernichtet|auslosch*|eliminier*|abschieben|abgeschoben|abschiebung|rauswerfen|rausschmeissen|ausweisen|ausgewiesen|aufhangen|erhangen|aufgehangt|gehangt|erschiessen|erschossen|erschiess|abknallen|verbrennen|verbrannt|ertranken|ertrankt|vergasen|vergast|lynchen|gelyncht|vergewaltigen|vergewaltigt|loswerden|entledigen|wegsperren|weggesperrt|einsperren|verbieten|verboten|abschlachten|angreifen|um die ecke bringen|beseitigen|beseitigt|auf dem gewissen)'],
      [0.75, '(raus aus|raus mit) (deutschland|unserem land|europa)|(auslander|fluchtlinge|juden|muslime|kanaken) raus|(zuruck|heim) (in ihre|nach) (heimat|lander|afrika)'],
      [0.8, '(ermorden|ermordet|massakrieren|hinrichten|hingerichtet|sterilisieren|sterilisiert|kastrieren|kastriert|verprugeln|verprugelt|zusammenschlagen|steinigen|foltern|gefoltert|tod den|sterben|verrecken|krepieren|entsorgen|weg mit)'],
    ],
    negation: ['nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'niemand', 'nichts'],
    mention: ['(fordern|fordert|aufrufen|beleidigen|beleidigt|es tut weh|(der|den|dem) hass|aufhoren|hor auf|hort auf|sagen|sagt|sagst|sagte|sagten|gesagt|nennen|nennt|nennst|genannt|bezeichnen|bezeichnet|schreiben|schreibt|schreibst|geschrieben|behaupten|behauptet|gegen|dinge wie|satze wie|spruche wie|aussagen wie)'],
    they: ['(sie|ihnen|ihre|ihr|ihrer|denen)'],
    self: ['(ich bin|wir sind|als) [ein|eine|einer]'],
  },
  it: {
    group: [
      '(donna|donne|femmina|femmine)', '(immigrato|immigrati|immigrata|immigrate|immigrante|immigranti|migrante|migranti|rifugiato|rifugiati|rifugiata|rifugiate|profugo|profughi|straniero|stranieri|straniera|straniere|clandestino|clandestini)',
      '(musulmano|musulmani|musulmana|musulmane|islamico|islamici|islamista|islamisti)', '(ebreo|ebrei|ebrea|ebree)',
      '(i|gli|le|dei|delle|questi|queste|quei|quelle|tutti i|tutte le|un|una|uno|quel|quella|questo|questa) (nero|neri|nera|nere|negro|negri|negra|negre)', '(nero|neri|nera|nere|negro|negri) (come|di merda)', '(persona|persone|gente) (nera|nere|di colore)',
      '(gay|omosessuale|omosessuali|lesbica|lesbiche|bisessuale|bisessuali|trans|transessuale|transessuali|transgender|frocio|froci|finocchio|finocchi|ricchione|ricchioni|culattone|culattoni)',
      '(disabile|disabili|handicappato|handicappati|handicappata|handicappate|mongoloide|mongoloidi|storpio|storpi)',
      '(indigeno|indigeni|indigena|indigene|zingaro|zingari|zingara|zingare|rom|asiatico|asiatici|asiatica|asiatiche|terrone|terroni)',
    ],
    derogation: [
      [0.8, '(ratto|ratti|topo|topi|parassita|parassiti|scarafaggio|scarafaggi|piaga|cancro|feccia|spazzatura|immondizia|animali|bestie|maiali|porci|scimmie|selvaggi|vermi|virus|subumani|sub-umani|sporcizia|peste|malattia|escremento|merda|rifiuti|schifezza|pattume)'],
      [0.75, '(disgustoso|disgustosi|disgustosa|disgustose|ripugnante|ripugnanti|spregevole|spregevoli|inutili|stupido|stupidi|stupida|stupide|idioti|idiote|imbecilli|ignoranti|inferiori|sporchi|sporche|criminali|ladri|pigri|patetici|patetiche|repellenti|ritardati|ritardate|cretini|cretine|deficienti|primitivi|schifosi|schifose|luridi|luride)'],
      [0.75, '((mi|ci) (fanno|fa) (schifo|ribrezzo|vomitare)|schifo|disgustato|disgustata|(odio|detesto|disprezzo|aborro) (i|gli|le|tutti|tutte|questi|queste|quei|quelle)|odio (per|verso|contro)|disprezzo (per|verso)|ribrezzo|(non) (sopporto|tollero|reggo))'],
      [0.8, '(non) (vale|valgono) (niente|nulla|un cazzo|una merda)|(senza|nessun) valore|(non) (conta|contano)|(non) (c e|ce|esiste) (posto|spazio)|(nessun) posto|(non) (merita|meritano) (di vivere|rispetto)|(non) (sono|e) (umani|umano|persone)|meno che (umani|niente)|(non) (migliori|meglio) (di|dei|delle)|(peggio|peggiori) (di|dei|delle)'],
      [0.75, '(fanculo|vaffanculo|affanculo|fottetevi|si fottano|figli di puttana|fottuti|fottute|maledetti|maledette)'],
      [0.75, '(immondi|immonde|infami|vili|abominevoli|nauseabondi|invasori|orde|sciame|sciami|infestano|infestando|invadono|vomitare|sdegno)'],
      [0.75, '(altro che|solo|nient altro che) (sdegno|disprezzo|odio|schifo|ribrezzo)|(nessuna|senza) (pieta|compassione)|(mai|non) .. (cosi|tanto) (intelligenti|bravi|brave|capaci|svegli|sveglie) (come|quanto)|(non) (sono|e) (migliori|meglio) (di|dei|delle|degli)'],
      [0.75, '(malvagi|malvagie|perversi|perverse|degenerati|degenerate|depravati|orribili|odiosi|odiose|miserabili|bugiardi|puzzolenti|una vergogna|anormali|aberrazioni|malati|pessimi|pessime|squallidi|squallide|disprezzabili|orrendi|orrende|tarati|sanguisughe|cani|bestiame|fardello|zavorra)'],
    ],
    violence: [
      [0.8, '(uccidere|ucciderli|ucciderle|uccidiamo|uccidete|ammazzare|ammazzarli|ammazzarle|ammazziamo|sterminar*|stermin*|eliminarli|eliminarle|eliminiamo|deportar*|deportiamo|deportati|espell*|cacciar*|cacciamoli|impiccar*|impicchiamo|fucilar*|sparare|sparargli|bruciare|bruciarli|annegar*|gassar*|linciar*|stuprare|sbarazzar*|liberarci|liberarsi|farla finita con|rinchiuder*|vietare|bandire|annientar*|massacr*|attaccar*|sopprimer*)'],
      [0.75, '(fuori|via) (dall italia|dal nostro paese|dall europa|da qui)|(tornino|tornate|rimandarli) (a casa loro|nel loro paese|in africa)'],
      [0.8, '(assassinare|assassinarli|massacrare|eliminare|eliminati|eliminate|giustiziare|giustiziati|fucilati|impiccati|bruciati|rinchiusi|sterilizzare|castrare|picchiare|picchiarli|pestare|lapidare|torturare|morte ai|morte agli|morte alle|morire|crepino|crepare|toglierli di mezzo|sbarazzarci)'],
    ],
    negation: ['non', 'mai', 'nessun', 'nessuno', 'nessuna', 'niente', 'nulla'],
    mention: ['(chiedere|chiedono|invocare|invocano|insultare|insultano|fa male|(l|dell|all) odio|smettere di|smettila di|smettetela di|dire|dice|dicono|dici|dica|detto|dicendo|chiamare|chiama|chiamano|chiami|scrivere|scrive|scrivono|scritto|affermare|afferma|contro|denunci*|condann*|critic*|cose come|frasi come)'],
    they: ['(loro|sono|li)'],
    self: ['(sono|siamo|come|in quanto) [un|una|uno]'],
  },
  nl: {
    group: [
      '(vrouw|vrouwen|wijven|wijf)', '(immigrant|immigranten|migrant|migranten|vluchteling|vluchtelingen|buitenlander|buitenlanders|allochtoon|allochtonen|asielzoeker|asielzoekers|gelukszoekers)',
      '(moslim|moslims|islamiet|islamieten|islamist|islamisten)', '(jood|joden|joodse mensen)',
      '(zwarten|zwarte mensen|zwarte man|zwarte vrouw|negers|neger|nikker|nikkers)',
      '(homo|homos|homofielen|homoseksueel|homoseksuelen|lesbienne|lesbiennes|lesbo|lesbos|biseksueel|biseksuelen|trans|transpersoon|transpersonen|transgenders|transgender|transseksuelen|flikker|flikkers|nicht|nichten)',
      '(gehandicapte|gehandicapten|mensen met een beperking|mongool|mongolen|invalide|invaliden)',
      '(inheemse mensen|inheemsen|zigeuner|zigeuners|roma|aziaten|aziaat|marokkanen|turken)',
    ],
    derogation: [
      [0.8, '(rat|ratten|parasiet|parasieten|kakkerlak|kakkerlakken|ongedierte|plaag|pest|kanker|tuig|uitschot|afval|vuilnis|beesten|dieren|varkens|apen|wilden|wormen|virus|onmensen|ondermensen|vuil|ziekte|stront|schorem|gespuis)'],
      [0.75, '(walgelijk|walgelijke|weerzinwekkend|weerzinwekkende|verachtelijk|verachtelijke|nutteloos|nutteloze|dom|dombo|dommen|stom|stomme|idioten|imbecielen|onwetend|onwetende|inferieur|minderwaardig|minderwaardige|smerig|smerige|vies|vieze|crimineel|criminelen|dieven|lui|luie|zielig|zielige|achterlijk|achterlijke|debiel|debiele|primitief|primitieve|waardeloos|waardeloze|dommer|domste)'],
      [0.75, '((walg|walgen) van|walgelijk|(ik|wij|we) (haat|haten|veracht|verachten|verafschuw|verafschuwen)|haat (tegen|jegens|voor)|afschuw|minachting (voor|jegens)|(niet) (uitstaan|verdragen|luchten)|(maken|maakt) me (misselijk|ziek|kotsmisselijk))'],
      [0.8, '(niets|geen moer|geen reet|geen ene moer|geen zak|geen cent|geen bal) waard|(geen|zonder) waarde|(niet) (tellen|telt)|(geen) (plaats|ruimte|plek)|(geen) (mensen|mens)|minder dan (mensen|niets)|(niet) beter dan|(erger|slechter) dan|(geen) medelijden'],
      [0.75, '(kanker|kk|tyfus|tering|godverdomme|klote|kut|rot op|rot toch op|kankeren)'],
      [0.75, '(weerzinwekkend|verwerpelijk|verwerpelijke|zwerm|zwermen|overspoelen|overspoeld|invasie|horden|kotsen|kotsmisselijk|misselijk)'],
      [0.75, '(niets dan|niets anders dan|alleen maar) (minachting|haat|afkeer|walging|afschuw)|(nooit|niet) .. zo (slim|slimme|intelligent|goed|capabel|waardevol) als|(niet|geen) beter dan'],
      [0.75, '(slecht|slechte|pervers|perverse|gedegenereerd|gedegenereerde|verdorven|vreselijk|vreselijke|afschuwelijk|afschuwelijke|lelijk|lelijke|ellendig|ellendige|leugenaars|stinkend|stinkende|een schande|abnormaal|abnormale|ziek|zieke|geestesziek|gestoord|gestoorde|asociaal|asociale|irritant|irritante|bloedzuigers|honden|vee|last)'],
    ],
    violence: [
      [0.8, '(doden|vermoorden|afmaken|uitroeien|uitgeroeid|vernietigen|elimineren|deporteren|gedeporteerd|uitzetten|het land uit|eruit gooien|ophangen|opgehangen|neerschieten|neergeschoten|doodschieten|verbranden|verdrinken|vergassen|vergast|lynchen|verkrachten|verkracht|van af|afkomen|opsluiten|verbieden|afslachten|aanvallen|aanpakken|kapotmaken)'],
      [0.75, '(terug naar) (hun land|je eigen land|afrika|marokko|turkije)|(buitenlanders|vluchtelingen|moslims) eruit'],
      [0.8, '(vermoord|executeren|geexecuteerd|opgesloten|steriliseren|castreren|in elkaar slaan|mishandelen|stenigen|martelen|dood aan|moeten dood|sterven|verrekken|creperen|kapotgaan|uitschakelen|wegwerken|uitzetten)'],
    ],
    negation: ['niet', 'nooit', 'geen', 'niemand', 'niets'],
    mention: ['(oproepen|roepen op|eisen|eist|beledigen|beledigt|doet pijn|(de|het) haat|ophouden met|ophouden|stoppen met|zeggen|zegt|zeg|zei|zeiden|gezegd|noemen|noemt|noem|genoemd|schrijven|schrijft|geschreven|beweren|beweert|tegen|dingen als|dingen zoals|uitspraken als)'],
    they: ['(ze|zij|hun|hen)'],
    self: ['(ik ben|wij zijn|we zijn|als) [een]'],
  },
  pl: {
    group: [
      '(kobieta|kobiety|kobiet|kobietom|kobietami|kobiecie|kobiete|baby|bab)', '(imigran*|migran*|uchodzc*|uchodzca|obcokrajow*|cudzoziem*|przybysz*)',
      '(muzulman*|islamist*)', '(zyd|zydzi|zydow|zydom|zydami|zyda|zydowi|zydem|zydowka|zydowki|zydowek|parch|parchy)',
      '(czarni|czarnych|czarnym|czarnymi|czarnoskor*|murzyn*|czarnuch*)',
      '(gej|geje|gejow|gejom|gejami|geja|gejem|homoseksualist*|homoseksual*|lesbij*|biseksual*|trans|osoby transplciowe|osob transplciowych|osobom transplciowym|transplciow*|pedal|pedaly|pedalow|ciota|cioty|ciot)',
      '(niepelnosprawn*|kalek*|uposledzon*)',
      '(rdzenn*|cygan*|romow|romowie|azjat*|skosnook*)',
    ],
    derogation: [
      [0.8, '(szczur|szczury|szczurow|szczurami|pasozyt*|karaluch*|robactwo|robale|zaraza|plaga|rak|rakiem|scierwo|smiec|smieci|smieciami|zwierzeta|zwierzetami|bydlo|bestie|swinie|malpy|malpami|dzicy|robaki|wirus|podludzie|podczlowiek*|brud|brudem|gnoj|lajno|gowno|gownem|choroba|szumowiny|motloch|holota)'],
      [0.75, '(obrzydliw*|odrazajac*|odpychajac*|godn* pogardy|bezuzyteczn*|glupi|glupie|glupsze|glupsz*|najglupsi|najglupsze|idioci|idiotki|imbecyle|ignoranci|ignorantami|gorsi|gorsze|brudni|brudne|przestepcy|zlodzieje|leniwi|leniwe|zalosni|zalosne|uposledzeni|debile|debilami|kretyni|prymitywni|prymitywne|bezwartosciow*|lajdak*|dranie|dranami)'],
      [0.75, '(obrzydzenie|obrzydzeniem|brzydze sie|brzydzimy sie|(nienawidze|nienawidzimy|gardze|gardzimy|nie cierpie|nie znosze|nie trawie)|nienawisc (do|wobec)|pogard* (dla|do|wobec)|odraz*|mdlosci|rzygac mi sie chce|(nie) (moge|mozna) (zniesc|scierpiec))'],
      [0.8, '(nic|gowno|ani grosza) [nie] (sa|jest) (warte|warci|warta|wart)|(nie) (maja|ma) [zadnej] wartosci|(bez) wartosci|(nie) (licza|liczy) sie|(nie ma|zadnego) (miejsca|miejsc)|(nie) (sa|jest) (ludzmi|czlowiekiem)|mniej niz (ludzie|nic)|(nie) (sa|jest) (lepsi|lepsze|lepszy|lepsza) (od|niz)|(gorsi|gorsze|gorszy) (od|niz)|(zadnej|zadnego) (litosci|wspolczucia)'],
      [0.75, '(pierdol*|jebac|jebane|jebani|spierdalac|wypierdalac|kurwy|skurwysyny|zasrani|zasrane|pieprzeni|pieprzone|cholerni|cholerne)'],
      [0.75, '(ohydn*|plugaw*|wstretn*|paskudn*|najezdzcy|hordy|roj|roje|zalewaja|zalewajac*|rzygac|wymiotowac)'],
      [0.75, '(nic poza|nic oprocz|tylko) (pogarda|pogardy|nienawiscia|nienawisc|obrzydzeniem|odraza)|(nigdy|nie) .. tak (madre|madrzy|inteligentni|inteligentne|dobrzy|dobre|zdolni|zdolne) jak'],
      [0.75, '(zli|zle|perwersyjni|zdegenerowani|zepsuci|okropni|okropne|straszni|straszne|nedzni|nedzne|klamcy|smierdzacy|smierdzace|hanba|nienormalni|nienormalne|chorzy|chore|psychole|pojebani|pojebane|beznadziejni|beznadziejne|podli|podle|pijawki|psy|ciezar|balast)'],
    ],
    violence: [
      [0.8, '(zabic|zabijac|zabijmy|zabijcie|zabici|zabite|wymordowac|wymordowani|eksterminowac|eksterminacj*|wytepic|wytepieni|zlikwidowac|zlikwidujmy|zlikwidowani|wyeliminowac|deportowac|deportowani|deportacj*|wyrzucic|wyrzucmy|wywalic|wypedzic|powiesic|powieszeni|rozstrzelac|rozstrzelani|zastrzelic|spalic|spaleni|utopic|utopieni|zagazowac|zagazowani|zlinczowac|zgwalcic|pozbyc sie|pozbadzmy sie|pozbyc|zamknac|zakazac|zniszczyc|wyrznac|wyrzynac|atakowac|atakowali|atakowac)'],
      [0.75, '(wynocha|wypad|precz) (z polski|z naszego kraju|z europy|stad)|(niech wracaja|wracac) (do siebie|do swojego kraju|do afryki)'],
      [0.8, '(mordowac|zamordowac|zamordowani|zabijcie|zabic|wysterylizowac|wykastrowac|pobic|bic|ukamienowac|torturowac|smierc|zdychaja|zdechna|zdychac|zdechnac|umrzec|umra|usunac|oczyscic)'],
    ],
    negation: ['nie', 'nigdy', 'zaden', 'zadna', 'zadne', 'zadnego', 'zadnej', 'nikt', 'nic', 'wcale'],
    mention: ['(wzywac|wzywaja|domagac|zadac|zadaja|obrazac|obrazaja|boli|przestac|przestan|przestancie|mowic|mowi|mowia|mowisz|mowienie|powiedziec|powiedzial|powiedziala|nazywac|nazywa|nazywaja|nazywasz|nazwac|pisac|pisze|pisza|piszesz|napisac|napisal|twierdzic|twierdzi|przeciw|przeciwko|rzeczy takie jak|slowa takie jak|slowa jak)'],
    they: ['(oni|one|ich|im|nich|nimi|sa)'],
    self: ['(jestem|jestesmy|jako)'],
  },
  hi: {
    group: [
      '(aurat|aurate|auraten|auratein|aurato|auraton|aurto|mahila|mahilaye|mahilayen|mahilao|mahilaon|ladkiya|ladkiyan|ladkiyon)', '(pravasi|pravasiyo|pravasiyon|sharnarthi|sharnarthiyo|sharnarthiyon|videshi|videshiyo|videshiyon|immigrant|immigrants|refugee|refugees|bahari|baharwale)',
      '(musalman|musalmaan|musalmano|musalmanon|musalmaano|muslim|muslims|muslimo|mulla|mulle|katua|katue)', '(yahudi|yahudiyo|yahudiyon)',
      '(kaale|kale|kaalo|kalo|negro|negroes|habshi|habshiyo)', '(dalit|dalito|dalit log|shudra|shudro|shudron|neechi jaat|neech jaati|achhoot|chamar|chamaro|bhangi)',
      '(gay|gays|samlengik|samlaingik|lesbian|lesbians|hijra|hijre|hijdo|hijde|chakka|chhakka|chakke|chhakke|kinnar|kinnaro|trans|transgender|transgenders)',
      '(viklang|viklango|apahij|apaahij|langde|langdo|andhe|pagal log|disabled)', '(adivasi|adivasiyo|assamese|north east wale|chinki|chinkiyo|nepali)',
    ],
    derogation: [
      [0.8, '(chuhe|chuho|chuhon|keede|keedo|kide|kido|parjeevi|parasite|janwar|jaanwar|janwaro|suar|suaro|kutte|kutto|kuttey|gandagi|kachra|kachre|tatti|bimari|beemari|cancer|kalank|zeher|jahar|gobar|naali ke keede|dhabba|bojh)'],
      [0.75, '(ghinone|ghinona|ghinoni|ghatiya|bekaar|bekar|nikamme|nikamma|bewakoof|bevkoof|murkh|jaahil|jahil|gande|ganda|gandi|ghrinit|badmash|chor|neech|kamine|kamini|haramkhor|haramzade|harami|pagal|mandbuddhi|ghrina yogya|naalayak|besharam|gawar|ganwar)'],
      [0.75, '(nafrat|ghrina|ghin|ghin aati|ghin aata|bardasht nahi|bardaasht nahi|sehan nahi|pasand nahi|nafrat karta|nafrat karti|nafrat karte|bimaar kar|ulti aati)'],
      [0.8, '(koi (aukat|aukaat|keemat|kimat|mol|jagah|izzat)|(aukat|aukaat|keemat) nahi|bekaar zindagi|zindagi bekar|zindagi bekaar|kisi kaam ke nahi|insaan nahi|insan nahi|se bhi (battar|badtar|bura|bure)|(battar|badtar) hai|koi daya nahi|koi daya)'],
      [0.75, '(chudwa|chod|bhosdi*|madarchod|behenchod|bhenchod|gandu|chutiye|chutiya|bhadwe|randi|kutti|saale|saala)'],
    ],
    violence: [
      [0.8, '(maar do|maar dalo|maar dena|maar dene|maarna|marna chahiye|maar denge|khatam kar|khatam karo|khatam kar do|mita do|mita dein|mita dena|mitana|nikaal do|nikal do|nikalo|bahar nikalo|bhaga do|bhagao|jala do|jalao|jala dena|faansi|phansi|latka do|goli maar|goli maaro|dubo do|kaat do|qatl|katl|balatkar|hamla|humla|chhutkara|chutkara|band kar do|pratibandh)'],
      [0.75, '(desh se bahar|desh chhodo|pakistan jao|wapas jao|wapas bhejo)'],
    ],
    negation: ['nahi', 'nahin', 'na', 'mat', 'kabhi nahi'],
    mention: ['(kehna|kehte|kehta|kehti|kaha|bolna|bolte|bolta|bolti|bol|likhna|likhte|likha|pukarte|pukarna|khilaf|khilaaf|viruddh)'],
    they: ['(wo|woh|ve|unka|unki|unke|unhe|unko|inka|inki|inke|inhe)'],
    self: ['(mai|main|hum) [ek]'],
  },
};

/**
 * The same roles for scripts the phrase patterns cannot read (they work on Latin letters): Mandarin,
 * written without spaces, and Arabic (Standard and Egyptian), whose words take prefixes ("ال", "و",
 * "ب"). Words here match inside runs of text; Arabic is read with alef, teh marbuta and alef maqsura
 * folded (أ إ آ as ا, ة as ه, ى as ي). Negation in Mandarin is one character that derogations hold
 * too ("不配", "不是人"), so, as for the other languages, one inside what is said does not count.
 */
export interface ScriptGrammar {
  group: readonly string[];
  derogation: readonly string[];
  violence: readonly string[];
  negation: readonly string[];
  mention: readonly string[];
}

export const SCRIPT_GRAMMARS: Readonly<Record<'zh' | 'ar', ScriptGrammar>> = {
  zh: {
    group: [
      '女人', '女性', '妇女', '娘们', '同性恋', '基佬', '男同', '女同', '拉拉', '黑人', '黑鬼', '穆斯林', '回教徒', '绿绿', '犹太人', '犹太佬',
      '移民', '难民', '残疾人', '残障人士', '残废', '跨性别者', '跨性别', '变性人', '外国人', '老外', '原住民', '少数民族', '亚洲人', '台巴子', '阿三',
    ],
    derogation: [
      '恶心', '作呕', '垃圾', '废物', '寄生虫', '老鼠', '蟑螂', '畜生', '禽兽', '动物', '害虫', '瘟疫', '癌症', '病毒', '低等', '劣等', '下等',
      '愚蠢', '蠢', '最傻', '傻逼', '贱逼', '白痴', '讨厌', '憎恨', '痛恨', '厌恶', '鄙视', '看不起', '受不了', '忍受不了', '一文不值', '毫无价值',
      '没有价值', '不值钱', '不重要', '不配', '不是人', '人渣', '败类', '渣滓', '婊子', '肮脏', '卑鄙', '可耻', '污渍', '还不如', '不如', '滚',
    ],
    violence: ['杀', '宰了', '消灭', '灭绝', '绝种', '清除', '铲除', '驱逐', '赶出', '滚出', '遣返', '吊死', '绞死', '烧死', '枪毙', '射杀', '毒死', '淹死', '强奸', '打死', '处死', '除掉', '攻击', '摆脱'],
    negation: ['不', '没', '别', '并非', '绝不', '从不', '决不', '无'],
    mention: ['说', '称', '叫', '言论', '反对', '谴责', '停止', '别再', '写'],
  },
  ar: {
    group: [
      'نساء', 'النسا', 'ستات', 'المراه', 'حريم', 'مسلم', 'يهود', 'السود', 'سود', 'زنوج', 'مثلي', 'مثلين', 'الشواذ', 'شاذ', 'لوطي', 'متحول',
      'معاق', 'معوق', 'مهاجر', 'لاجئ', 'لاجي', 'اجانب', 'اجنبي',
    ],
    derogation: [
      'حثاله', 'قذر', 'مقرف', 'قرف', 'اكره', 'نكره', 'احتقر', 'استحقار', 'حشرات', 'حشره', 'فئران', 'جرذان', 'صراصير', 'طفيل',
      'حيوانات', 'كلاب', 'خنازير', 'قرود', 'وباء', 'سرطان', 'طاعون', 'اغبياء', 'اغبى', 'غبي', 'تافه', 'واطي', 'واطين', 'منفر', 'وسخ',
      'زباله', 'ملهاش قيمه', 'ملهمش قيمه', 'مالهاش قيمه', 'بلا قيمه', 'لا قيمه', 'متسواش', 'تسواش', 'لا تساوي', 'خرا', 'خرى', 'نجس',
      'انجاس', 'بطقش', 'مبطقش', 'مفيش مكان', 'لا مكان',
    ],
    violence: ['قتل', 'اقتل', 'نقتل', 'يقتل', 'ابيد', 'اباده', 'طرد', 'اطرد', 'ترحيل', 'اعدام', 'يتشنق', 'شنق', 'حرق', 'احرق', 'ذبح', 'اذبح', 'اغتصب', 'نهاجم', 'هاجم', 'نخلص', 'يغور', 'يموت'],
    negation: ['ما يصحش', 'مينفعش', 'لا يجب', 'لا ينبغي', 'لن نسمح', 'ممنوع', 'ما ينفعش'],
    mention: ['بتقول', 'يقول', 'تقول', 'يقولو', 'بيقول', 'كلام', 'تسمي', 'بيسم', 'تكتب', 'كتابه', 'ضد', 'ترفض', 'رافض'],
  },
};

/**
 * Per language, the grammar's words (group, derogation, violence; five letters or more) that
 * correct-typos.ts reads through one typo (two letters swapped, or one dropped), as it does the English
 * ones: members misspell on purpose ("asquedao", "ignoratnes"). Only words none of whose one-typo
 * variants is a variant of an English target ("fck") or a word of English, Spanish, Portuguese, French,
 * German, Italian, Dutch or Polish (checked against the Debian word lists when this list was written),
 * so no real word is rewritten: "judios" is left out ("judos"), and so is "negros" ("neros"). Words
 * apart by spaces.
 */
export const HATE_TYPO_TARGETS: Readonly<Record<string, string>> = {
  es: [
    'aberracion aberraciones abominables acabar acabemos aguanto ahorcadas ahorcados alimanas apestosas apestosos',
    'aquellos asesinarlas asesinarlos asiatica asiatico asqueada asqueado asquerosa asquerosas asqueroso asquerosos',
    'atacarlos bisexual buenas buenos capaces colgarlos compasion cucaracha cucarachas cuelguen degeneradas',
    'degenerados deportacion deportados deporten depravadas depravados descerebrados deshacernos despreciable',
    'despreciables discapacitada discapacitadas discapacitado discapacitados disparar disparare echarlos echemos',
    'ejecutadas ejecutados ejecutar ejecutarlos eliminadas eliminados eliminarlos eliminemos encerrarlos enferman',
    'enfermedad enfermos espana estupidas estupidos europa excremento existir expulsados exterminadas exterminados',
    'extranjeras extranjeros fusilados ganado gentuza gitano golpearlos gusanos hediondos hienas homosexual horribles',
    'humano imbecil imbeciles importan infames infestan infrahumano infrahumanos inmundicia inteligentes inutiles',
    'jodan jodanse lamentables largo lastima lesbiana librarnos malvadas malvados maricones matarlos matemos maten',
    'matenlos mejor mejores mentales mentirosos merecen minusvalida minusvalidas minusvalido minusvalidos miserables',
    'mujer mujeres musulman musulmana nauseabundas nauseabundos nauseas nefastos negro ningun ninguna nuestro nunca',
    'odiosas odiosos parasito pateticas pateticos perros perversas perversos piedad primitivos quemados quemar',
    'quemarlos quemenlos repugnan repugnante repulsion repulsivas repulsivos retrasadas retrasados sabandijas salvajes',
    'sanguijuelas subhumano suciedad sudaca sudacas tolero tramposos transexual transexuales transgenero transgeneros',
    'vagos valen valga valgan valiosos vayan vayanse violarlos vivir vomitar vuelvan',
  ].join(' '),
  pt: [
    'aberracao aberracoes abominaveis abomino acabar africa aguento anormais aqueles asiatico assassina assassinadas',
    'assassinados assassinar ataca atacar atirem baratas bicha bissexuais bosta cachorros capazes ciganas ciganos',
    'compaixao criminosos deficiencia deficiente degeneradas degenerados deportacao deportados depravadas depravados',
    'despreziveis desprezivel eliminadas eliminados eliminar eliminemos espaco essas esses estrangeira estrangeiras',
    'estrangeiro estrangeiros estupidas estupidos europa excremento executadas executados executar existir expulsa',
    'expulsos exterminadas exterminados fardo fedorentas fedorentos fodam foder fuzilados gentalha homossexuais',
    'horriveis humano imbecis imigrante importam imundas imundos inteligentes inuteis islamita islamitas judeu judeus',
    'livrar macacos malditas malditos malvadas malvados matemos melhor melhores mentirosos miseraveis morrer morto',
    'muculmana muculmanas muculmano muculmanos mulher mulheres negro nenhum nenhuma nojenta nojentas nojento nojentos',
    'nosso nunca odiosas odiosos parasita pateticas pateticos perversas perversos pessoa pessoas piedade portugal',
    'primitivos qualquer quanto queimem ratazana ratazanas repugnam repugnante repulsa repulsivas repulsivos',
    'retardadas retardados sanguessugas subumanos sujas sujeira sujos terra tolero tomar transexuais transexual',
    'transgenero transgeneros travesti travestis vagabundas vagabundos valem valha veados viados vomitar vontade',
  ].join(' '),
  fr: [
    'abattons aberrations abjects abominables abrutis allez aneantir animaux arrieres asiatique asiatiques assassiner',
    'attaquer attaquerons aucune aversion bande betail bisexuel blairer bougnoule bougnoules bruler brulons buter',
    'butons cafard cafards capables cette comptent criminels dalle debarrasser debarrassez debarrassons debiles dechet',
    'dechets degeneres degout degoutante degoutants degueulasse degueulasses dehors donnent eliminer elimines enfermer',
    'enfermes envahissent envahisseurs envie espace essaim etranger etrangere europe executer executes executons',
    'exister extermination fardeau feineants femme femmes finir fusilles gazer gazons handicape homosexuel',
    'homosexuelle homosexuelles honte horreur horribles ignoble ignobles ignorants immonde immondes infect infects',
    'inferieurs infestent intelligents interdire interdisons inutiles lesbienne lesbiennes malades massacrer meilleur',
    'meilleurs mepris meprisable meprisables meritent meufs mieux miserables musulman musulmane musulmans nique niquer',
    'niquez noyer noyons odieuses odieux pathetiques pedes pendez pendons personnes pervers perverses porcs pourriture',
    'primitifs racaille raclure raclures renois repoussants repugnante repugnants respect retournent retournez',
    'sangsues supporter transgenres transsexuel transsexuels tuerons virer virons voleurs vomir youpin youpins',
  ].join(' '),
  de: [
    'abfall abgeschoben abknallen abschaum abscheu abscheulich abscheuliche abschieben abschiebung abschlachten',
    'abstossend abstossende affen afrika angewidert angreifen ankotzen asiate asiaten asiatin asozial asoziale',
    'asylanten aufgehangt ausgerottet ausgewiesen auslanderinnen auslandern ausrotten ausweisen behinderten',
    'behinderter belastung bescheuert bescheuerte beschissen beschissene beseitigen beseitigt besseres bisexuelle',
    'blodesten blutsauger bosen degeneriert deutschland dreckig dreckige drecksack drecksacke dumme dummen dummsten',
    'einsperren einwanderer einwanderern einwanderinnen ekelhaft ekelhafte ekelhaften ekeln ekelt eklig eklige elend',
    'entledigen entsorgen erbarmen erbarmlich erbarmliche erhangen ermorden ermordet erschiess erschiessen erschossen',
    'ertragen ertranken ertrankt europa fahig ficken fickt fluchtling fluchtlinge fluchtlingen foltern frauen',
    'gefoltert gegenuber gehangt geisteskrank geisteskranke gelyncht geschwur gesindel gestort hasslich hassliche',
    'hingerichtet hinrichten hirnlos hirnlose homosexuelle homosexuellen hunde hurensohne idioten invasoren juden',
    'judin judinnen kakerlake kakerlaken kastrieren kastriert keinerlei krank krankheit krebs kriminell kriminelle',
    'lebenswert lebenswertes lesbe loswerden lynchen massakrieren menschen migranten migrantin migrantinnen',
    'minderwertig minderwertige mitleid moslems muslima muslime muslimen nicht nichts nichtsnutze niemals nutzlos',
    'nutzlose parasiten pervers perverse plage platz primitiv primitive rauswerfen schlechter schmarotzer schrecklich',
    'schreckliche schwarm schwarme schwarze schwarzen schwarzer schwuchtel schwuchteln sinti spasti spastis',
    'sterilisiert toten transfrau transfrauen transleute transmensch transmenschen transsexuelle transsexuellen',
    'trottel tunte tussen tussis uberrennen uberschwemmen umgebracht unertraglich ungeziefer unnormal untermensch',
    'untermenschen unterwandern unterwandert ureinwohner verabscheue verabscheuen verachte verachtenswert',
    'verachtenswerte verachtung verboten vergasen vergewaltigen vergewaltigt verkommen verkommene vernichten',
    'vernichtet verpisst verprugeln verprugelt viecher weggesperrt wegsperren wertlos wertlose wertloser wertvoll',
    'widerlich widerliche widerlichen widerwartig widerwartige widerwillen wurmer zahlt zigeuner zuruck',
    'zuruckgeblieben zusammenschlagen',
  ].join(' '),
  it: [
    'aberrazioni abominevoli aborro affanculo africa ammazzare ammazzarli ammazziamo anormali asiatica asiatiche',
    'asiatici asiatico assassinare assassinarli bestiame bisessuale bisessuali brave bravi bruciare bruciarli bugiardi',
    'cacciamoli castrare cazzo clandestini clandestino compassione contano cretine cretini criminali culattone',
    'culattoni deficienti degenerate degli delle disabili disgustata disgustato disgustosa disgustose disgustosi',
    'disgustoso disprezzabili disprezzo donna donne ebrea ebree ebrei eliminare eliminarli eliminate escremento europa',
    'fanculo fardello farla feccia figli finocchio fottano fottetevi fottute fottuti giustiziare giustiziati',
    'handicappata handicappate handicappati handicappato idiote idioti imbecilli immigrata immigrate immigrato immonde',
    'immondi immondizia impicchiamo inferiori infestano intelligenti inutili invadono invasori islamici islamico',
    'islamisti ladri lapidare lesbiche liberarci liberarsi luridi maledette maledetti massacrare meritano mezzo',
    'migliori migranti miserabili mongoloide mongoloidi musulmana musulmane musulmani musulmano nauseabondi negri',
    'negro nessun nessuna nient nulla odiose odiosi omosessuale omosessuali orrendi orribili parassiti patetici peggio',
    'peggiori perverse perversi pessime pessimi picchiare picchiarli pigri porci primitivi profughi profugo puzzolenti',
    'quanto quella quelle questi ratti ratto reggo repellenti ribrezzo ricchione ricchioni rifiuti rifugiata rifugiate',
    'rifugiati rifugiato rimandarli rinchiusi rispetto ritardate sanguisughe sbarazzarci scarafaggi scarafaggio',
    'schifezza schifo schifose schifosi sciame scimmie selvaggi senza sparargli spazzatura sporchi sporcizia',
    'spregevole spregevoli squallidi sterilizzare storpio straniera straniere stranieri straniero stupida stupido',
    'subumani svegli sveglie tanto terrone terroni toglierli tornate torturare transessuale transessuali tutti',
    'uccidere ucciderli uccidete uccidiamo umani umano vaffanculo valgono valore vermi verso vomitare zavorra zingara',
    'zingare zingari zingaro',
  ].join(' '),
  nl: [
    'aanpakken aanvallen achterlijk achterlijke afkeer afkomen afmaken afrika afschuw afschuwelijk afschuwelijke afval',
    'allochtonen asielzoeker asielzoekers asociale aziaat aziaten beperking biseksuelen bloedzuigers buitenlander',
    'buitenlanders criminelen deporteren dieven doden dombo dommer doodschieten elimineren elkaar ellendig ellendige',
    'erger eruit executeren flikker gedegenereerd gedegenereerde gedeporteerd geestesziek geexecuteerd gehandicapte',
    'gehandicapten gestoord gestoorde godverdomme gooien haten homofielen homoseksuelen idioten imbecielen immigranten',
    'inferieur inheemse inheemsen invalide invaliden joden joodse kakkerlakken kankeren kapotgaan kapotmaken',
    'kotsmisselijk lelijk lelijke lesbienne lesbiennes lesbo lesbos leugenaars luchten lynchen maken marokkanen',
    'martelen migranten minachting minderwaardig minderwaardige mishandelen misselijk mongolen neergeschoten',
    'neerschieten nicht nichten nikker nikkers nutteloos nutteloze ondermensen ongedierte onmensen onwetend onwetende',
    'opgehangen opgesloten ophangen opsluiten overspoeld pervers perverse schorem slecht slechte slechter smerig',
    'smerige steriliseren tegen transgenders transpersonen transpersoon transseksuelen turkije tyfus uitgeroeid',
    'uitroeien uitschakelen uitschot uitstaan uitzetten verachtelijk verachtelijke verafschuw verafschuwen verdrinken',
    'verkracht vermoord vermoorden vernietigen verwerpelijk verwerpelijke vluchteling vluchtelingen vrouw vuilnis',
    'waardeloos waardeloze waardevol weerzinwekkend weerzinwekkende wegwerken zielige zigeuner zigeuners zwerm',
  ].join(' '),
  pl: [
    'atakowac atakowali beznadziejni brudem bydlo cholerni chore choroba czarnych czarnym czarnymi czlowiekiem',
    'deportowac deportowani dobre dzicy eksterminowac europy gejami gejem gejom gejow glupie gowno hanba holota hordy',
    'idioci ignoranci ignorantami imbecyle inteligentni jebac jebani kraju kretyni kurwy lajno leniwi lepsi lepsza',
    'licza liczy litosci malpy mdlosci miejsca najglupsi najglupsze naszego nedzni nienawidze nienawisc nienormalne',
    'nienormalni nigdy obrzydzenie obrzydzeniem oczyscic odraza okropne oprocz osobom osoby pedaly perwersyjni pobic',
    'podle podli pogardy pojebane pojebani precz prymitywne psychole robactwo romow romowie rozstrzelac rozstrzelani',
    'rzygac scierpiec skurwysyny spaleni spalic spierdalac straszni swojego szczur szczurami szczurow szczury',
    'szumowiny torturowac transplciowe transplciowych transplciowym tylko ukamienowac uposledzeni utopic utopieni',
    'warci wartosci wirus wobec wracac wracaja wspolczucia wyeliminowac wykastrowac wymiotowac wymordowac wymordowani',
    'wynocha wypad wysterylizowac wytepic wytepieni zakazac zalosne zamknac zasrane zastrzelic zdechna zdechnac',
    'zdegenerowani zdolni zdychac zdychaja zepsuci zgwalcic zlikwidowac zlikwidowani zlikwidujmy zlinczowac zlodzieje',
    'zniesc zniszczyc zwierzeta zwierzetami zydami zydem zydom zydow zydowi zydzi',
  ].join(' '),
  hi: [
    'achhoot adivasi adivasiyo andhe apahij aukat auraten auraton badmash badtar baharwale balatkar bardasht beemari',
    'bekar besharam bevkoof bewakoof bhadwe bhaga bhagao bhejo bhenchod bimaar bimari chahiye chakka chakke chhodo',
    'chinkiyo chuhe chuho chuhon chutiya chutiye dalit dhabba faansi ganda gandagi gandi gandu ghatiya ghinona ghinone',
    'ghinoni ghrinit gobar habshi habshiyo harami haramkhor haramzade hijde hijdo hijra hijre humla insan izzat jagah',
    'jahil jalao janwar janwaro keede keedo keemat khatam kinnar kinnaro kutte kuttey kutti kutto ladkiya ladkiyan',
    'ladkiyon latka madarchod mahilao mahilaon mahilaye mahilayen mandbuddhi mulla murkh musalman musalmano musalmanon',
    'muslimo naalayak naali nafrat neech neechi negro nepali nikamma nikamme north pagal pakistan parjeevi pasand',
    'phansi pratibandh pravasi pravasiyo pravasiyon samlaingik samlengik sharnarthi sharnarthiyo sharnarthiyon shudron',
    'tatti transgenders videshi videshiyo videshiyon viklang viklango wapas yahudi yahudiyo yahudiyon yogya zindagi',
  ].join(' '),
};
