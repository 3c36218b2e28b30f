import { callerOf } from '../caller/from-request.js'
import type { MercuriusContext } from 'mercurius'
import type { MutationResolvers, QueryResolvers } from './generated.js'

// Webhook fields only translate: the service validates, checks scopes and writes, as for REST.
const webhooks = (context: MercuriusContext) => context.services.webhooks
const editor = (context: MercuriusContext) => callerOf(context.reply.request)
const given = <T>(value: T | null | undefined) => value ?? undefined
const withSecret = <T extends { secret: string }>({ secret, ...webhook }: T) => ({ webhook, secret })

export const webhookQueries: Pick<QueryResolvers, 'webhooks' | 'webhook' | 'webhookDeliveries'> = {
  webhooks: async (_root, args, context) => {
    const page = await webhooks(context).list(editor(context), { limit: given(args.first), cursor: given(args.after) })
    return { nodes: page.items, nextAfter: page.nextCursor }
  },
  webhook: (_root, args, context) => webhooks(context).get(editor(context), args.id),
  webhookDeliveries: async (_root, args, context) => {
    const page = await webhooks(context).deliveries(editor(context), args.id, { state: given(args.state), limit: given(args.first), cursor: given(args.after) })
    return { nodes: page.items, nextAfter: page.nextCursor }
  },
}

export const webhookMutations: Pick<
  MutationResolvers,
  'createWebhook' | 'updateWebhook' | 'deleteWebhook' | 'rotateWebhookSecret' | 'replayWebhookDelivery' | 'testWebhook'
> = {
  createWebhook: async (_root, args, context) =>
    withSecret(
      await webhooks(context).create(editor(context), {
        url: args.url,
        eventTypes: args.eventTypes,
        description: given(args.description),
        policyKeyId: given(args.policyKeyId),
        secret: given(args.secret),
      }),
    ),
  // Omitted arguments are left out; an explicit null clears (description, policyKeyId).
  updateWebhook: (_root, { id, ifMatch, ...changes }, context) =>
    webhooks(context).update(editor(context), id, Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)), ifMatch),
  deleteWebhook: (_root, args, context) => webhooks(context).remove(editor(context), args.id),
  rotateWebhookSecret: async (_root, args, context) =>
    withSecret(await webhooks(context).rotateSecret(editor(context), args.id, { secret: given(args.secret) })),
  replayWebhookDelivery: (_root, args, context) => webhooks(context).replay(editor(context), args.id, args.deliveryId),
  testWebhook: (_root, args, context) => webhooks(context).test(editor(context), args.id),
}
