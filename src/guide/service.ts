import type { ConclusionContent, FaqContent, IntroductionContent, TopicContent } from '../content/schemas.js'
import type { AppDatabase } from '../db/database.js'
import {
  findReleaseDocument,
  listReleaseDocuments,
  type DocumentFilter,
  type ReleaseDocumentRow,
} from '../documents/repository.js'
import { cachedPage, type Page } from '../documents/cached-page.js'
import { faqView } from '../documents/visibility.js'
import { AppError } from '../errors.js'
import type { ContentPolicy } from '../keys/schemas.js'
import type { ReleaseCache } from '../releases/release-cache.js'
import type { Faq, Guide, Topic } from './schemas.js'

export class GuideService {
  constructor(
    private readonly db: AppDatabase,
    private readonly cache: ReleaseCache,
  ) {}

  guide(releaseId: number, policy: ContentPolicy | null = null): Promise<Guide> {
    return this.cache.get(releaseId, `guide:${JSON.stringify(policy)}`, async () => {
      const [sections, topics, faqs] = await Promise.all([
        listReleaseDocuments(this.db, releaseId, 'section', {}),
        listReleaseDocuments(this.db, releaseId, 'topic', { policy }),
        listReleaseDocuments(this.db, releaseId, 'faq', { policy }),
      ])
      const introduction = sections.find((row) => row.slug === 'introduction')
      const conclusion = sections.find((row) => row.slug === 'conclusion')
      if (!introduction || !conclusion) throw new Error(`release ${releaseId} lacks the guide's introduction or conclusion`)
      const intro = introduction.body as IntroductionContent
      const end = conclusion.body as ConclusionContent
      return {
        title: intro.title,
        introduction: { id: introduction.id, version: introduction.version, paragraphs: intro.paragraphs },
        topicsHeading: intro.topicsHeading,
        topics: topics.map(toTopic),
        conclusion: { id: conclusion.id, version: conclusion.version, title: end.title, paragraphs: end.paragraphs },
        faqs: faqs.map((row) => faqView(toFaq(row), policy)),
      }
    })
  }

  listTopics(releaseId: number, filter: DocumentFilter, page: { offset: number; limit: number }): Promise<Page<Topic>> {
    return cachedPage(this.db, this.cache, releaseId, 'topic', filter, page, toTopic)
  }

  listFaqs(releaseId: number, filter: DocumentFilter, page: { offset: number; limit: number }): Promise<Page<Faq>> {
    const policy = filter.policy
    return cachedPage(this.db, this.cache, releaseId, 'faq', filter, page, policy ? (row) => faqView(toFaq(row), policy) : toFaq)
  }

  async topic(releaseId: number, slug: string, policy: ContentPolicy | null = null): Promise<Topic> {
    const row = await this.cache.get(releaseId, `topic:${slug}:${JSON.stringify(policy)}`, () =>
      findReleaseDocument(this.db, releaseId, 'topic', slug, policy),
    )
    if (!row) throw new AppError('TOPIC_NOT_FOUND', `Release ${releaseId} has no topic "${slug}".`)
    return toTopic(row)
  }

  async faq(releaseId: number, slug: string, policy: ContentPolicy | null = null): Promise<Faq> {
    const faq = await this.cache.get(releaseId, `faq:${slug}:${JSON.stringify(policy)}`, async () => {
      const row = await findReleaseDocument(this.db, releaseId, 'faq', slug, policy)
      return row && faqView(toFaq(row), policy)
    })
    if (!faq) throw new AppError('FAQ_NOT_FOUND', `Release ${releaseId} has no FAQ "${slug}".`)
    return faq
  }
}

function toTopic(row: ReleaseDocumentRow): Topic {
  const body = row.body as TopicContent
  return {
    id: row.id,
    version: row.version,
    slug: body.slug,
    number: body.number,
    title: body.title,
    summary: body.summary,
    paragraphs: body.paragraphs,
    keyPoints: body.keyPoints,
    competencies: body.competencies,
    lifeStages: body.lifeStages,
  }
}

function toFaq(row: ReleaseDocumentRow): Faq {
  const body = row.body as FaqContent
  return {
    id: row.id,
    version: row.version,
    slug: body.slug,
    position: body.position,
    question: body.question,
    answer: body.answer,
    topics: body.topics,
  }
}
