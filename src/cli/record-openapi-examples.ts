/**
 * Records the examples of the OpenAPI document from the bundled content: a fresh in-memory database
 * imports content/, then a partner's and an editor's session runs against it through `inject`, and each
 * answer becomes the example of its operation and status. Run by `npm run openapi:generate`, which
 * commits them as openapi/examples.json; openapiPlugin lays them into the document.
 *
 * What differs from run to run (dates, key and webhook ids and secrets, request ids, test ping ids,
 * attempt durations, the local webhook receiver's address) is replaced by fixed values,
 * so the file only changes when the content or the API does.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { LightMyRequestResponse } from 'fastify'
import { buildApp } from '../app.js'
import { loadConfig } from '../config.js'
import { openDatabase } from '../db/database.js'
import { exampleContent } from '../editorial/routes.js'
import { KEY_LIKE } from '../keys/mask.js'
import type { ExamplesFile, RecordedExamples } from '../http/openapi-document.js'

const FIXED_TIME = '2026-12-01T09:00:00.000Z'
const PARTNER_ORIGIN = 'https://portal.lincoln-middle.example.org'
const FIXED_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw7TsXJ8vA2Ng='
const FIXED_DURATION_MS = 35
const FIXED_REQUEST_ID = '6f1c2d4e-8a3b-4c5d-9e0f-112233445566'
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/
// Lists are cut to this many items: enough to show the shape without the whole corpus.
const MAX_ITEMS = 2

type Request = { method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; body?: unknown; headers?: Record<string, string>; key?: string }

export async function recordExamples(): Promise<ExamplesFile> {
  // The webhook receiver listens on loopback (the recording allows private networks); examples show it
  // as the partner's https URL.
  const receiver = createServer((request, response) => {
    request.resume()
    request.on('end', () => response.writeHead(204).end())
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`
  const database = await openDatabase({ dataDir: null })
  const config = loadConfig({ NODE_ENV: 'production', RATE_LIMIT_PER_MINUTE: '100000', WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' })
  const app = await buildApp({ config, database, logger: false })
  const ids = new Map<string, string>([[receiverUrl, PARTNER_ORIGIN]])
  const operations: RecordedExamples = {}
  const problems: Record<string, unknown> = {}
  const parameters: ExamplesFile['parameters'] = {}
  try {
    await app.ready()
    const admin = await app.services.keys.create({
      name: 'Editor console',
      scopes: ['content:read', 'content:preview', 'content:write', 'content:publish', 'keys:admin', 'webhooks:admin'],
    })
    rememberKey(ids, admin.id)
    const send = async (request: Request): Promise<LightMyRequestResponse> =>
      app.inject({
        method: request.method ?? 'GET',
        url: request.url,
        headers: { authorization: `Bearer ${request.key ?? admin.key}`, ...request.headers },
        ...(request.body === undefined ? {} : { payload: request.body as object }),
      })
    const record = async (operationId: string, status: number, request: Request, pathParameters?: Record<string, string | number>) => {
      if (pathParameters) parameters[operationId] = pathParameters
      const response = await send(request)
      if (response.statusCode !== status) {
        throw new Error(`${operationId}: ${request.method ?? 'GET'} ${request.url} answered ${response.statusCode}, not ${status}: ${response.body}`)
      }
      const body = response.body.length > 0 ? (response.json() as unknown) : undefined
      if (body !== undefined) (operations[operationId] ??= {})[String(status)] = normalise(body, ids)
      return { response, body: body as Record<string, unknown> }
    }

    // A partner reads the guide.
    await record('getGuide', 200, { url: '/v1/guide' })
    await record('listTopics', 200, { url: `/v1/topics?limit=${MAX_ITEMS}` })
    await record('getTopic', 200, { url: '/v1/topics/boundaries' }, { slug: 'boundaries' })
    await record('getTopic', 404, { url: '/v1/topics/bedtime-stories' })
    await record('listFaqs', 200, { url: `/v1/faqs?limit=${MAX_ITEMS}` })
    await record('getFaq', 200, { url: '/v1/faqs/encouraging-open-communication' }, { slug: 'encouraging-open-communication' })
    await record('getFaq', 404, { url: '/v1/faqs/no-such-question' })
    await record('listResources', 200, { url: '/v1/resources' })
    await record('getResource', 200, { url: '/v1/resources/988-lifeline' }, { slug: '988-lifeline' })
    await record('getResource', 404, { url: '/v1/resources/no-such-line' })
    const prompts = await record('listPrompts', 200, { url: `/v1/prompts?age=9&depth=2&limit=${MAX_ITEMS}` })
    await record('listPrompts', 400, { url: '/v1/prompts?age=200&depth=4' })
    await record('getDailyPrompt', 200, { url: '/v1/prompts/daily?date=2026-12-07&tz=Europe/London&age=9' })
    const promptSlug = (prompts.body.data as { slug: string }[])[0]!.slug
    await record('getPrompt', 200, { url: `/v1/prompts/${promptSlug}` }, { slug: promptSlug })
    await record('getPrompt', 404, { url: '/v1/prompts/what-is-your-favourite-dinosaur' })
    await record('planConversation', 200, {
      method: 'POST',
      url: '/v1/conversation-plans',
      body: { age: 14, goal: 'open-up', setting: 'car-ride', minutes: 20 },
    })
    const activities = await record('listActivities', 200, { url: `/v1/activities?limit=${MAX_ITEMS}` })
    const activitySlug = (activities.body.data as { slug: string }[])[0]!.slug
    await record('getActivity', 200, { url: `/v1/activities/${activitySlug}` }, { slug: activitySlug })
    await record('recommendActivities', 200, { method: 'POST', url: '/v1/recommendations', body: { age: 9, interests: ['cooking'], minutes: 60 } })
    await record('searchContent', 200, { url: `/v1/search?q=boundaries&limit=${MAX_ITEMS}` })
    await record('getRelease', 200, { url: '/v1/releases/1' }, { id: 1 })
    await record('getRelease', 404, { url: '/v1/releases/999' })
    await record('getDocumentVersion', 200, { url: '/v1/documents/topic:boundaries/versions/1' }, { id: 'topic:boundaries', version: 1 })

    // Access problems, shared by every /v1 operation.
    problems['401'] = normalise((await send({ url: '/v1/guide', key: 'msb_AAAAAAAAAAAA_' + 'A'.repeat(43) })).json(), ids)
    const reader = await record('createKey', 201, {
      method: 'POST',
      url: '/v1/admin/keys',
      body: { name: 'Lincoln Middle School portal', scopes: ['content:read'], policy: { maxDepth: 2, excludeSensitive: true }, rateLimit: 1 },
    })
    const readerKey = reader.body.key as string
    rememberKey(ids, reader.body.id as string)
    // The key was recorded before its id was known.
    operations.createKey!['201'] = normalise(reader.body, ids)
    problems['403'] = normalise((await send({ url: '/v1/admin/keys', key: readerKey })).json(), ids)
    await send({ url: '/v1/topics', key: readerKey })
    problems['429'] = normalise((await send({ url: '/v1/topics', key: readerKey })).json(), ids)
    await record('listKeys', 200, { url: '/v1/admin/keys' })
    await record('getLiveness', 200, { url: '/healthz' })

    // The school portal subscribes to releases, through its key's content policy.
    const hook = await record('createWebhook', 201, {
      method: 'POST',
      url: '/v1/admin/webhooks',
      body: {
        url: `${receiverUrl}/hooks/content`,
        eventTypes: ['release.published', 'release.rolled_back'],
        description: 'Lincoln Middle School portal: review each release',
        policyKeyId: reader.body.id,
      },
    })
    ids.set(hook.body.id as string, 'wh_3k9x2m7q1p5v8c4d')
    operations.createWebhook!['201'] = normalise(hook.body, ids)
    const webhook = `/v1/admin/webhooks/${hook.body.id as string}`
    await record('getKey', 200, { url: `/v1/admin/keys/${reader.body.id as string}` })

    // An editor writes a prompt, has it reviewed and publishes it.
    const created = await record('createDocument', 201, {
      method: 'POST',
      url: '/v1/admin/documents',
      body: {
        type: 'prompt',
        content: { ...exampleContent, slug: 'a-small-win-this-week', text: 'What was a small win for you this week?' },
        note: 'A light opener for dinner',
      },
    })
    await record('createDocument', 409, {
      method: 'POST',
      url: '/v1/admin/documents',
      body: { type: 'prompt', content: (created.body.draft as { content: unknown }).content },
    })
    const id = encodeURIComponent(created.body.id as string)
    const draft = `/v1/admin/documents/${id}/draft`
    await record('patchDraft', 428, {
      method: 'PATCH',
      url: draft,
      body: { text: 'What was one small win for you this week?' },
      headers: { 'content-type': 'application/merge-patch+json' },
    })
    const etag = created.response.headers.etag as string
    const patched = await record('patchDraft', 200, {
      method: 'PATCH',
      url: draft,
      body: { text: 'What was one small win for you this week?' },
      headers: { 'content-type': 'application/merge-patch+json', 'if-match': etag },
    })
    await record('patchDraft', 412, {
      method: 'PATCH',
      url: draft,
      body: { text: 'What went well for you this week?' },
      headers: { 'content-type': 'application/merge-patch+json', 'if-match': etag },
    })
    await record('replaceDraft', 200, {
      method: 'PUT',
      url: draft,
      body: { content: { ...(patched.body.draft as { content: object }).content, followUps: [promptSlug] }, note: 'Follow up with a deeper prompt' },
      headers: { 'if-match': patched.response.headers.etag as string },
    })
    await record('submitDraft', 200, { method: 'POST', url: `/v1/admin/documents/${id}/submit`, body: { note: 'Ready for review' } })
    await record('approveDraft', 409, { method: 'POST', url: `/v1/admin/documents/${id}/submit`, body: {} })
    await record('approveDraft', 200, { method: 'POST', url: `/v1/admin/documents/${id}/approve`, body: {} })
    await record('getEditorialDocument', 200, { url: `/v1/admin/documents/${id}` })
    await record('listEditorialDocuments', 200, { url: `/v1/admin/documents?state=approved&limit=${MAX_ITEMS}` })
    // The follow-up is for older sons than the prompt: the release is refused, and the editor drops it.
    await record('publishRelease', 422, { method: 'POST', url: '/v1/admin/releases', body: { note: 'December prompts' } })
    const approved = await send({ url: `/v1/admin/documents/${id}` })
    await send({
      method: 'PATCH',
      url: draft,
      body: { followUps: [] },
      headers: { 'content-type': 'application/merge-patch+json', 'if-match': approved.headers.etag as string },
    })
    await send({ method: 'POST', url: `/v1/admin/documents/${id}/submit`, body: {} })
    await send({ method: 'POST', url: `/v1/admin/documents/${id}/approve`, body: {} })
    // The reviewer is an example: a role the deploying team fills with the person who really read the drafts.
    const review = {
      reviewedBy: 'School counselor (example reviewer)',
      reviewedAt: '2026-11-30T16:00:00Z',
      reviewNote: 'Read the changed prompts for ages 6-12.',
    }
    await record('publishRelease', 201, { method: 'POST', url: '/v1/admin/releases', body: { note: 'December prompts', ...review } })
    await record('publishRelease', 409, { method: 'POST', url: '/v1/admin/releases', body: { note: 'Nothing new' } })
    await record('listReleases', 200, { url: `/v1/releases?limit=${MAX_ITEMS}` })
    await record('diffReleases', 200, { url: '/v1/releases/1/diff/2' }, { from: 1, to: 2 })
    await record('listChanges', 200, { url: '/v1/changes?since=1' })
    await record('listChanges', 404, { url: '/v1/changes?since=9' })
    await record('listDocumentHistory', 200, { url: `/v1/admin/documents/${id}/versions?limit=${MAX_ITEMS}` })

    // A scheduled release, moved and cancelled.
    const edited = await send({ url: `/v1/admin/documents/${id}` })
    await send({
      method: 'PATCH',
      url: draft,
      body: { text: 'What was one small win you had this week?' },
      headers: { 'content-type': 'application/merge-patch+json', 'if-match': edited.headers.etag as string },
    })
    await record('getDocumentDiff', 200, { url: `/v1/admin/documents/${id}/diff?from=1&to=draft` })
    await send({ method: 'POST', url: `/v1/admin/documents/${id}/submit`, body: {} })
    await send({ method: 'POST', url: `/v1/admin/documents/${id}/approve`, body: {} })
    const tomorrow = new Date(Date.now() + 24 * 3_600_000).toISOString()
    const scheduled = await record('publishRelease', 202, {
      method: 'POST',
      url: '/v1/admin/releases',
      body: { note: 'December prompts, second batch', publishAt: tomorrow, ...review },
    })
    const schedule = `/v1/admin/schedules/${scheduled.body.id as number}`
    const current = await record('getSchedule', 200, { url: schedule })
    await record('listSchedules', 200, { url: '/v1/admin/schedules' })
    const moved = await record('rescheduleRelease', 200, {
      method: 'PATCH',
      url: schedule,
      body: { publishAt: new Date(Date.now() + 25 * 3_600_000).toISOString(), note: 'An hour later' },
      headers: { 'if-match': current.response.headers.etag as string },
    })
    await record('cancelSchedule', 200, { method: 'DELETE', url: schedule, headers: { 'if-match': moved.response.headers.etag as string } })
    await record('rollbackRelease', 201, { method: 'POST', url: '/v1/admin/releases/1/restore', body: { note: 'Back to the guide as imported' } })

    // The portal's receiver got the publish and the rollback.
    const deliveries = await waitForDeliveries(send, `${webhook}/deliveries`, 2)
    await record('listWebhookDeliveries', 200, { url: `${webhook}/deliveries?limit=${MAX_ITEMS}` })
    await record('getWebhookDelivery', 200, { url: `${webhook}/deliveries/${deliveries[0]!}` }, { id: 'wh_3k9x2m7q1p5v8c4d', deliveryId: deliveries[0]! })
    await record('replayWebhookDelivery', 200, { method: 'POST', url: `${webhook}/deliveries/${deliveries[0]!}/replay` })
    await record('testWebhook', 200, { method: 'POST', url: `${webhook}/test` })
    await record('listWebhooks', 200, { url: '/v1/admin/webhooks' })
    const subscription = await record('getWebhook', 200, { url: webhook }, { id: 'wh_3k9x2m7q1p5v8c4d' })
    await record('updateWebhook', 200, {
      method: 'PATCH',
      url: webhook,
      body: { description: 'Lincoln Middle School portal: review each release and rollback' },
      headers: { 'if-match': subscription.response.headers.etag as string },
    })
    await record('updateWebhook', 412, {
      method: 'PATCH',
      url: webhook,
      body: { enabled: false },
      headers: { 'if-match': subscription.response.headers.etag as string },
    })
    await record('rotateWebhookSecret', 200, { method: 'POST', url: `${webhook}/rotate-secret`, body: {} })
    await record('deleteWebhook', 200, { method: 'DELETE', url: webhook })

    // More of an editor's day on a bundled prompt: a review sent back, a draft dropped, an archive, a restore.
    const mealtime = ((await send({ url: '/v1/prompts?age=9&depth=1&setting=meal&limit=1' })).json() as { data: { id: string }[] }).data[0]!.id
    const bundled = `/v1/admin/documents/${encodeURIComponent(mealtime)}`
    const before = await send({ url: bundled })
    const settings = (before.json() as { published: { content: { settings: string[] } } }).published.content.settings
    const added = ['car-ride', 'walk', 'meal'].find((setting) => !settings.includes(setting))!
    const edit = await send({
      method: 'PATCH',
      url: `${bundled}/draft`,
      body: { settings: [...settings, added] },
      headers: { 'content-type': 'application/merge-patch+json', 'if-match': before.headers.etag as string },
    })
    if (edit.statusCode !== 200) throw new Error(`the draft edit answered ${edit.statusCode}: ${edit.body}`)
    await send({ method: 'POST', url: `${bundled}/submit`, body: { note: `Works on a ${added} too` } })
    await record('rejectDraft', 200, {
      method: 'POST',
      url: `${bundled}/reject`,
      body: { note: 'It needs a quiet moment face to face; keep the settings as they were.' },
    })
    const rejected = await send({ url: bundled })
    await record('discardDraft', 428, { method: 'DELETE', url: `${bundled}/draft` })
    await record('discardDraft', 412, { method: 'DELETE', url: `${bundled}/draft`, headers: { 'if-match': before.headers.etag as string } })
    await record('discardDraft', 200, { method: 'DELETE', url: `${bundled}/draft`, headers: { 'if-match': rejected.headers.etag as string } })
    const clean = await send({ url: bundled })
    await record('archiveDocument', 200, {
      method: 'POST',
      url: `${bundled}/archive`,
      body: { note: 'Retire it in the spring release' },
      headers: { 'if-match': clean.headers.etag as string },
    })
    const archived = await send({ url: bundled })
    await record('restoreDocumentVersion', 200, {
      method: 'POST',
      url: `${bundled}/restore`,
      body: { version: 1, note: 'Keep it after all' },
      headers: { 'if-match': archived.headers.etag as string },
    })
    await record('listAuditLog', 200, { url: `/v1/admin/audit?limit=${MAX_ITEMS}` })
    await record('revokeKey', 200, { method: 'DELETE', url: `/v1/admin/keys/${reader.body.id as string}` })
    return { operations, problems, parameters }
  } finally {
    await app.close()
    await database.close()
    await new Promise((resolve) => receiver.close(resolve))
  }
}

/** The ids of a webhook's deliveries once `count` of them succeeded (the dispatcher sends them in the background). */
async function waitForDeliveries(send: (request: Request) => Promise<LightMyRequestResponse>, url: string, count: number): Promise<number[]> {
  const deadline = Date.now() + 30_000
  for (;;) {
    const page = (await send({ url })).json() as { data: { id: number; state: string }[] }
    const done = page.data.filter((delivery) => delivery.state === 'succeeded')
    if (done.length >= count) return done.map((delivery) => delivery.id)
    if (Date.now() > deadline) throw new Error(`webhook deliveries did not succeed in time: ${JSON.stringify(page.data)}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** Cuts lists to MAX_ITEMS and replaces what changes from run to run with fixed values. */
function normalise(value: unknown, ids: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map((item) => normalise(item, ids))
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([name, item]) => [
        name,
        name === 'requestId' ? FIXED_REQUEST_ID : name === 'nextCursor' ? fixedCursor(item) : name === 'durationMs' ? FIXED_DURATION_MS : normalise(item, ids),
      ]),
    )
  }
  if (typeof value !== 'string') return value
  if (DATE_TIME.test(value)) return FIXED_TIME
  let text = value
    .replace(KEY_LIKE, (key) => `msb_${key.slice(4, 16)}_${'x'.repeat(43)}`)
    .replace(/^whsec_[A-Za-z0-9+/=]+$/, FIXED_SECRET)
    .replace(/^msg_test[0-9a-f]{32}$/, `msg_test${'0'.repeat(32)}`)
  for (const [id, stable] of ids) text = text.replaceAll(id, stable)
  return text
}

/** Some cursors carry the time of the row they stop at: it is fixed like the dates. */
function fixedCursor(cursor: unknown): unknown {
  if (typeof cursor !== 'string') return cursor
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8')
  const fixed = decoded.replace(/"t":"\d+"/, `"t":"${Date.parse(FIXED_TIME) * 1000}"`)
  return fixed === decoded ? cursor : Buffer.from(fixed).toString('base64url')
}

/** The random id of a key made while recording, and the fixed one its examples show. */
function rememberKey(ids: Map<string, string>, id: string) {
  const keys = [...ids.values()].filter((stable) => stable.startsWith('k7Qm2xPa')).length
  ids.set(id, `k7Qm2xPa${String(keys + 1).padStart(4, '0')}`)
}
