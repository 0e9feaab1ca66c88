import { phraseDetector } from './phrase-detector.js';

/**
 * Grooming: a child's age asked, or pictures or a meeting asked for, together with secrecy from the child's
 * parents ("How old are you? Send me pics and don't tell your parents"), in en es pt fr de it nl pl, as
 * sexual/minors. Each part alone is innocent often enough (a surprise party kept from a mother, a tutor
 * asking a pupil's age) to stay under the threshold (0.35 each; both 0.58).
 */
export const detectGrooming = phraseDetector('grooming', {
  framing: 'first-person',
  slots: {
    parents: ['parents', 'mom', 'mum', 'dad', 'mother', 'father', 'family', 'teacher~'],
  },
  phrases: {
    'sexual/minors': [
      // Secrecy from the parents.
      [0.35, "(don't|do not|never) tell (your|ur) {parents}"],
      [0.35, "keep (this|it|our (chat|chats|talks|messages)) (a secret|secret|between us)"],
      [0.35, '(our|a) little secret'],
      [0.35, "(delete|hide) (our|the|these) (chat|chats|messages) [so|before|from] [your] {parents}"],
      [0.35, 'no se lo (digas|cuentes) a (tus padres|tu madre|tu padre|tu mama|tu papa|nadie)'],
      [0.35, 'nao (conta|fala|conte|diga|contes) (pros|para os|aos|pra sua|para a sua|a sua) (seus|teus|pais|mae|pai)'],
      [0.35, 'ne (le|leur) (dis|dites) (rien|pas) a (tes parents|ta mere|ton pere)|ne dis rien a tes parents'],
      [0.35, 'sag (es|das) (nicht|niemandem) [deinen eltern|deiner mutter|deinem vater]|sag deinen eltern nichts'],
      [0.35, '(non dirlo|non dire niente) (ai tuoi genitori|a tua madre|a tuo padre|a nessuno)'],
      [0.35, 'zeg (het|dit|niks) niet tegen (je ouders|je moeder|je vader)'],
      [0.35, 'nie mow (rodzicom|mamie|tacie|nikomu)'],
      // The approach: the age asked, pictures or a meeting asked for.
      [0.35, '(how old are you|how old r u|are you (under|over) 18|are you (11|12|13|14|15|16|17))'],
      [0.35, '(send|snap) me (a|some|your|ur) (pic~|photo~|selfie~|picture~)'],
      [0.35, '(cuantos anos tienes|quantos anos (voce tem|tens|vc tem)|quel age as tu|tu as quel age|wie alt bist du|quanti anni hai|hoe oud ben je|ile masz lat)'],
      [0.35, '(mandame|enviame) (fotos|una foto|tus fotos)|(me manda|me envia) (fotos|uma foto|suas fotos)|envoie moi (des photos|une photo|tes photos)'],
      [0.35, "schick mir (bilder|fotos|ein foto|ein bild)|(mandami|inviami) (foto|una foto|le tue foto)|stuur me (fotos|foto's|een foto)|wyslij mi (zdjecia|zdjecie|fotke)"],
    ],
  },
});
