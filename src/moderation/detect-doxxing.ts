import { phraseDetector } from './phrase-detector.js';

/**
 * Doxxing: someone else's home address or phone number posted with a call to go there, call or tell them
 * ("Here is her address: 14 Rose Street. Go tell her what you think of her"), in en es pt fr de it nl pl.
 * Either alone stays under the threshold: a shop names its baker's address for orders, and "pay him a
 * visit" is also a friend's. The member's own address ("my address") is theirs to give; an e-mail address
 * or a website is contact, read by the contact rules.
 */
export const detectDoxxing = phraseDetector('doxxing', {
  framing: 'first-person',
  innocentAfter: /^[^\p{L}]*(?:e-?mail|mail|web|site|website|instagram|portfolio|de correo|electronica|electronique|professionnelle|pro)(?!\p{L})/u,
  phrases: {
    harassment: [
      [0.45, "(here is|here's|heres|this is|that's|thats|posting|dropping|leaking) (his|her|their) [home|house|street|real|private] (address|phone number|cell number|mobile number|cell|mobile)"],
      [0.45, '(aqui teneis|aqui tienen|aqui esta|esta es|os dejo|les dejo) su (direccion|domicilio|telefono|numero de telefono|movil|celular)'],
      [0.45, '(aqui esta|aqui vai|este e|esse e|segue) o (endereco|telefone|numero|celular) (dele|dela|deles)'],
      [0.45, "(voici|voila|c'est) son (adresse|numero|numero de telephone|portable|domicile)"],
      [0.45, '(hier ist|das ist) (seine|ihre) (adresse|wohnadresse|nummer|telefonnummer|handynummer)'],
      [0.45, '(ecco|questo e|questo e il) (il suo|l) (indirizzo|numero|numero di telefono|cellulare)'],
      [0.45, '(hier is|dit is) (zijn|haar) (adres|huisadres|nummer|telefoonnummer)'],
      [0.45, '(oto|to jest|to) (jego|jej) (adres|numer|numer telefonu)'],
      // The call to go there, ring or tell them.
      [0.3, "(go|everyone|everybody|let's|you all|y'all) [go] (tell|visit|call|text|spam|harass|message|find) (him|her|them)"],
      [0.3, '(pay|paying) (him|her|them) a visit'],
      [0.3, '(id a|vayan a) (decirle|visitarle|visitarla|verle|verla|buscarle|buscarla)|(visitadle|visitadla|llamadle|llamadla|decidle)'],
      [0.3, '(vao la|visitem (ele|ela)|liguem para (ele|ela)|falem com (ele|ela))'],
      [0.3, '(allez (lui rendre visite|lui dire|le voir|la voir|le trouver|la trouver)|rendez lui visite|appelez le|appelez la)'],
      [0.3, '(besucht (ihn|sie)|ruft (ihn|sie) an|sagt (ihm|ihr))'],
      [0.3, '(andate a (trovarlo|trovarla|dirgli|dirle)|chiamatelo|chiamatela)'],
      [0.3, '(ga (hem|haar) .. opzoeken|bel (hem|haar)|zoek (hem|haar) op)'],
      [0.3, '(odwiedzcie (go|ja)|zadzwoncie do (niego|niej))'],
    ],
  },
});
