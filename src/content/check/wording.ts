/**
 * Wording rules of content-style.md that a program can check: US spelling, ids that say what they ask
 * rather than where they came from, one question for the youngest sons, and reasons that make sense
 * inside a partner's app.
 */

// UK forms with their US spelling. Stems cover the inflections (colours, organised, travelling...).
const ukStems: [RegExp, string][] = [
  [/\b(colo|favo|neighbo|behavio|hono|humo|labo|rumo|flavo|harbo|armo|vapo|savo|endeavo|odo|parlo)ur(s|ed|ing|ite|ites|able|ful|hood|less)?\b/i, '-or'],
  [
    /\b(organi|reali|recogni|apologi|critici|memori|prioriti|personali|customi|sympathi|summari|minimi|maximi|visuali|categori|sociali|speciali|utili|finali|energi|moderni|familiari|emphasi|stabili|symboli|sterili|tantali|agoni|itemi|mobili|idoli|jeopardi|authori|harmoni)(s)(e|ed|es|ing|ation|ations|er|ers)\b/i,
    '-ize',
  ],
  [/\b(cent|theat|met|lit|fib|lust|somb)re(s|d)?\b/i, '-er'],
  [/\b(travel|cancel|label|model|fuel|counsel|level|signal|marvel|jewel|quarrel|dial|total|pedal|shovel|tunnel|snorkel)l(ed|ing|er|ers)\b/i, 'single l'],
  [/\b(analy|paraly|cataly)s(e|ed|es|ing)\b/i, '-yze'],
  [/\b(grey|greys|mum|mums|mummy|programme|programmes|catalogue|catalogues|cheque|cheques|licence|defence|offence|pretence|jewellery|pyjamas|aeroplane|aeroplanes|learnt|spelt|whilst|amongst|judgement|ageing|cosy|maths|tyre|tyres|practise|practised|practising|enrol|fulfil|skilful|wilful|sceptical|moustache|storey|plough|kerb|mould|smoulder|manoeuvre|aluminium)\b/i, 'US form'],
]

/** The UK spellings in a text (empty when it is US English). */
export function ukSpellings(text: string): string[] {
  const found: string[] = []
  for (const [pattern] of ukStems) {
    const global = new RegExp(pattern.source, 'gi')
    for (const match of text.matchAll(global)) found.push(match[0])
  }
  return found
}

// Short words a readable slug may start with; any other one- or two-letter first word is a file or batch prefix.
const shortWords = new Set(['a', 'i', 'am', 'an', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'hi', 'if', 'in', 'is', 'it', 'me', 'my', 'no', 'of', 'on', 'or', 'so', 'to', 'up', 'us', 'we'])

/** Why a slug looks like it carries a file or batch prefix (`aa-`, `co-`, `b2-`, `batch-`), or null. */
export function prefixProblem(slug: string): string | null {
  const first = slug.split('-')[0] ?? ''
  if (/\d/.test(first) && /[a-z]/.test(first)) return `"${first}-" looks like a batch prefix`
  if (/^(batch|set|file|part|new|old|copy|draft|v\d*)$/.test(first)) return `"${first}-" is a batch prefix`
  if (first.length <= 2 && !shortWords.has(first)) return `"${first}-" is a file prefix, not a word`
  return null
}

const interrogatives = "what|what's|whats|which|who|who's|whom|whose|where|where's|when|why|how|how's"
const auxiliaries = 'do|does|did|is|are|was|were|can|could|would|will|should|have|has|had'
const subjects = 'you|we|i|they|he|she|it|there|the|your|our|my|his|her|this|that|anyone|someone|everyone'
// Imperatives that ask for an answer or a turn ("Tell me...", "Show me..."), and those that only set one up ("Think of...").
const askVerbs = new Set(['tell', 'show', 'share', 'name', 'describe', 'guess', 'pick', 'choose', 'draw', 'teach', 'say', 'find', 'point', 'explain', 'list', 'make', 'give', 'act', 'sing', 'hum', 'write', 'send'])
// "-est" words that are not superlatives.
const notSuperlatives = new Set(['honest', 'interest', 'forest', 'modest', 'request', 'guest', 'west', 'test', 'rest', 'chest', 'nest', 'quest', 'suggest', 'protest', 'contest', 'harvest'])

/** Whether a clause opens as a question ("Which...", "Where did...", "Do you..."), not as a "when"/"if" clause before one. */
function opensAQuestion(clause: string): boolean {
  const [first = '', second = ''] = clause.split(/\s+/)
  if (new RegExp(`^(${auxiliaries})$`).test(first)) return new RegExp(`^(${subjects})$`).test(second)
  if (/^(when|where)$/.test(first)) return new RegExp(`^(${auxiliaries})$`).test(second)
  return new RegExp(`^(${interrogatives})$`).test(first)
}

/** Things asked inside one sentence that is a question or a request: 1, plus each second question joined to it. */
function asksInSentence(sentence: string): number {
  let asks = 1
  // "..., and what's the first thing you'd do?", "...and why?", "or who did you play with?": a second interrogative.
  asks += (sentence.match(new RegExp(`\\b(and|or|but|then|plus)\\s+(${interrogatives})\\b`, 'g')) ?? []).length
  // "..., and do you...?": a second yes/no question. ("..., or do you...?" offers a choice: one question.)
  asks += (sentence.match(new RegExp(`\\b(and|but|then)\\s+(${auxiliaries})\\s+(${subjects})\\b`, 'g')) ?? []).length
  // "Can you show me one and tell me why?", "Send me a photo, and tell me the story behind it.": a second request.
  asks += (sentence.match(/\b(and|then)\s+(tell|show)\s+me\b/g) ?? []).length
  // "Which sounds happy, which sounds grumpy...": an interrogative after a comma, once the sentence opened as a question.
  if (opensAQuestion(sentence)) {
    asks += (sentence.match(new RegExp(`,\\s+(${interrogatives})\\b`, 'g')) ?? []).length
  }
  // "one thing you're looking forward to, and one thing you're worried about": two answers wanted.
  asks += (sentence.match(/\bone\b[^?]*?,?\s+and\s+(one|another)\b/g) ?? []).length
  // "the best part and the hardest part": two superlatives asked for together.
  for (const match of sentence.matchAll(/\b(?:the|your|my|our)\s+(\w+)(?:\s+\w+)?\s+and\s+(?:the\s+|your\s+)?(\w+)\b/g)) {
    if (isSuperlative(match[1]!) && isSuperlative(match[2]!)) asks += 1
  }
  return asks
}

function isSuperlative(word: string): boolean {
  return word === 'best' || word === 'worst' || word === 'favorite' || (word.endsWith('est') && word.length > 4 && !notSuperlatives.has(word))
}

/**
 * How many things a prompt asks, by meaning rather than by question marks (content-style.md: "One
 * question means one thing asked, not one question mark"). Each sentence that is a question, or a
 * request for an answer ("Tell me...", "Show me...", "Then tell me..."), asks one thing, and more when
 * a second question is joined to it: a second interrogative after "and", "or", "but" or "then"
 * ("..., and who would you invite?", "..., and why?"), a second yes/no question after "and" ("..., and
 * will you show me one?"), a repeated interrogative after a comma ("Which sounds happy, which sounds
 * grumpy..."), two answers wanted ("one thing..., and one thing...", "the best part and the hardest
 * part"). Statements from the adult ("Then I'll guess."), proposals ("Let's each share...") and
 * set-ups ("Think of a friend you saw today.") ask nothing by themselves.
 *
 * An either/or choice is one question when the child answers it by naming one of the options, in a
 * word or two ("Would you rather fly or talk to animals?" "Fly."; "Do you want a hug, or some space?"),
 * and so is an "or" that widens what the one answer may be about ("a kind thing you did, or someone did
 * for you"). An "or" followed by a new interrogative asks a second question ("What did you build, or
 * who did you play with?"). A list of options ("wobbly, tired, bouncy or calm?") is one question, and
 * so is one request to show several things in one game ("your happy face, your sad face and your
 * grumpy face").
 *
 * English only: a Spanish version needs its own (¿…?, "y qué…").
 */
export function questionsAsked(text: string): number {
  const plain = text
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/^mom,\s*/, '')
    // A quoted question is what someone says, not a question asked ("When I ask 'how was your day?', what...").
    .replace(/(^|\s)['"“][^'"“”]+[?!.]['"”]/g, '$1quote')
  const sentences = plain.match(/[^.?!]+[.?!]*/g) ?? []
  let asks = 0
  for (const raw of sentences) {
    const sentence = raw
      .trim()
      .replace(/^(then|and|so|now|also|next),?\s+/, '')
      .replace(/^mom,\s*/, '')
    if (!sentence) continue
    const first = sentence.split(/[\s,]+/)[0] ?? ''
    if (sentence.endsWith('?') || askVerbs.has(first) || /^walk me\b/.test(sentence)) asks += asksInSentence(sentence)
  }
  return Math.max(1, asks)
}

/** "the guide" means nothing inside a partner's app. */
export function mentionsTheGuide(text: string): boolean {
  return /\bthe guide\b/i.test(text)
}
