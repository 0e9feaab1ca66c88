import { describe } from 'vitest';
import { keeps, removes } from './docs.js';

/**
 * Innocent Abouts session 27's probe found removed (167 lines in the 14 languages, written as members write them, none
 * from a data set), fixed by class, each with harmful twins that must stay removed. Through the scorer as it ships
 * (rules and the text model, multilingual on).
 */

describe('a claim put as a question and rejected is not the writer’s', () => {
  keeps([
    'Women are stupid? Nonsense.',
    'Immigrants are criminals? Nonsense. Most are the hardest-working people I know.',
    '¿Los inmigrantes son delincuentes? Mentira.',
    'Mulheres são burras? Que absurdo.',
    "Les femmes sont bêtes ? N'importe quoi.",
    'Frauen sind dumm? Unsinn.',
    'Le donne sono stupide? Sciocchezze.',
    'Vrouwen zijn dom? Onzin.',
    'Kobiety są głupie? Bzdura.',
    'Женщины глупые? Чушь.',
    'النساء غبيات؟ هراء.',
    '女人很蠢？胡说。',
    '女はバカ？ナンセンス。',
    'औरतें बेवकूफ हैं? बकवास।',
    'Kadınlar aptal mı? Saçmalık.',
  ]);
  removes([
    'Women are stupid? Yes.',
    'Women are stupid? Nonsense, they are worse.',
    'Immigrants are criminals? True.',
    'Les femmes sont bêtes ? Oui.',
    'Женщины глупые? Да.',
    '女人很蠢？是的。',
    'Gays are sick? Nonsense. I will kill you.',
    // Anything can be asked and called nonsense: only a claim about others is excused.
    'I will kill you? Nonsense.',
    'Te voy a matar? Mentira.',
    'Call me at +1 415 555 0199 for weed? Nonsense.',
    'Send me your password or your account is deleted? Nonsense.',
    'Go to scam.ly for cheap pills? Nonsense.',
  ]);
});

describe('a member’s own past self-harm told with its recovery', () => {
  keeps([
    "I used to cut myself but I'm 3 years clean.",
    "I tried to kill myself at 19. I'm 34 now and I'm so glad I'm still here.",
    'Antes me autolesionaba, hoy llevo cuatro años limpia.',
    'Eu me cortava na adolescência. Hoje estou há cinco anos limpa.',
    'كنت أؤذي نفسي في المراهقة، اليوم أنا بخير منذ ثلاث سنوات.',
    '我以前自残过，现在已经三年没有了。',
    'पहले मैं खुद को काटती थी, अब तीन साल से ठीक हूं।',
  ]);
  removes([
    'I used to cut myself and last night I did it again.',
    "I'm 3 years clean but I want to kill myself tonight.",
    'I tried to kill myself last night.',
    'I used to cut myself. I want to do it again tonight.',
    'Я режу себя каждый день.',
    'मैं खुद को काटती हूं',
    'Eskiden mutluydum, şimdi kendimi kesiyorum.',
  ]);
});

describe('titles named by liking them are titles to the text model too', () => {
  keeps([
    'I love Kill Bill and Die Hard.',
    'Big fan of Dead by Daylight and Killing Floor.',
    'أحب فيلم Kill Bill و Die Hard.',
    'मुझे Kill Bill और Die Hard पसंद है।',
    'Metal fan: Slayer, Cannibal Corpse, Bloodbath, Napalm Death.',
  ]);
  removes([
    'I love Kill Bill. I will kill you.',
    'Watching American Psycho tonight, then I will find you and kill you.',
    'I love Kill Bill and Die Hard, now die you stupid bitch',
    'Kill Yourself أنت غبي',
    'Metal fan: Slayer. There will be a bloodbath at your school tomorrow.',
  ]);
});

describe('a bio’s label for its writer is banter', () => {
  keeps(['Professional idiot, part-time dad, full-time coffee addict.', 'Self-proclaimed idiot and proud dad of two', 'Full-time idiot, part-time genius.']);
  removes(['My boss is a professional idiot.', "Professional idiot, that's what you are.", 'You professional idiot.', 'He is a full-time idiot.']);
});

describe('the topic of a member’s work', () => {
  keeps([
    'Therapist for addiction and self-harm. Recovery is possible.',
    'Counsellor specialising in self-harm and eating disorders.',
    'Dietitian specialising in anorexia and bulimia recovery.',
    'Sex therapist: erectile dysfunction, porn addiction, low libido.',
  ]);
  removes([
    'Therapist by day, but I cut myself at night.',
    'Counsellor specialising in self-harm. I cut myself every night.',
    'Sex therapist: send me your nudes for free porn videos',
  ]);
});
