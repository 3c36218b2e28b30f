import type { App } from '../../src/app.js'
import type { NewKey } from '../../src/keys/service.js'

export async function createKey(app: App, input: Partial<NewKey> = {}): Promise<string> {
  const created = await app.services.keys.create({ name: 'test key', scopes: ['content:read'], ...input })
  return created.key
}

export const bearer = (key: string) => ({ authorization: `Bearer ${key}` })
