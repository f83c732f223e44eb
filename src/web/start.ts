// Adapter: starts the web server on WEB_HOST:WEB_PORT (unless WEB=false) before the index loads —
// /healthz says 503 until serve() hands it an engine — and swaps in a rebuilt index's engine.
import type { Answer } from '../answer/answer.js';
import { boundedAsk } from '../app/bot-services.js';
import type { Engine } from '../app/engine.js';
import type { Log } from '../app/index-lifecycle.js';
import { linkBase, type Config } from '../config.js';
import { loadReaderAssets } from './assets.js';
import { createMetrics, type Metrics } from './metrics.js';
import { createWebServer } from './server.js';
import { createWebService, type WebService } from './service.js';

export interface WebHandle {
  /** Where the reader is, e.g. http://127.0.0.1:8080/plan/. */
  readerUrl: string;
  metrics: Metrics;
  /** Serve this engine (again, when a rebuilt index replaces the stale one); `ask` defaults to a bounded queue of its own (the chat's). */
  serve(engine: Engine, ask?: ((q: string) => Promise<Answer>) & { waiting?: () => number }): void;
  close(): Promise<void>;
}

/** The web service over an engine's index. */
export const serviceOf = (engine: Engine, config: Config, ask: (q: string) => Promise<Answer>, answerCache?: number): WebService => createWebService({
  plan: engine.index.plan, chunks: engine.index.chunks, builtAt: engine.index.manifest.builtAt, ask,
  findTargets: (t) => engine.targets.find(t), assets: loadReaderAssets(), base: linkBase(config), answerCache,
});

/** startWeb, but a server that cannot start is a warning: the terminal chat and the bot work without it. */
export async function startWebOrWarn(config: Config, log: Log, metrics?: Metrics): Promise<WebHandle | null> {
  try {
    return await startWeb(config, log, metrics);
  } catch (err) {
    log.warn(`${(err as Error).message} — running without the web reader`);
    return null;
  }
}

export async function startWeb(config: Config, log: Log, metrics: Metrics = createMetrics()): Promise<WebHandle | null> {
  if (!config.WEB) return null;
  let service: WebService | null = null;
  const app = await createWebServer({ service: () => service, metrics, rateLimitPerMinute: config.WEB_RATE_LIMIT_PER_MINUTE });
  try {
    await app.listen({ port: config.WEB_PORT, host: config.WEB_HOST });
  } catch (err) {
    throw new Error(`the web reader cannot listen on ${config.WEB_HOST}:${config.WEB_PORT} (${(err as Error).message}); set WEB_PORT to a free port, or WEB=false`);
  }
  const readerUrl = `${linkBase(config)}/plan/`;
  log.info(`plan reader and HTTP API at http://${config.WEB_HOST}:${config.WEB_PORT}/plan/ (links point to ${readerUrl})`);
  return {
    readerUrl,
    metrics,
    serve: (engine, ask = boundedAsk((q) => engine.ask(q), 2, config.ANSWER_QUEUE_MAX_WAITING)) => {
      service = serviceOf(engine, config, ask);
      if (ask.waiting) metrics.queueLength(ask.waiting);
    },
    close: () => app.close(),
  };
}
