import { describe } from 'vitest';
import { keeps, removes } from './docs.js';

/**
 * "Who would hire (marry, trust) one?" answered at once by the writer with "we" or "I": an employer or a family saying
 * who they are. In the script grammars too (Mandarin, whose answer needs no space after its pronoun; Arabic; Hindi in
 * Devanagari) and in romanised Hindi and Polish. Asked alone, answered by nobody, or answered with a refusal, it stays the rhetorical question.
 */
describe('a who-would-hire question the writer answers with we or I', () => {
  keeps([
    '谁会雇难民？我们公司一直在招。',
    '谁会雇难民？我家就雇了两个，人很好。',
    '谁会嫁给黑人？我！我老公就是。',
    '谁会信任穆斯林？我们。他们是我们的邻居。',
    'kaun kisi refugee ko naukri dega? hum denge!',
    'kaun kisi refugee ko naukri dega? main dunga, mera restaurant hai.',
    'Kto zatrudniłby uchodźcę? My! Amir jest naszym szefem kuchni.',
    'Quem contrataria um refugiado? Nós!',
    'مين يوظف لاجئ؟ احنا! أمير هو الشيف بتاعنا.',
    'कौन किसी शरणार्थी को नौकरी देगा? हम! अमीर हमारा हेड शेफ है।',
  ]);
  removes([
    '谁会雇难民？',
    '谁会雇难民？我才不会。',
    '谁会雇难民？没人会。',
    '谁会信任穆斯林？我们不会。',
    'kaun kisi refugee ko naukri dega? main to nahi.',
    'Kto zatrudniłby uchodźcę? My na pewno nie.',
    'Kto zatrudniłby uchodźcę? Nikt.',
    'Chi assumerebbe un rifugiato? Mai!',
    'مين يوظف لاجئ؟',
    'مين يوظف لاجئ؟ احنا لا.',
    'कौन किसी शरणार्थी को नौकरी देगा?',
    'कौन किसी शरणार्थी को नौकरी देगा? हम नहीं।',
  ]);
});
