// npm run deploy-commands — registers the slash commands: in DISCORD_GUILD_ID (instant) or globally.
import '../src/adapters/text-tools.js'; // first: sets the core's text libraries (jieba, stemmer, opencc-js)
import { REST, Routes } from 'discord.js';
import { commandData } from '../src/discord/commands/index.js';
import { loadConfig } from '../src/config.js';

async function main() {
  const config = loadConfig();
  if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
    throw new Error('set DISCORD_TOKEN and DISCORD_APPLICATION_ID in .env first (see .env.example)');
  }
  const rest = new REST({ ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}) }).setToken(config.DISCORD_TOKEN);
  const route = config.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(config.DISCORD_APPLICATION_ID, config.DISCORD_GUILD_ID)
    : Routes.applicationCommands(config.DISCORD_APPLICATION_ID);
  await rest.put(route, { body: commandData });
  console.log(`registered ${commandData.length} commands ${config.DISCORD_GUILD_ID ? `in guild ${config.DISCORD_GUILD_ID}` : 'globally (may take up to an hour to appear)'}`);
}

main().catch((err: Error) => {
  console.error(`deploy-commands failed: ${err.message}`);
  process.exit(1);
});
