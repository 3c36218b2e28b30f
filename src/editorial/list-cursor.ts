import { z } from 'zod'
import { cursorCodec } from '../cursor.js'

// The document list continues after a document id: REST has always sent it as base64url, GraphQL as the
// id itself. The service checks the id, so a cursor that holds no id is refused there, as it always was.
const afterId = z.string()

export const documentListCursor = {
  rest: cursorCodec(afterId, 'text'),
  graphql: cursorCodec(afterId, 'plain'),
}
