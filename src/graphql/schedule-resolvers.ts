import { callerOf } from '../caller/from-request.js'
import type { MercuriusContext } from 'mercurius'
import type { MutationResolvers, QueryResolvers } from './generated.js'

// Schedule fields only translate: the service validates, checks scopes and writes, as for REST.
const schedules = (context: MercuriusContext) => context.services.schedules
const editor = (context: MercuriusContext) => callerOf(context.reply.request)
const given = <T>(value: T | null | undefined) => value ?? undefined

export const scheduleQueries: Pick<QueryResolvers, 'schedules' | 'schedule'> = {
  schedules: async (_root, args, context) => {
    const page = await schedules(context).list(editor(context), { state: given(args.state), limit: given(args.first), cursor: given(args.after) })
    return { nodes: page.items, nextAfter: page.nextCursor }
  },
  schedule: (_root, args, context) => schedules(context).get(editor(context), args.id),
}

export const scheduleMutations: Pick<MutationResolvers, 'scheduleRelease' | 'reschedule' | 'cancelSchedule'> = {
  scheduleRelease: (_root, args, context) =>
    schedules(context).schedule(editor(context), {
      publishAt: args.publishAt,
      documents: given(args.documents),
      note: args.note,
      reviewedBy: given(args.reviewedBy),
      reviewedAt: given(args.reviewedAt),
      reviewNote: given(args.reviewNote),
    }),
  // documents is passed as given: an explicit null clears the list, an omitted one leaves it.
  reschedule: (_root, args, context) =>
    schedules(context).reschedule(editor(context), args.id, { publishAt: args.publishAt, note: args.note, documents: args.documents }, args.ifMatch),
  cancelSchedule: (_root, args, context) => schedules(context).cancel(editor(context), args.id, given(args.ifMatch)),
}
