import t from 'tap'
import { build, drivers } from '../helpers/build.js'
import { graphqlData } from '../helpers/graphql.js'

const explorer = (size: number) => `{
  topics(first: ${size}) {
    nodes {
      title
      prompts(first: ${size}) { nodes { text followUps { text } topics { slug } } }
      activities(first: ${size}) { nodes { title topics { why topic { title } } suggestedPrompts { text } } }
      faqs { nodes { question topics { slug } } }
    }
  }
}`

for (const driver of drivers) {
  t.test(`the explorer's nested query on ${driver}`, async (t) => {
    for (const size of [2, 9, 25]) {
      let queries = 0
      // Only the query's own statements count: the webhook poll is put off, and start-up's look settled.
      const app = await build(t, driver, { onQuery: () => queries++, env: { WEBHOOK_POLL_MS: '600000' } })
      await app.ready()
      await app.services.webhookDispatcher.idle()
      queries = 0
      const data = await graphqlData(app, explorer(size))
      t.ok(data.topics.nodes.length > 0)
      const prompts = data.topics.nodes.reduce((sum: number, topic: { prompts: { nodes: unknown[] } }) => sum + topic.prompts.nodes.length, 0)
      t.ok(prompts >= Math.min(size, 9), `answers with ${prompts} prompts`)
      t.ok(queries <= 8, `first: ${size} -> ${queries} database queries, however long the lists`)
      const warm = queries
      await graphqlData(app, explorer(size))
      t.ok(queries - warm <= 1, 'asked again, it is served from the release cache')
    }
  })
}
