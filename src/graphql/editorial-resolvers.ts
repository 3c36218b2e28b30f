import { callerOf } from '../caller/from-request.js'
import type { MercuriusContext } from 'mercurius'
import { documentListCursor } from '../editorial/list-cursor.js'
import type { MutationResolvers, QueryResolvers } from './generated.js'

// Editorial fields only translate: the service validates, checks scopes and writes.
const editorial = (context: MercuriusContext) => context.services.editorial
const editor = (context: MercuriusContext) => callerOf(context.reply.request)
const given = <T>(value: T | null | undefined) => value ?? undefined

export const editorialQueries: Pick<QueryResolvers, 'editorialDocument' | 'editorialDocuments'> = {
  editorialDocument: (_root, args, context) => editorial(context).get(editor(context), args.id),
  editorialDocuments: async (_root, args, context) => {
    const page = await editorial(context).list(editor(context), {
      type: given(args.type),
      state: given(args.state),
      hasDraft: given(args.hasDraft),
      limit: given(args.first),
      after: args.after == null ? undefined : documentListCursor.graphql.decode(args.after),
    })
    return { nodes: page.items, nextAfter: page.nextAfter === null ? null : documentListCursor.graphql.encode(page.nextAfter) }
  },
}

export const mutationResolvers: MutationResolvers = {
  createDocument: (_root, args, context) => editorial(context).create(editor(context), { type: args.type, content: args.content, note: given(args.note) }),
  updateDraft: (_root, args, context) => editorial(context).replace(editor(context), args.id, args.content, args.ifMatch, given(args.note)),
  patchDraft: (_root, args, context) => editorial(context).patch(editor(context), args.id, args.patch, args.ifMatch, given(args.note)),
  discardDraft: (_root, args, context) => editorial(context).discard(editor(context), args.id, args.ifMatch),
  archiveDocument: (_root, args, context) => editorial(context).archive(editor(context), args.id, args.ifMatch, given(args.note)),
  submitDraft: (_root, args, context) => editorial(context).submit(editor(context), args.id, given(args.note)),
  approveDraft: (_root, args, context) => editorial(context).approve(editor(context), args.id, given(args.note)),
  rejectDraft: (_root, args, context) => editorial(context).reject(editor(context), args.id, args.note),
  publishRelease: (_root, args, context) =>
    editorial(context).publish(editor(context), {
      documents: given(args.documents),
      note: args.note,
      reviewedBy: given(args.reviewedBy),
      reviewedAt: given(args.reviewedAt),
      reviewNote: given(args.reviewNote),
    }),
}
