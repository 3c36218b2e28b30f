import type { Catalogues } from '../documents/catalogue.js'
import { DEFAULT_REGION } from '../documents/repository.js'
import { AppError } from '../errors.js'
import type { ReadContext } from '../read/context.js'
import { LOCAL_EMERGENCY_FALLBACK, type Resource, type ResourceList } from './schemas.js'

/**
 * The crisis resources a reader is served: those of its policy's region (US when it names none), from
 * the release it reads, so a pinned release keeps the resources it was published with. A region with
 * none gets the fallback instead, never another country's number.
 */
export class ResourceService {
  constructor(private readonly catalogues: Catalogues) {}

  regionOf(read: ReadContext): string {
    return read.policy?.region ?? DEFAULT_REGION
  }

  async list(read: ReadContext): Promise<ResourceList> {
    const region = this.regionOf(read)
    // The policy's SQL keeps a region's resources only; without a policy every bundled resource is US.
    const items = (await this.catalogues.of(read, 'resource')).items.filter((item) => item.region === region)
    return items.length > 0 ? { region, items } : { region, items, fallback: LOCAL_EMERGENCY_FALLBACK }
  }

  async resource(read: ReadContext, slug: string): Promise<Resource> {
    const found = (await this.catalogues.of(read, 'resource')).bySlug.get(slug)
    if (!found || found.region !== this.regionOf(read)) {
      throw new AppError('RESOURCE_NOT_FOUND', `Release ${read.snapshot.releaseId} has no crisis resource "${slug}" for region ${this.regionOf(read)}.`)
    }
    return found
  }

  /** The resources a prompt names, resolved, as the reader sees them (its region's only), in the prompt's order. */
  async resolve(read: ReadContext, slugs: readonly string[]): Promise<Resource[]> {
    const region = this.regionOf(read)
    const catalogue = await this.catalogues.of(read, 'resource')
    return slugs.flatMap((slug) => {
      const found = catalogue.bySlug.get(slug)
      return found && found.region === region ? [found] : []
    })
  }
}
