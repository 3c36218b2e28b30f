import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { FastifyInstance } from 'fastify'

const require = createRequire(import.meta.url)

export const exampleQuery = `# The explorer's query: topics, with prompts to ask and the activities that
# nurture each topic, and the prompts to use during those activities. One request.
# Outside development this needs an API key: under Headers, add
#   { "Authorization": "Bearer msb_..." }
query Explore {
  topics(first: 3) {
    release
    nodes {
      title
      keyPoints
      prompts(first: 2) {
        nodes { text depth direction ageMin ageMax }
      }
      activities(first: 2) {
        nodes {
          title
          category
          topics { why topic { slug } }
          suggestedPrompts { text }
        }
      }
    }
  }
}
`

// GraphiQL and React are served from node_modules, never from a CDN.
const assets: Record<string, { pkg: string; file: string; type: string }> = {
  'graphiql.min.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
  'graphiql.min.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'application/javascript' },
  'react.production.min.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'application/javascript' },
  'react-dom.production.min.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'application/javascript' },
}

const packageFile = (pkg: string, file: string) => join(dirname(require.resolve(`${pkg}/package.json`)), file)

const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>GraphiQL · Strengthening Bonds content API</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/graphiql/assets/graphiql.min.css">
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql/assets/react.production.min.js"></script>
  <script src="/graphiql/assets/react-dom.production.min.js"></script>
  <script src="/graphiql/assets/graphiql.min.js"></script>
  <script src="/graphiql/assets/init.js"></script>
</body>
</html>
`

const init = `(function () {
  var fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: ${JSON.stringify(exampleQuery)},
    defaultEditorToolsVisibility: true,
    isHeadersEditorEnabled: true,
    shouldPersistHeaders: false
  }));
})();
`

// GraphiQL's stylesheet embeds its fonts as data: URLs.
const CSP = "default-src 'self'; img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'"

export async function graphiqlRoutes(app: FastifyInstance) {
  const files = new Map(Object.entries(assets).map(([name, asset]) => [name, { body: readFileSync(packageFile(asset.pkg, asset.file)), type: asset.type }]))
  files.set('init.js', { body: Buffer.from(init), type: 'application/javascript' })

  app.get('/graphiql', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/html; charset=utf-8').header('content-security-policy', CSP).send(page),
  )
  app.get<{ Params: { name: string } }>('/graphiql/assets/:name', { schema: { hide: true } }, async (request, reply) => {
    const file = files.get(request.params.name)
    if (!file) return reply.callNotFound()
    return reply.type(`${file.type}; charset=utf-8`).header('cache-control', 'public, max-age=86400').send(file.body)
  })
}
