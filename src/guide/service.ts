import { filterConditions, filterValues } from '../content/types/define.js'
import { faqType, topicType } from '../content/types/guide.js'
import type { AppDatabase } from '../db/database.js'
import type { Catalogues } from '../documents/catalogue.js'
import { matchingDocumentIds } from '../documents/repository.js'
import { AppError } from '../errors.js'
import type { ReadContext } from '../read/context.js'
import { parseInput } from '../read/input.js'
import { openPage, paged, type PageArgs, type Paged } from '../read/paging.js'
import type { ReleaseCache } from '../releases/release-cache.js'
import type { Faq, FaqFilters, Guide, Topic, TopicFilters } from './schemas.js'

const topicFilterValues = filterValues(topicType.filters)
const faqFilterValues = filterValues(faqType.filters)

export class GuideService {
  constructor(
    private readonly db: AppDatabase,
    private readonly catalogues: Catalogues,
    private readonly cache: ReleaseCache,
  ) {}

  /** The whole guide in reading order, as the reader's policy lets it see it. */
  guide(read: ReadContext): Promise<Guide> {
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

  async listTopics(read: ReadContext, filters: TopicFilters, page: PageArgs): Promise<Paged<Topic>> {
    const values = parseInput(topicFilterValues, filters)
    const window = openPage(read, page, values)
    const [ids, catalogue] = await Promise.all([
      matchingDocumentIds(this.db, read.snapshot.releaseId, 'topic', filterConditions(topicType.filters, values), read.policy, {
        offset: window.offset,
        limit: window.limit + 1,
      }),
      this.catalogues.of(read, 'topic'),
    ])
    return paged(window, ids.map((id) => catalogue.byId.get(id) as Topic))
  }

  async listFaqs(read: ReadContext, filters: FaqFilters, page: PageArgs): Promise<Paged<Faq>> {
    const values = parseInput(faqFilterValues, filters)
    const window = openPage(read, page, values)
    const [ids, catalogue] = await Promise.all([
      matchingDocumentIds(this.db, read.snapshot.releaseId, 'faq', filterConditions(faqType.filters, values), read.policy, {
        offset: window.offset,
        limit: window.limit + 1,
      }),
      this.catalogues.of(read, 'faq'),
    ])
    return paged(window, ids.map((id) => catalogue.byId.get(id) as Faq))
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
