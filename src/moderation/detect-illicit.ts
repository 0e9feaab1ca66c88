import { phraseDetector } from './phrase-detector.js';

/** Illicit offers: drugs, weapons, forged documents, stolen data, fraud services. */
export const detectIllicit = phraseDetector('illicit', {
  slots: {
    drug: ['weed', 'cocaine', 'coke', 'crack', 'meth', 'crystal meth', 'heroin', 'fentanyl', 'mdma', 'ecstasy', 'lsd', 'xanax', 'oxy', 'oxycodone', 'oxycontin', 'percocet', 'adderall', 'ketamine', 'molly', 'shrooms', 'opioids', 'tramadol', 'codeine', 'lean', 'pills', 'drugs'],
    offer: ['buy', 'sell~', 'selling', 'order', 'vendor~', 'supplier~', 'dealer~', 'plug', 'shipping', 'delivery', 'for sale', 'available', 'in stock', 'cheap', 'wholesale', 'dm for', 'dm me for', 'hmu for', 'text me for'],
  },
  phrases: {
    illicit: [
      [0.6, '{offer} [cheap|pure|quality|top quality|high quality|premium|real] {drug}'],
      [0.6, '{drug} (for sale|available|in stock|delivery|shipped|without prescription|no prescription)'],
      [0.7, "(fake|forged|counterfeit|novelty|scannable|real and fake) (id~|ids|passport~|driver's (licence~|license~)|documents|diploma~|degree~|bank notes|banknotes|money|bills|notes|euros|dollars)"],
      // Stolen data offered; named alone it is also a security consultant's work ("I recover hacked accounts").
      [0.7, '{offer} .. (cloned|stolen|hacked|cracked) (card~|credit card~|account~|paypal~|bank logins|logins|cvv~|fullz|dumps)'],
      [0.7, '(cloned|stolen|hacked|cracked) .. (card~|credit card~|accounts|paypal~|bank logins|logins|cvv~|fullz|dumps) .. {offer}'],
      [0.4, '(cloned|stolen|hacked) (card~|credit card~|accounts|paypal~|bank logins|cvv~|fullz|dumps)'],
      [0.6, '{offer} verified .. account~'],
      // Degrees sold: quick, without study, from any university.
      [0.6, '(buy|get|order|obtain|purchase) [your|a|an] [real|genuine|registered|verified|original] [real|genuine|registered|verified|original] (degree~|diploma~|bachelor~|master~|phd|certificate~|transcript~) .. (in _ days|in a week|without (exams|study|studying|classes|attending)|any (university|college|school))'],
      [0.6, '(fullz|carding|bank logs|dumps with pin)'],
      // A card's CVV only when it is sold, stocked or asked for with the card: alone it is also Brazil's suicide
      // helpline ("Voluntário do CVV").
      [0.6, '(({offer}|fresh|live|valid) cvv~|cvv~ (shop~|store~|base~|dumps|fullz|{offer})|cvvs)'],
      [0.6, '[(send|enter|give|share|provide|confirm|verify|type) [me|us] [your|the|its]] (card number~|card details|card info|expiry date|expiration date|expiry) (and|plus|with) [the|your|its] cvv~'],
      [0.6, '(send|enter|give|share|provide|confirm|verify|type) [me|us] [your|the|its] cvv~'],
      [0.6, "(hack~|hacking) (any|someone's|your (ex|partner)'s|instagram|facebook|whatsapp|snapchat|email) [account~|password~]"],
      [0.6, '(money laundering|launder~ money|ponzi|pyramid scheme|double your (bitcoin|money|crypto)|guaranteed (returns|profit) daily)'],
      [0.5, '(buy~|sell~|selling) (guns|firearms|ammo|ammunition|weapons) (without|no) (license|licence|background check|papers)'],
      [0.6, '(essay|exam|test) (taking|writing) service .. (guaranteed|pay)'],
    ],
  },
});
