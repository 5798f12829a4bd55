# One image per subgraph, from the repository root:
#   docker build --build-arg SERVICE=registry -t pas/registry .
# SERVICE is a name in subgraphs.json. The image holds the compiled JavaScript of the service and
# of the workspace packages it uses, their production dependencies and nothing else; its port is
# the one subgraphs.json gives the service unless PORT says otherwise.
ARG NODE_IMAGE=node:20-bookworm-slim

# Only the workspaces the service depends on, with a lockfile pruned to them.
FROM ${NODE_IMAGE} AS prune
ARG SERVICE
WORKDIR /src
COPY . .
# The turbo of package.json's devDependencies, before anything is installed.
RUN npx --yes turbo@2.11.11 prune "@pas/${SERVICE}" --docker --out-dir /pruned

FROM ${NODE_IMAGE} AS build
ARG SERVICE
WORKDIR /app
COPY --from=prune /pruned/json/ ./
# --ignore-scripts: a deployed service uses MONGODB_URI, never the development engine.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY --from=prune /pruned/full/ ./
COPY subgraphs.json tsconfig.base.json tsconfig.build.json ./
RUN npx turbo run build --filter="@pas/${SERVICE}" \
 && npm ci --omit=dev --ignore-scripts --no-audit --no-fund --workspace "@pas/${SERVICE}" \
 && find packages services -depth \( -name src -o -name test -o -name '*.ts' -o -name '*.map' \) -not -path '*/node_modules/*' -exec rm -rf {} + \
 && npm cache clean --force

FROM ${NODE_IMAGE}
ARG SERVICE
ENV NODE_ENV=production SERVICE=${SERVICE} NODE_OPTIONS=--conditions=compiled
WORKDIR /app
COPY --from=build /app ./
USER node
HEALTHCHECK CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||require('./subgraphs.json').subgraphs.find(s=>s.name===process.env.SERVICE).port)+'/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["sh", "-c", "exec node services/${SERVICE}/dist/index.js"]
