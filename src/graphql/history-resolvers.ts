import type { MercuriusContext } from 'mercurius'
import { callerOf } from '../caller/from-request.js'
import type { HistoryEntry } from '../editorial/history.js'
import type { MutationResolvers, QueryResolvers } from './generated.js'

// History fields only translate: the history service validates, checks scopes and writes.
const history = (context: MercuriusContext) => context.services.history
const editor = (context: MercuriusContext) => callerOf(context.reply.request)
const given = <T>(value: T | null | undefined) => value ?? undefined
// mercurius resolves an interface's type from `__typename` on the value (it does not read `__resolveType`).
const typed = (entry: HistoryEntry) =>
  entry.entry === 'version' ? { ...entry, __typename: 'VersionEntry' as const } : { ...entry, __typename: 'RevisionEntry' as const }

export const historyQueries: Pick<QueryResolvers, 'documentHistory' | 'documentDiff'> = {
  documentHistory: async (_root, args, context) => {
    const page = await history(context).history(editor(context), args.id, { limit: given(args.first), cursor: given(args.after) })
    return { nodes: page.items.map(typed), nextAfter: page.nextCursor }
  },
  documentDiff: async (_root, args, context) => {
    const diff = await history(context).diff(editor(context), args.id, { from: given(args.from), to: given(args.to) })
    // GraphQL carries a side as a String: a version number as text, or "draft".
    return { ...diff, from: diff.from === null ? null : String(diff.from), to: String(diff.to) }
  },
}

export const historyMutations: Pick<MutationResolvers, 'restoreDocumentVersion' | 'rollbackRelease'> = {
  restoreDocumentVersion: (_root, args, context) =>
    history(context).restore(editor(context), args.id, { version: args.version, note: given(args.note) }, args.ifMatch),
  rollbackRelease: (_root, args, context) => history(context).rollback(editor(context), args.id, { note: args.note }),
}
