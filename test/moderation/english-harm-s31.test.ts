import { describe } from 'vitest';
import { keeps, removes } from './docs.js';

/**
 * English harm classes session 31 found in the tune half of openai-moderation's dev rows (odd ids), each written anew
 * as members write it, with innocent twins in the same frame (recovery, help and teaching, cooking, history, coaching).
 * Through the scorer as it ships (rules and the text model).
 */

describe('self-harm told as the writer’s way of coping', () => {
  removes([
    'Cutting is the only thing that helps me cope with the numbness.',
    'Honestly cutting has become my way to cope when everything gets too loud.',
    "Cutting is all I've chosen to use as a coping method.",
    "My coping mechanism is self harm and I don't know how to stop.",
    'I turned to cutting to cope after the divorce.',
    'Self harm is how I cope with stress these days.',
    'I have used self harm as a coping mechanism since March.',
  ]);
  keeps([
    'Running is my coping mechanism and I recommend it to every client.',
    'Cutting back on sugar helped me cope with the cravings.',
    'Cutting hair is how I cope with a busy week, I love my salon.',
    'Self-harm is a way of coping for many teens; our workshop teaches parents to notice it.',
    'Counsellor: self-harm is often a way of coping with overwhelming feelings.',
    'Self harm is not how I cope anymore, I paint instead.',
    "I used to use cutting as a coping mechanism, but I'm five years clean now.",
  ]);
});

describe('a condition named beside help, treatment or recovery is a topic', () => {
  keeps([
    "I'm in recovery from anorexia and bulimia and I share my eating disorder journey here.",
    "I was in the hospital for anorexia last year. If you're struggling with an eating disorder, there is hope.",
    'Our charity trains teachers to spot warning signs of suicide and suicidality in students.',
    'Suicide prevention volunteer. Ask me about our suicide awareness walk.',
  ]);
  removes([
    "I'm anorexic and bulimic and I starve myself every day, my eating disorder is my best friend.",
    "I'm in the hospital again because I want to kill myself.",
  ]);
});

describe('explicit sex: semen licked, swallowed or tasted, a penis that will impregnate', () => {
  removes([
    'He licks a mouthful of cum off my stomach and kisses me.',
    'I want to swallow your cum tonight.',
    'My cock will impregnate every one of you.',
  ]);
  keeps([
    'She has spunk and a great sense of humour.',
    "My daughter's spunk tasted like victory when she won the race.",
    'We are a fertility clinic: semen analysis and IUI.',
    'I lick the spoon after baking, best part of the job.',
    'My rooster will breed with the hens this spring.',
    'Dick Francis is my favourite author, his plots breed suspense.',
  ]);
});

describe('force called down on people', () => {
  removes([
    'Let the police beat them up, those protesters deserve it.',
    'Make the army shoot them all at the border.',
  ]);
  keeps([
    "Let the police handle them, don't take the law into your hands.",
    'Let the cops beat the traffic, they have sirens.',
    'We let the kids beat them at chess every time.',
  ]);
});

describe('a roast’s put-down, and punishment foretold for the reader’s family', () => {
  removes([
    'That ugly tattoo shows exactly where you peaked.',
    'You peaked in high school and everybody knows it.',
    "The only thing you're good for is warming a chair.",
    'The only thing your hands are good for is scrolling.',
    'Your grandchildren will get put in re-education camps for what you believe.',
    'Your whole family will be sent to labor camps when we win.',
  ]);
  keeps([
    "My running career peaked in 2019 and that's fine.",
    'The summit is where you peaked on day three of the trek.',
    'Ask yourself when you peaked as an athlete: our coaches help you get back there.',
    'The only thing you need is a good pair of boots.',
    'Your kids will be sent to summer camp and love it.',
    'My grandfather was sent to a labour camp in 1944; I write about his life.',
  ]);
});

describe('antisemitic tropes without a slur, and a slur’s namesakes', () => {
  removes([
    'Everything in the jew press is lies.',
    'The jew-owned banks are robbing us.',
    'Wake up, the Khazarian mafia runs the world.',
    'These fake Jews are Satanists in disguise.',
    'Get out of here you stupid kaffir.',
    'Those kaffirs should go back where they came from.',
  ]);
  keeps([
    'I subscribe to the Jewish Press and read it every Sunday.',
    'The Khazar Khaganate was a Turkic state on the Volga.',
    'My grandmother was a Jew from Vilnius and a press photographer.',
    'Calling converts fake Jews is cruel and wrong.',
    'Thai green curry with kaffir lime leaves is my signature dish.',
    'Kaffir lilies bloom in my shade garden every spring.',
    'The Kaffir Wars of the Cape Colony are my research topic.',
  ]);
});

describe('a death wish said with its own negation, or as a plan for tonight', () => {
  removes([
    'I want to not exist.',
    "I don't want to be alive anymore.",
    "I don't want to live anymore.",
    'I want to go to sleep and never wake up.',
    'I think about suicide every day.',
    'Every night I think about ending it all.',
    "I've had enough, tonight is the night I end it.",
    'Nobody would care if I was gone.',
    'I took way too many pills last night on purpose.',
  ]);
  keeps([
    "I'm not going to hurt myself, I promise.",
    'I would never hurt myself.',
    "I don't want to die, I want to live fully.",
    "I don't want to live in the city anymore, so we moved to the coast.",
    "I don't want to be here anymore, I'm moving to Lisbon in June!",
    'I want to not exist on social media for a while, digital detox time.',
    'I wish I could sleep in on Sundays and never wake up early again.',
    'We think about suicide prevention every day at the crisis line.',
    'I think about ending it with my boyfriend but I love him.',
    'Tonight is the night I end it with a bang: last show of the tour!',
    'Nobody would care if I was gone for a week, so I took a holiday.',
    'I took my pills on time today, proud of my routine.',
  ]);
});
