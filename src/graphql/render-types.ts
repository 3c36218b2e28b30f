import { codegen } from '@graphql-codegen/core'
import * as typescriptPlugin from '@graphql-codegen/typescript'
import * as resolversPlugin from '@graphql-codegen/typescript-resolvers'
import { buildSchema, parse, printSchema } from 'graphql'
import { loadSdl } from './sdl.js'

/** TypeScript types for the resolvers, generated from the SDL (committed as src/graphql/generated.ts). */
export async function renderGraphqlTypes(): Promise<string> {
  const schema = buildSchema(loadSdl())
  const output = await codegen({
    filename: 'src/graphql/generated.ts',
    schema: parse(printSchema(schema)),
    documents: [],
    config: {
      useTypeImports: true,
      enumsAsTypes: true,
      scalars: { JSON: 'unknown', ReleaseSelector: "number | 'draft'" },
      contextType: 'mercurius#MercuriusContext',
      mappers: {
        Topic: './models.js#TopicModel',
        Faq: './models.js#FaqModel',
        Prompt: './models.js#PromptModel',
        Activity: './models.js#ActivityModel',
        Resource: './models.js#ResourceModel',
        ResourceList: './models.js#ResourceListModel',
        NurturedTopic: './models.js#NurturedTopicModel',
        GuideSection: './models.js#GuideSectionModel',
        Guide: './models.js#GuideModel',
        DailyPrompt: './models.js#DailyPromptModel',
        PlannedPrompt: './models.js#PlannedPromptModel',
        ConversationPlan: './models.js#ConversationPlanModel',
        Recommendation: './models.js#RecommendationModel',
        Release: '../releases/service.js#ReleaseSummary',
      },
    },
    plugins: [{ typescript: {} }, { typescriptResolvers: {} }],
    pluginMap: { typescript: typescriptPlugin, typescriptResolvers: resolversPlugin },
  })
  return `/* Generated from schema/*.graphql by \`npm run graphql:generate\`; do not edit. */\n${output}`
}
