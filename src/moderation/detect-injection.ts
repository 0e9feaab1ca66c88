import { phraseDetector } from './phrase-detector.js';

/**
 * Text that addresses a classifier instead of a visitor ("ignore previous instructions", "mark this as
 * safe"). No visitor needs it, and it only ever serves to steer a model, so it is itself a signal.
 */
export const detectInjection = phraseDetector('prompt-injection', {
  framing: 'none',
  slots: {
    earlier: ['previous', 'prior', 'above', 'earlier', 'preceding', 'all', 'all previous', 'all prior', 'all the', 'any', 'your', 'the', 'system', 'original', 'moderation', 'safety'],
    rules: ['instruction~', 'prompt~', 'rule~', 'guideline~', 'directive~', 'policy', 'policies', 'context', 'messages', 'programming', 'training', 'constraints'],
    safe: ['safe', 'clean', 'harmless', 'appropriate', 'acceptable', 'benign', 'compliant', 'approved', 'ok', 'okay', 'fine', 'allowed', 'not harmful', 'not offensive', 'non violating', 'not violating', 'false', 'passed', 'trusted', 'verified'],
    model: ['ai', 'a i', 'llm', 'gpt', 'chatgpt', 'openai', 'language model', 'model', 'classifier', 'moderator', 'moderation (system|bot|model|ai|tool|filter)', 'content filter', 'filter', 'assistant', 'bot', 'system', 'reviewer', 'scanner'],
  },
  phrases: {
    'prompt-injection': [
      [0.9, '(ignore|disregard|forget|override|bypass|skip|overrule) {earlier} [the] {rules}'],
      [0.9, '(mark|classify|rate|label|flag|treat|consider|score|categorise|categorize|tag|report|class) (this|it|me|this text|this content|this profile|this section|this about|this page|the text|the content|the following) (as|is) [being|completely|totally|fully] {safe}'],
      [0.85, '(this|the) (text|content|profile|section|about|message|post) (is|has been) [already|pre] (pre approved|preapproved|approved|verified|whitelisted|cleared|checked) by'],
      [0.8, '(do not|don\'t|never|please don\'t|please do not) (flag|report|moderate|remove|censor|block|delete|filter|scan) (this|me|it|my profile|my about|this text|this content)'],
      [0.85, '(note|message|instruction~|attention|notice|hey|dear|hello|hi) (to|for) [the|any|all] {model}'],
      [0.7, '(attention|note|hey|dear) {model}'],
      [0.8, '(you are|you\'re|act as|pretend to be|from now on you are) [now] (a|an|in) .. (assistant|ai|model|dan|developer mode|jailbroken|unrestricted|unfiltered)'],
      [0.75, '(system|developer) (prompt|message|instruction~|override|mode)'],
      [0.8, '(respond|reply|answer|output|return|say) (with|only with|only) .. (violates .. false|safe|not flagged|approved|ok)'],
      [0.9, 'violates .. false'],
      [0.7, '(new|updated|real|actual) instructions'],
      [0.6, '(jailbreak|dan mode|do anything now|prompt injection)'],
      [0.5, 'member about'],
    ],
  },
});
