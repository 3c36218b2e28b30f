import type { ContentPolicy } from '../keys/schemas.js'

/**
 * A document outside the caller's content policy is never named, not even by its slug in another
 * document's list of related slugs. These views keep such lists to what the policy lets the caller
 * read; they work on the services' objects and on stored bodies alike (the field names are the same),
 * and return the input itself when nothing had to go, so the unrestricted path allocates nothing.
 */

/** Slugs of the prompts the caller may read in one release. */
export type VisibleSlugs = ReadonlySet<string>

function keep<T>(items: T[], allowed: (item: T) => boolean): T[] {
  return items.every(allowed) ? items : items.filter(allowed)
}

/** Under a topic policy, only the policy's topics may be named. */
function topicAllowed(policy: ContentPolicy | null): ((topic: string) => boolean) | null {
  const topics = policy?.topics
  return topics ? (topic) => topics.includes(topic) : null
}

/** A prompt (or a prompt body): follow-ups the caller may read, topics inside the policy. */
export function promptView<T extends { followUps: string[]; topics: string[] }>(
  prompt: T,
  visiblePrompts: VisibleSlugs,
  policy: ContentPolicy | null,
): T {
  const followUps = keep(prompt.followUps, (slug) => visiblePrompts.has(slug))
  const allowed = topicAllowed(policy)
  const topics = allowed ? keep(prompt.topics, allowed) : prompt.topics
  return followUps === prompt.followUps && topics === prompt.topics ? prompt : { ...prompt, followUps, topics }
}

/** An activity (or an activity body): prompts the caller may read, and only the reasons about topics inside the policy. */
export function activityView<T extends { prompts: string[]; topics: { topic: string }[] }>(
  activity: T,
  visiblePrompts: VisibleSlugs,
  policy: ContentPolicy | null,
): T {
  const prompts = keep(activity.prompts, (slug) => visiblePrompts.has(slug))
  const allowed = topicAllowed(policy)
  const topics = allowed ? keep(activity.topics, (item) => allowed(item.topic)) : activity.topics
  return prompts === activity.prompts && topics === activity.topics ? activity : { ...activity, prompts, topics }
}

/** An FAQ (or an FAQ body): only the topics inside the policy. */
export function faqView<T extends { topics: string[] }>(faq: T, policy: ContentPolicy | null): T {
  const allowed = topicAllowed(policy)
  if (!allowed) return faq
  const topics = keep(faq.topics, allowed)
  return topics === faq.topics ? faq : { ...faq, topics }
}

/** Topic slugs (e.g. a conversation plan's) that the policy lets the caller see. */
export function visibleTopics(topics: string[], policy: ContentPolicy | null): string[] {
  const allowed = topicAllowed(policy)
  return allowed ? keep(topics, allowed) : topics
}
