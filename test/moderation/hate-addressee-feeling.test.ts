import { describe, expect, it } from 'vitest';
import { isHate as hate } from './docs.js';

/**
 * Hatred or contempt for a group said to be the addressee's ("your contempt for X has to stop") is their
 * feeling, named to condemn it: counter-speech; so is what the addressee is said to call a group. The same
 * feeling held, or the same thing said, by the writer stays hate. Written here for the rules, not a data
 * set's rows.
 */
describe('the addressee\'s contempt for a group, and the writer\'s', () => {
  it.each([
    ['es', 'Tu desprecio por los gitanos es evidente para todos.', 'Siento un desprecio profundo por los gitanos.'],
    ['it', 'Il tuo disprezzo per gli immigrati è evidente a tutti.', 'Provo solo disprezzo per gli immigrati.'],
    ['de', 'Dein ständiger Hass auf Flüchtlinge macht mich traurig.', 'Ich empfinde nichts als Hass auf Flüchtlinge.'],
    ['nl', 'Jouw afkeer van moslims is echt triest.', 'Ik voel alleen maar afkeer van moslims.'],
    ['pl', 'Twoja pogarda dla gejów jest żałosna.', 'Czuję tylko pogardę dla gejów.'],
    ['hi', 'musalmano ke liye tumhari avmanana sabko dikhti hai.', 'mujhe musalmano se bahut nafrat hai.'],
  ])('%s: the addressee\'s is counter-speech, the writer\'s is hate', async (_lang, addressee, writer) => {
    expect(await hate(addressee), addressee).toBe(false);
    expect(await hate(writer), writer).toBe(true);
  });

  it.each([
    ['es', 'Si les decís a los gitanos que son basura, no esperéis que os respeten.', 'Los gitanos son basura.'],
    ['hi', 'musalmano ko kachra bulane se tum khud ghatiya lagte ho.', 'musalman kachra hain.'],
  ])('%s: what the addressee is said to call a group is counter-speech, the writer calling it so is hate', async (_lang, addressee, writer) => {
    expect(await hate(addressee), addressee).toBe(false);
    expect(await hate(writer), writer).toBe(true);
  });
});
