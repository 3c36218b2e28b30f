import type { App } from '../../src/app.js'

export interface GraphqlResult {
  status: number
  contentType: string
  data: Record<string, any> | null
  errors?: { message: string; path?: string[]; extensions: { code: string; [key: string]: unknown } }[]
}

export async function graphql(app: App, query: unknown, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphqlResult> {
  const response = await app.inject({ method: 'POST', url: '/graphql', payload: { query, variables }, headers })
  const body = response.json()
  return { status: response.statusCode, contentType: String(response.headers['content-type']), ...body }
}

/** Data of a query that must succeed. */
export async function graphqlData(app: App, query: string, variables?: Record<string, unknown>): Promise<Record<string, any>> {
  const result = await graphql(app, query, variables)
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`)
  return result.data as Record<string, any>
}
