// The Discord adapter: one discord.js Client, one handler per interaction kind, digest posting.
// Everything it shows comes from render.ts; everything it knows comes from BotServices.
import {
  ActionRowBuilder, ButtonBuilder, ButtonStyle, Client, DiscordAPIError, Events, GatewayIntentBits, MessageFlags,
  PermissionFlagsBits, type AutocompleteInteraction, type ButtonInteraction, type ChatInputCommandInteraction,
  type Interaction, type Message,
} from 'discord.js';
import type { Answer } from '../answer/answer.js';
import { DigestSendError, type DigestSender, type DigestStore } from '../digest/runner.js';
import { localTime } from '../digest/schedule.js';
import { findSections, sectionLabel, sectionTexts } from '../plan/browse.js';
import type { PlanDocument } from '../plan/types.js';
import { selectDigest } from '../targets/digest.js';
import type { Target } from '../targets/extract.js';
import { noTargetsMessage } from '../targets/render.js';
import { createRateLimiter } from './rate-limit.js';
import { NO_MENTIONS, renderAnswer, renderDigest, renderSection, renderTargets, type MessagePayload } from './render.js';

export interface BotLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface BotServices {
  ask(question: string): Promise<Answer>;
  findTargets(topic: string): Promise<Target[]>;
  targets: readonly Target[];
  plan: PlanDocument;
  digestStore: DigestStore;
  digest: { postAt: string; timeZone: string; size: number };
  rateLimitPerMinute: number;
  now: () => Date;
  log: BotLog;
}

export interface BotOptions {
  token: string;
  apiUrl?: string;
  messageContent: boolean;
}

const PER_PAGE = 3;
const DIGEST_PERMANENT = new Set([10003, 50001, 50013]);

/** Recent answers, for the 「更多段落」 and 「查看全文」 buttons. */
function answerCache(limit = 200) {
  const map = new Map<string, Answer>();
  let next = 0;
  return {
    put(a: Answer): string {
      const id = (next++).toString(36);
      map.set(id, a);
      if (map.size > limit) map.delete(map.keys().next().value!);
      return id;
    },
    get: (id: string) => map.get(id),
  };
}

function answerButtons(id: string, page: number, a: Answer) {
  const more = (page + 1) * PER_PAGE < a.answers.length;
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder().setCustomId(`more:${id}:${page + 1}`).setLabel('更多段落').setStyle(ButtonStyle.Secondary).setDisabled(!more),
    new ButtonBuilder().setCustomId(`full:${id}:${page * PER_PAGE}:0`).setLabel('查看全文').setStyle(ButtonStyle.Primary),
  );
}

function sectionButtons(key: string, page: number, pages: number) {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder().setCustomId(`sec:${key}:${page + 1}`).setLabel('下一页').setStyle(ButtonStyle.Secondary).setDisabled(page + 1 >= pages),
  );
}

export function createBot(services: BotServices, options: BotOptions) {
  const intents = [GatewayIntentBits.Guilds];
  if (options.messageContent) intents.push(GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent);
  const client = new Client({
    intents,
    allowedMentions: NO_MENTIONS,
    rest: options.apiUrl ? { api: options.apiUrl } : {},
  });
  const limiter = createRateLimiter(services.rateLimitPerMinute);
  const cache = answerCache();
  const inFlight = new Set<Promise<unknown>>();
  const { log } = services;

  const track = <T>(p: Promise<T>) => {
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
    return p;
  };

  type Outgoing = MessagePayload & { allowedMentions: typeof NO_MENTIONS };
  /** Sends the first payload with `first` and the rest with `rest`, each pinging no one. */
  async function sendAll(payloads: MessagePayload[], first: (p: Outgoing) => Promise<unknown>, rest = first) {
    for (const [i, p] of payloads.entries()) await (i === 0 ? first : rest)({ ...p, allowedMentions: NO_MENTIONS });
  }

  async function onAsk(i: ChatInputCommandInteraction) {
    await i.deferReply();
    const started = Date.now();
    const answer = await services.ask(i.options.getString('question', true));
    log.info({ cmd: 'ask', user: i.user.id, ms: Date.now() - started, hits: answer.answers.length, refused: answer.refused }, 'question');
    const id = cache.put(answer);
    const payloads = renderAnswer(answer, 0, PER_PAGE);
    const components = answer.refused || answer.problem ? [] : [answerButtons(id, 0, answer)];
    await sendAll(payloads, (p) => i.editReply({ ...p, components }), (p) => i.followUp(p));
  }

  async function onSection(i: ChatInputCommandInteraction) {
    const [path] = findSections(services.plan, i.options.getString('query', true), 1);
    if (!path) {
      await i.reply({ content: '没有找到这个章节。可以输入编号（如 3.2.1、专栏5）或标题中的词语。', flags: MessageFlags.Ephemeral });
      return;
    }
    await showSection(sectionLabel(path), 0, (p, c) => i.reply({ ...p, components: c, allowedMentions: NO_MENTIONS }));
  }

  async function showSection(label: string, page: number, send: (p: MessagePayload, c: ActionRowBuilder<ButtonBuilder>[]) => Promise<unknown>) {
    const index = services.plan.sections.findIndex((s) => sectionLabel(s) === label);
    const path = services.plan.sections[index]!;
    const texts = sectionTexts(services.plan, path);
    const pages = Math.max(1, Math.ceil(texts.length / 8));
    const [payload] = renderSection(`${label}（第${path.at(-1)!.page}页）`, texts, page);
    await send(payload!, [sectionButtons(String(index), page, pages)]);
  }

  async function onTargets(i: ChatInputCommandInteraction) {
    await i.deferReply();
    const topic = i.options.getString('topic', true);
    const found = await services.findTargets(topic);
    await sendAll(renderTargets(found, `目标：${topic}`, noTargetsMessage(topic)), (p) => i.editReply(p), (p) => i.followUp(p));
  }

  async function onDigest(i: ChatInputCommandInteraction) {
    const sub = i.options.getSubcommand();
    const ephemeral = { flags: MessageFlags.Ephemeral } as const;
    if (sub === 'preview') {
      const date = localTime(services.now(), services.digest.timeZone).date;
      const [first] = renderDigest(selectDigest(services.targets, date, services.digest.size));
      await i.reply({ ...first!, ...ephemeral, allowedMentions: NO_MENTIONS });
      return;
    }
    if (sub === 'time') {
      await i.reply({ content: `每日 ${services.digest.postAt}（${services.digest.timeZone}）推送 ${services.digest.size} 条规划目标。`, ...ephemeral });
      return;
    }
    if (!i.inGuild() || !i.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
      await i.reply({ content: '只有拥有“管理服务器”权限的成员可以订阅或取消订阅。', ...ephemeral });
      return;
    }
    const state = services.digestStore.load();
    if (sub === 'subscribe') {
      state.subscriptions[i.channelId] = { channelId: i.channelId, guildId: i.guildId, since: services.now().toISOString() };
    } else {
      delete state.subscriptions[i.channelId];
    }
    services.digestStore.save(state);
    await i.reply({ content: sub === 'subscribe' ? `已订阅：本频道每日 ${services.digest.postAt} 推送规划目标。` : '已取消本频道的每日推送。', ...ephemeral });
  }

  async function onButton(i: ButtonInteraction) {
    const [kind, id, a, b] = i.customId.split(':');
    if (kind === 'sec') {
      const label = sectionLabel(services.plan.sections[Number(id)]!);
      await showSection(label, Number(a), (p, c) => i.update({ ...p, components: c }));
      return;
    }
    const answer = cache.get(id!);
    if (!answer) {
      await i.reply({ content: '这条回答已过期，请重新提问。', flags: MessageFlags.Ephemeral });
      return;
    }
    if (kind === 'more') {
      const page = Number(a);
      const [first] = renderAnswer(answer, page, PER_PAGE);
      await i.update({ ...first!, components: [answerButtons(id!, page, answer)] });
    } else if (kind === 'full') {
      const item = answer.answers[Number(a)];
      const path = services.plan.sections.find((s) => sectionLabel(s) === item?.citation.path.join(' › '));
      if (!item || !path) {
        await i.reply({ content: '找不到这段引文所在的章节。', flags: MessageFlags.Ephemeral });
        return;
      }
      const [payload] = renderSection(item.citation.label, sectionTexts(services.plan, path), Number(b));
      await i.reply({ ...payload!, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    }
  }

  async function onAutocomplete(i: AutocompleteInteraction) {
    const found = findSections(services.plan, i.options.getFocused(), 25);
    await i.respond(found.map((p) => {
      const label = sectionLabel(p);
      const short = p.at(-1)!.label;
      return { name: label.length <= 100 ? label : `…${label.slice(-99)}`, value: short.slice(0, 100) };
    }));
  }

  async function onInteraction(i: Interaction) {
    if (i.isAutocomplete()) return onAutocomplete(i);
    if (!i.isChatInputCommand() && !i.isButton()) return;
    const wait = limiter.check(i.user.id);
    if (wait > 0) {
      await i.reply({ content: `提问太频繁了，请 ${wait} 秒后再试。`, flags: MessageFlags.Ephemeral });
      return;
    }
    if (i.isButton()) return onButton(i);
    const handlers: Record<string, (i: ChatInputCommandInteraction) => Promise<void>> = {
      ask: onAsk, section: onSection, targets: onTargets, digest: onDigest,
    };
    await handlers[i.commandName]?.(i);
  }

  async function replyError(i: Interaction, err: unknown) {
    log.error({ err, interaction: i.id }, 'interaction failed');
    if (!i.isRepliable()) return;
    const content = '抱歉，处理时出错了，请稍后再试。';
    try {
      if (i.deferred || i.replied) await i.followUp({ content, flags: MessageFlags.Ephemeral });
      else await i.reply({ content, flags: MessageFlags.Ephemeral });
    } catch (e) {
      log.error({ err: e }, 'could not report the error to the user');
    }
  }

  async function onMessage(m: Message) {
    if (m.author.bot || !client.user || !m.mentions.users.has(client.user.id)) return;
    const question = m.content.replace(/<@!?\d+>/g, '').trim();
    const wait = limiter.check(m.author.id);
    if (wait > 0) return void (await m.reply({ content: `提问太频繁了，请 ${wait} 秒后再试。`, allowedMentions: NO_MENTIONS }));
    const answer = await services.ask(question);
    log.info({ cmd: 'mention', user: m.author.id, hits: answer.answers.length, refused: answer.refused }, 'question');
    const channel = m.channel.isThread()
      ? m.channel
      : await m.startThread({ name: (answer.question || '提问').slice(0, 90) });
    await sendAll(renderAnswer(answer, 0, PER_PAGE), (p) => channel.send(p));
  }

  client.on(Events.InteractionCreate, (i) => void track(onInteraction(i).catch((err) => replyError(i, err))));
  client.on(Events.MessageCreate, (m) => void track(onMessage(m).catch((err) => log.error({ err, message: m.id }, 'mention failed'))));
  client.once(Events.ClientReady, (c) => log.info({ user: c.user.tag }, 'connected to Discord'));

  const sendDigest: DigestSender = async (channelId, digest, nonce) => {
    try {
      const channel = await client.channels.fetch(channelId);
      if (!channel?.isSendable()) throw new DigestSendError(`channel ${channelId} cannot receive messages`, true);
      for (const [n, p] of renderDigest(digest).entries()) {
        await channel.send({ ...p, nonce: n === 0 ? nonce : `${nonce}${n}`.slice(0, 25), enforceNonce: true, allowedMentions: NO_MENTIONS });
      }
    } catch (err) {
      if (err instanceof DigestSendError) throw err;
      const permanent = err instanceof DiscordAPIError && DIGEST_PERMANENT.has(Number(err.code));
      throw new DigestSendError((err as Error).message, permanent);
    }
  };

  return {
    client,
    sendDigest,
    start: () => client.login(options.token),
    /** Waits (up to timeoutMs) for replies in flight, then closes the gateway. */
    async stop(timeoutMs = 10_000) {
      await Promise.race([Promise.allSettled([...inFlight]), new Promise((r) => setTimeout(r, timeoutMs))]);
      await client.destroy();
    },
  };
}
