# Harbour in a container. The server process is the container's main process (no npm, no shell in between), so the
# runtime's SIGTERM reaches it: /readyz turns 503, requests in flight finish (SHUTDOWN_TIMEOUT_SECONDS, 10 by default;
# give the runtime a longer stop timeout, e.g. `docker stop -t 20`), then workers, the ORM and PostgreSQL stop, exit 0.
#
#   docker build -t harbour .
#   docker run -p 4000:4000 -v harbour-data:/app/.data harbour                        (embedded PostgreSQL, demo data)
#   docker run -p 4000:4000 -e DATABASE_URL=postgres://… -e JWT_SECRET=… -e NODE_ENV=production harbour
FROM node:22-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY api/package.json api/
COPY console/package.json console/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build -w console && mkdir -p .data && chown -R node:node .data
# The embedded PostgreSQL refuses to run as root.
USER node
ENV HOST=0.0.0.0 PORT=4000 HARBOUR_DATA_DIR=/app/.data
EXPOSE 4000
WORKDIR /app/api
# The open-file limit is the container's (`docker run --ulimit nofile=65536:65536`); MAX_SOCKETS is lowered to fit it.
CMD ["node", "--experimental-async-context-frame", "--import", "@oxc-node/core/register", "src/main.ts"]
