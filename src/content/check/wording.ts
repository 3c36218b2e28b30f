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

/** Number of questions a prompt asks. */
export function questionCount(text: string): number {
  return (text.match(/\?/g) ?? []).length
}

/** "the guide" means nothing inside a partner's app. */
export function mentionsTheGuide(text: string): boolean {
  return /\bthe guide\b/i.test(text)
}
