import { sentenceBefore } from './sentences.js';

/**
 * The topic of a member's work, named after their profession: "Counsellor specialising in self-harm and eating
 * disorders", "Therapist for addiction and self-harm", "Sex therapist: erectile dysfunction, porn addiction",
 * "Dietitian specialising in anorexia and bulimia recovery". What follows the profession and its "for", "in", "on",
 * "specialising in" or colon, to the clause's end, is what they work on, not what they do or want. Only where nothing
 * of the writer's own stands between ("Therapist by day, but I cut myself at night" is theirs). English; read on
 * normalised text (lower case).
 */
const PROFESSIONS = [
  'therapist', 'psychotherapist', 'counsellor', 'counselor', 'psychologist', 'psychiatrist', 'nurse', 'doctor', 'physician', 'clinician',
  'researcher', 'scientist', 'dietitian', 'dietician', 'nutritionist', 'educator', 'advocate', 'specialist', 'coach', 'worker', 'volunteer',
  'lawyer', 'attorney', 'professor', 'lecturer', 'teacher', 'trainer', 'consultant', 'investigator', 'journalist', 'author', 'writer',
  'historian', 'midwife', 'pharmacist', 'chaplain', 'pathologist', 'surgeon', 'moderator', 'campaigner', 'activist', 'expert',
].join('|');
const ABOUT = 'for|in|on|of|with|against|about|specialising in|specializing in|specialised in|specialized in|working with|working on|focused on|focusing on|helping';
/** A profession, up to two words, its preposition (or a colon right after it), then the topic to the clause's end. */
const WORK = `(?<![\\p{L}])(?:${PROFESSIONS})s?(?::|(?:[^\\S\\n]+[\\p{L}-]+){0,2}?[^\\S\\n]+(?:${ABOUT})(?![\\p{L}]))`;
const TOPIC_OF_WORK = new RegExp(`${WORK}[^.!?;\\n]*$`, 'u');
const WORK_AND_TOPIC = new RegExp(`(${WORK})([^.!?;\\n]*)`, 'gu');
/** The writer's own doing or being, between the profession and the match. */
const WRITERS_OWN = /(?<![\p{L}'])(?:i|i'm|im|i've|me|my|myself|but)(?![\p{L}'])/u;
/** How far back from a match its profession is looked for, in characters. */
const REACH = 80;

/** Whether the match at text[from, …) is the topic of the work named before it in its sentence. */
export function topicOfWork(text: string, from: number): boolean {
  const m = TOPIC_OF_WORK.exec(sentenceBefore(text, from, REACH));
  return m !== null && !WRITERS_OWN.test(m[0]);
}

/** The sentence (lower case) with the topics of the work it names blanked, for the text model; undefined when it names none. */
export function withoutTopicOfWork(sentence: string): string | undefined {
  const without = sentence.replace(WORK_AND_TOPIC, (all, work: string, topic: string) => (WRITERS_OWN.test(all) ? all : work + ' '.repeat(topic.length)));
  return without === sentence ? undefined : without;
}
