# syntax=docker/dockerfile:1
# (BuildKit, the default builder since Docker 23, for the cache mount below.)
#
#   docker build -t article-qa-bot .                      # with the embedding model (needs the Hub, or MODEL_REMOTE_HOST)
#   docker build -t article-qa-bot --build-arg SKIP_MODEL=1 .   # lexical only, no download
#   docker run --init --env-file .env article-qa-bot
#
# Stages: build (all deps, tsc → dist/) → model (optional download) → runtime (production deps only).

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
# tsconfig.build.json: rootDir src → dist/, so dist/ has src/'s depth and the lexicon path that
# src/translate/lexicon.ts resolves from import.meta.url (../../models/lexicon) is /app/models/lexicon.
RUN npm run build

# ---------------------------------------------------------------------------------------------
FROM build AS model
# SKIP_MODEL=1: no download; the image answers with lexical retrieval only.
ARG SKIP_MODEL=0
ARG EMBEDDING_MODEL=Xenova/multilingual-e5-small
# Optional Hugging Face Hub mirror (the Hub itself when empty: config treats KEY= as unset).
ARG MODEL_REMOTE_HOST=
# The compiled `npm run models` (no tsx needed). Downloads land in a BuildKit cache mount, so a
# rebuild after a code change only re-verifies the model instead of fetching ~118 MB again;
# then only this model's directory is copied into the image.
RUN --mount=type=cache,target=/var/cache/qa-bot-models \
    mkdir -p /app/models && \
    if [ "$SKIP_MODEL" = "1" ]; then \
      echo "SKIP_MODEL=1: no embedding model in the image; answers will be lexical."; \
    else \
      MODELS_DIR=/var/cache/qa-bot-models EMBEDDING_MODEL="$EMBEDDING_MODEL" MODEL_REMOTE_HOST="$MODEL_REMOTE_HOST" \
        node dist/cli/models.js && \
      mkdir -p "/app/models/$(dirname "$EMBEDDING_MODEL")" && \
      cp -a "/var/cache/qa-bot-models/$EMBEDDING_MODEL" "/app/models/$EMBEDDING_MODEL"; \
    fi

# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ARG EMBEDDING_MODEL=Xenova/multilingual-e5-small
WORKDIR /app
# The model is either baked in or absent: the bot never downloads into the container's throwaway
# layer at start. To download at start instead, mount a volume on /app/models and set it to true.
ENV NODE_ENV=production \
    NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false \
    EMBEDDING_MODEL=${EMBEDDING_MODEL} \
    ALLOW_MODEL_DOWNLOAD=false
COPY package.json package-lock.json ./
# Other platforms' onnxruntime binaries (~60 MB) are never loaded on Linux; linux/x64 and arm64 stay.
RUN npm ci --omit=dev && npm cache clean --force && \
    rm -rf node_modules/onnxruntime-node/bin/napi-v3/darwin node_modules/onnxruntime-node/bin/napi-v3/win32
COPY --from=build /app/dist ./dist
# Read at run time relative to the working directory (ARTICLE_PATH=data/article.txt,
# MODELS_DIR=models) and to dist/translate/lexicon.js (../../models/lexicon).
COPY data ./data
COPY models/lexicon ./models/lexicon
COPY --from=model /app/models/ ./models/
# Everything stays root-owned and read-only for the bot, except models/ itself, where the
# article-vector cache (models/.cache) is written (and a model, if downloads are allowed).
RUN mkdir -p models/.cache && chown node:node models models/.cache
USER node

# Webhook mode listens on PORT (default 8080); long polling opens no port.
EXPOSE 8080

# Only webhook mode has an HTTP server (GET /healthz: 200 while serving, 503 while stopping).
# In long-polling mode there is nothing to probe, and a fatal polling error (e.g. a revoked
# token) already ends the process, so the check passes when WEBHOOK_URL is unset and lets the
# container's exit status speak. Node's fetch is used because the slim image has no curl.
# WEBHOOK_URL must come from the environment (--env-file / -e) for this to see webhook mode, and
# the server must listen on loopback too (WEBHOOK_HOST=0.0.0.0, the default).
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD ["node", "-e", "if (!process.env.WEBHOOK_URL) process.exit(0); fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/healthz', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# node directly (no npm, no shell), so SIGTERM from `docker stop` reaches the bot's handler.
# Run with --init (or tini) so a signal sent while the model is still loading, before the bot
# installs its handlers, is not ignored by PID 1.
CMD ["node", "dist/main.js"]
