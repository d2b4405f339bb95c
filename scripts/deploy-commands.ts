import { REST } from '@discordjs/rest';
import { type RESTPutAPIApplicationCommandsResult, Routes } from 'discord.js';
import { ConfigError, loadConfig } from '../src/config';
import { loadCommands } from '../src/discord/loader';

/**
 * Registers the slash commands in commands/ with Discord: to one server when DISCORD_GUILD_ID is set (instant,
 * for testing), globally otherwise. Run by hand (`npm run deploy-commands`), never at start-up: registration is
 * rate-limited and only needed when a command's definition changes.
 */
async function main(): Promise<void> {
	const config = loadConfig(['DISCORD_CLIENT_ID']);
	const clientId = String(config.clientId);
	const body = [...(await loadCommands()).values()].map((command) => command.data.toJSON());
	const rest = new REST({ api: config.apiUrl }).setToken(config.token);
	const route = config.guildId
		? Routes.applicationGuildCommands(clientId, config.guildId)
		: Routes.applicationCommands(clientId);
	const registered = (await rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
	const where = config.guildId ? `server ${config.guildId}` : 'every server (global; may take up to an hour to show)';
	console.log(`Registered ${registered.length} commands for ${where}:`);
	for (const command of registered) console.log(`  /${command.name} - ${command.description}`);
}

main().catch((error: unknown) => {
	// One line, never the token: config errors carry their fix; Discord errors say what Discord refused.
	const message =
		error instanceof ConfigError
			? error.message
			: `could not register commands: ${error instanceof Error ? error.message : error}`;
	process.stderr.write(`deploy-commands: ${message.split('\n').join(' ')}\n`);
	process.exit(1);
});
