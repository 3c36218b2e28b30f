import type { Catalogues } from '../documents/catalogue.js'
import { AppError } from '../errors.js'
import type { ReadContext } from '../read/context.js'
import type { PageArgs, Paged } from '../read/paging.js'
import type { ReleaseCache } from '../releases/release-cache.js'
import type { Faq, FaqFilters, Guide, Topic, TopicFilters } from './schemas.js'

export class GuideService {
  constructor(
    private readonly catalogues: Catalogues,
    private readonly cache: ReleaseCache,
  ) {}

  /** The whole guide in reading order, as the reader's policy lets it see it. */
  wholeGuide(read: ReadContext): Promise<Guide> {
    const releaseId = read.snapshot.releaseId
    return this.cache.get(releaseId, `guide:${read.policyKey}`, async () => {
      const [sections, topics, faqs] = await Promise.all([
        this.catalogues.of(read, 'section'),
        this.catalogues.of(read, 'topic'),
        this.catalogues.of(read, 'faq'),
      ])
      const introduction = sections.bySlug.get('introduction')
      const conclusion = sections.bySlug.get('conclusion')
      if (!introduction || !conclusion) throw new Error(`release ${releaseId} lacks the guide's introduction or conclusion`)
      return {
        title: introduction.title,
        introduction: { id: introduction.id, version: introduction.version, paragraphs: introduction.paragraphs },
        topicsHeading: introduction.topicsHeading ?? '',
        topics: [...topics.items],
        conclusion: { id: conclusion.id, version: conclusion.version, title: conclusion.title, paragraphs: conclusion.paragraphs },
        faqs: [...faqs.items],
      }
    })
  }

  listTopics(read: ReadContext, filters: TopicFilters, page: PageArgs): Promise<Paged<Topic>> {
    return this.catalogues.page(read, 'topic', filters, page)
  }

  listFaqs(read: ReadContext, filters: FaqFilters, page: PageArgs): Promise<Paged<Faq>> {
    return this.catalogues.page(read, 'faq', filters, page)
  }

  async topic(read: ReadContext, slug: string): Promise<Topic> {
    const topic = (await this.catalogues.of(read, 'topic')).bySlug.get(slug)
    if (!topic) throw new AppError('TOPIC_NOT_FOUND', `Release ${read.snapshot.releaseId} has no topic "${slug}".`)
    return topic
  }

  async faq(read: ReadContext, slug: string): Promise<Faq> {
    const faq = (await this.catalogues.of(read, 'faq')).bySlug.get(slug)
    if (!faq) throw new AppError('FAQ_NOT_FOUND', `Release ${read.snapshot.releaseId} has no FAQ "${slug}".`)
    return faq
  }
}
