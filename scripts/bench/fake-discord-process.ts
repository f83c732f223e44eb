// The fake Discord (test/fakes/fake-discord.ts) in a process of its own, for the benchmarks: its clock
// and its event loop are not the bot's, so when an acknowledgement arrives is measured as Discord would
// see it. Driven over IPC: 'burst' dispatches /ask for the questions within spreadMs and reports, per
// question, when it was acknowledged and answered (ms after dispatch).
import { FakeDiscord } from '../../test/fakes/fake-discord.js';

export type FakeCommand = { type: 'burst'; questions: string[]; spreadMs: number; timeoutMs: number } | { type: 'stop' };
export type FakeReport = { type: 'ready'; apiUrl: string } | { type: 'burst'; ack: (number | null)[]; answer: (number | null)[] };

const fake = new FakeDiscord();
await fake.start();
const send = (r: FakeReport) => process.send?.(r);

/** Dispatches the questions evenly over spreadMs (0: all at once). */
async function burst(questions: string[], spreadMs: number, timeoutMs: number) {
  const ids = await fake.askSpread(questions, spreadMs);
  const answeredAt = (id: string) => fake.replyEdit(id)?.at ?? null;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && ids.some((id) => answeredAt(id) === null)) await new Promise((r) => setTimeout(r, 10));
  const since = (id: string, t: number | null) => (t === null ? null : t - fake.interactions.get(id)!.at);
  send({ type: 'burst', ack: ids.map((id) => since(id, fake.interactions.get(id)!.ackedAt)), answer: ids.map((id) => since(id, answeredAt(id))) });
}

process.on('message', (m: FakeCommand) => {
  if (m.type === 'burst') void burst(m.questions, m.spreadMs, m.timeoutMs);
  if (m.type === 'stop') void fake.stop().then(() => process.exit(0));
});
send({ type: 'ready', apiUrl: fake.apiUrl });
