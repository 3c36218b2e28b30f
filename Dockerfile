# syntax=docker/dockerfile:1
# Node.js 24, the current LTS line, at the exact version CI tests on (.ci/node-runtime/package-lock.json).
# The image digest is pinned as a release step (see README, "Docker"): no image registry is reachable from
# the machines this is developed on, so the tag is exact here and each release appends the digest it
# pulled (`node:24.21.0-bookworm-slim@sha256:...`) to the default below and records it in CHANGELOG.md.
ARG NODE_IMAGE=node:24.21.0-bookworm-slim
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY drizzle ./drizzle
COPY content ./content
COPY schema ./schema
COPY openapi ./openapi
RUN mkdir -p /data && chown node:node /data && chmod 0700 /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# The heap limit is the heap part of MEMORY_BUDGET_MB (src/memory/budget.ts), derived as `npm start`
# derives it; the server refuses to start with a heap limit that disagrees with its budget.
CMD ["sh", "-c", "flag=$(node dist/cli/memory-flags.js) && exec node $flag dist/server.js"]
