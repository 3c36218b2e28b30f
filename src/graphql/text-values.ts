import { GraphQLError, type ASTVisitor, type ValidationContext, type ValidationRule } from 'graphql'
import { textProblem } from '../http/input-guard.js'

/**
 * The input guard checks a request's variables, but a string written inside the document itself
 * (`note: "a\u0000b"`) only exists once the document is parsed: the same rule, applied to every
 * string literal, so a NUL character never reaches a query as a server error.
 */
export const textValuesRule: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  StringValue(node) {
    const problem = textProblem(node.value)
    if (problem) context.reportError(new GraphQLError(`A string in the query ${problem}.`, { nodes: node, extensions: { code: 'VALIDATION_FAILED' } }))
  },
})
