import { phraseDetector } from './phrase-detector.js';

/**
 * Sextortion: intimate pictures held over someone, with a demand to pay or they go to the victim's family or
 * online ("I have your nudes. Pay me $500 or I send them to your family"), in en es pt fr de it nl pl, as a
 * threat. Holding the pictures alone (0.45) is not yet one, and a victim's helper names the crime without
 * either part ("if someone threatens to share your photos, contact us").
 */
export const detectSextortion = phraseDetector('sextortion', {
  framing: 'first-person',
  slots: {
    exposed: ['everywhere', 'online', 'on the internet', 'to (your|ur) (family|friends|parents|boss|wife|husband|girlfriend|boyfriend|followers|contacts|school|work)'],
  },
  phrases: {
    'harassment/threatening': [
      // The pictures held, in each language.
      [0.45, "(i have|i've got|i got|we have) (your|ur) [private|intimate|naked|nude|sexy] (nudes|photos|pictures|pics|videos|video)"],
      [0.45, '(tengo|tenemos) tus (fotos|videos|nudes|desnudos)'],
      [0.45, '(tenho|temos) (suas|tuas|as suas|as tuas) (fotos|videos|nudes)'],
      [0.45, "(j'ai|on a|nous avons) (tes|vos) (photos|videos|nudes)"],
      [0.45, '(ich habe|ich hab|wir haben) (deine|ihre) (nacktbilder|nacktfotos|nacktvideos|nudes|intimen (fotos|bilder|videos))'],
      [0.45, '(ho|abbiamo) (le tue|i tuoi) (foto|video|nudes)'],
      [0.45, "(ik heb|wij hebben|we hebben) (je|jouw) (naaktfoto's|naaktfotos|naaktbeelden|nudes|intieme (foto's|fotos|video's|videos))"],
      [0.45, '(mam|mamy) (twoje) (nagie (zdjecia|fotki)|intymne zdjecia|nudesy)'],
      // Intimate pictures sent unless paid, the threat first ("going to send your nudes to your family unless you pay"),
      // and "pay or everyone you know sees them" (which a pay-what-you-want musician could say: a threat beside the pictures held).
      [0.6, "(send|post|share|leak|publish|upload|show|forward) (your|ur) (nudes|(private|intimate|naked|nude|sexy) (photos|pictures|pics|videos|video)) {exposed} ... (unless (you|u)|if (you|u) (don't|dont|do not|won't|wont|refuse to)) (pay|send)"],
      [0.45, '(pay|send) ... (or|otherwise|else) (everyone|everybody|all your (friends|family|contacts|followers)) [you know] (sees|will see|gets|receives|get|see) (them|it|your (nudes|photos|pictures|pics|videos))'],
      // Pay, or they go to the family or online ("sonst schicke ich", "anders stuur ik": the verb second after "else").
      [0.6, "(pay|send) (me|us) ... (or|otherwise|else) (i|we) [will|'ll] (send|post|share|leak|publish|upload|show|forward) [them|it|your (photos|pics|pictures|nudes|videos)] {exposed}"],
      [0.6, '(pagame|paga|pagadme|pagueme) ... (o|si no) [se] [las|los|lo] (mando|envio|enviare|publico|publicare|subo|comparto) .. (a tu (familia|novio|novia|jefe|madre|padre|pareja|amigos)|en internet|en redes)'],
      [0.6, '(me paga|paga|pague|me pague) ... (ou|senao) [eu] [vou] (mando|mandar|envio|enviar|publico|publicar|espalho|espalhar) .. ((para|pra) (a sua|sua|tua) familia|(para|pra) (seus|teus) amigos|na internet)'],
      [0.6, "(paie moi|paye moi|payez moi|paie|payez) ... (ou|sinon) (je|on) [les|la|le] (envoie|enverrai|publie|publierai|balance|partage|diffuse) .. (a ta famille|a tes (amis|parents)|a ton (patron|mari|copain)|sur internet|partout)"],
      [0.6, '(zahl|zahle|zahlen sie|bezahl) ... (oder|sonst) [ich|wir] (schicke|schicken|veroffentliche|poste|sende|verbreite) [ich|wir] .. (deiner familie|deinen (freunden|eltern)|deinem (chef|mann)|im internet|uberall)'],
      [0.6, '(pagami|paga|pagate) ... (o|altrimenti) [le|li] (mando|invio|pubblico|condivido) .. (alla tua famiglia|ai tuoi (amici|genitori)|al tuo (capo|ragazzo)|su internet|ovunque)'],
      [0.6, '(betaal|betaal me) ... (of|anders) [ik|we] (stuur|verspreid|post|deel) [ik|we] .. (je familie|je ouders|je vrienden|je baas|internet|overal)'],
      [0.6, '(zaplac|placisz) ... (albo|inaczej) (wysle|wyslemy|opublikuje|rozesle) .. (twojej rodzinie|twoim (znajomym|rodzicom)|w internecie|wszedzie)'],
    ],
  },
});
