import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DiscordError } from './errors';
import { Gateway } from './gateway';
import { type Context, commandData, type InjectOptions, interactionPayload, type SlashOption } from './interactions';
import type { Pings } from './mentions';
import { messagePayload, snowflake, type UserPayload, user } from './payloads';
import { type Interaction, route } from './routes';

/** One HTTP request the bot made, with the status the stand-in answered. */
export interface RecordedRequest {
	method: string;
	/** Decoded path after `/api/v10` (`/webhooks/1/tok/messages/@original`). */
	path: string;
	query: Record<string, string>;
	authorization: string | null;
	body: unknown;
	status: number;
	response: unknown;
	/** The interaction token the route carries, when it carries one. */
	token?: string;
	/** Who the message would have notified, for accepted message-bearing requests. */
	pings?: Pings;
}

export interface StandInOptions {
	token?: string;
	heartbeatInterval?: number;
}

export type Reply = { status: number; body?: unknown };

/**
 * A loopback stand-in for Discord that the real discord.js client logs into (see DISCORD.md). It answers REST
 * on `url` (pass it as the REST `api` base), runs a gateway, injects interactions, and records every request.
 */
export class StandIn implements Context {
	readonly token: string;
	readonly applicationId = snowflake();
	readonly guildId = snowflake();
	readonly channelId = snowflake();
	/** A channel the bot can see but not post in: sending there answers 50013. */
	readonly lockedChannelId = snowflake();
	readonly bot: UserPayload;
	readonly requests: RecordedRequest[] = [];
	/** Every injected interaction, by token. */
	readonly interactions = new Map<string, Interaction>();
	/** Messages the bot sent to channels; `id` is the message id answered, `edits` the bodies of later PATCHes. */
	readonly channelMessages: Array<{
		channelId: string;
		body: Record<string, unknown>;
		id?: string;
		edits?: Array<Record<string, unknown>>;
	}> = [];
	readonly commands = new Map<string, Array<Record<string, unknown>>>();
	readonly gateway: Gateway;
	#server: Server;
	#port = 0;

	private constructor(options: StandInOptions) {
		this.token = options.token ?? 'stand-in.bot-token.secret';
		this.bot = user(this.applicationId, 'Molly', true);
		this.gateway = new Gateway({
			token: this.token,
			bot: this.bot,
			applicationId: this.applicationId,
			guildId: this.guildId,
			channelIds: [this.channelId, this.lockedChannelId],
			heartbeatInterval: options.heartbeatInterval ?? 41_250,
			resumeUrl: () => this.gatewayUrl,
		});
		this.#server = createServer((req, res) => void this.#handle(req, res));
		this.#server.on('upgrade', (req, socket, head) => {
			if (req.url?.startsWith('/gateway')) this.gateway.upgrade(req, socket, head);
			else socket.destroy();
		});
	}

	/** Starts a stand-in on 127.0.0.1 on a random free port. */
	static async start(options: StandInOptions = {}): Promise<StandIn> {
		const standIn = new StandIn(options);
		await new Promise<void>((resolve) => standIn.#server.listen(0, '127.0.0.1', resolve));
		standIn.#port = (standIn.#server.address() as AddressInfo).port;
		return standIn;
	}

	/** The REST base to configure the client with (`DISCORD_API_URL`). */
	get url(): string {
		return `http://127.0.0.1:${this.#port}/api`;
	}

	get gatewayUrl(): string {
		return `ws://127.0.0.1:${this.#port}/gateway`;
	}

	/** Sends a slash command and resolves with the bot's requests for it once it has answered. */
	slash(
		name: string,
		options: Record<string, string | number | boolean> | SlashOption[] = {},
		inject: InjectOptions = {},
	): Promise<RecordedRequest[]> {
		return this.inject(interactionPayload(this, 2, commandData(this, name, options), inject), inject);
	}

	/** Sends an autocomplete request for `option` of `command`, as if the user had typed `typed`. */
	autocomplete(command: string, option: string, typed: string, inject: InjectOptions = {}): Promise<RecordedRequest[]> {
		const data = commandData(this, command, [{ name: option, type: 3, value: typed, focused: true }]);
		return this.inject(interactionPayload(this, 4, data, inject), inject);
	}

	/** Clicks a button with `customId` on a message the bot sent. */
	button(customId: string, inject: InjectOptions = {}): Promise<RecordedRequest[]> {
		const message = messagePayload(this.channelId, this.bot, { content: 'earlier reply' });
		const data = { custom_id: customId, component_type: 2 };
		return this.inject(interactionPayload(this, 3, data, inject, message), inject);
	}

	/** Dispatches any INTERACTION_CREATE payload and waits for the bot's answer to it. */
	inject(payload: Record<string, unknown>, options: InjectOptions = {}): Promise<RecordedRequest[]> {
		const state: Interaction = {
			id: String(payload.id),
			token: String(payload.token),
			type: Number(payload.type),
			channelId: String(payload.channel_id),
			acknowledged: null,
			dead: options.expired ?? false,
			original: null,
			requests: [],
			onRequest: () => {},
		};
		this.interactions.set(state.token, state);
		const done = new Promise<RecordedRequest[]>((resolve, reject) => {
			let quiet: NodeJS.Timeout | undefined;
			const settle = () => {
				clearTimeout(quiet);
				quiet = setTimeout(finish, options.settle);
			};
			const timer = setTimeout(() => {
				const seen = state.requests.map((r) => `${r.method} ${r.path.replace(state.token, '<token>')} -> ${r.status}`);
				reject(
					new Error(`the bot did not finish answering interaction ${state.id}; saw: ${seen.join(', ') || 'nothing'}`),
				);
			}, options.timeout ?? 5000);
			const finish = () => {
				clearTimeout(timer);
				clearTimeout(quiet);
				resolve([...state.requests]);
			};
			state.onRequest = () => {
				if (options.settle !== undefined) settle();
				else if (isFinished(state)) finish();
			};
			if (options.settle !== undefined) settle();
		});
		this.gateway.dispatch('INTERACTION_CREATE', payload);
		return done;
	}

	/** Requests whose method and decoded path match. */
	requestsTo(method: string, path: RegExp): RecordedRequest[] {
		return this.requests.filter((r) => r.method === method && path.test(r.path));
	}

	async close(): Promise<void> {
		await this.gateway.close();
		this.#server.closeAllConnections();
		await new Promise((resolve) => this.#server.close(resolve));
	}

	async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const raw = Buffer.concat(chunks).toString('utf8');
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const path = decodeURIComponent(url.pathname.replace(/^\/api\/v\d+/, ''));
		const json = req.headers['content-type']?.includes('application/json');
		const record: RecordedRequest = {
			method: req.method ?? 'GET',
			path,
			query: Object.fromEntries(url.searchParams),
			authorization: req.headers.authorization ?? null,
			body: json && raw ? JSON.parse(raw) : raw || undefined,
			status: 0,
			response: undefined,
		};
		const reply: Reply | DiscordError = route(this, record);
		record.status = reply.status;
		record.response = reply.body;
		this.requests.push(record);
		res.writeHead(reply.status, reply.body === undefined ? {} : { 'content-type': 'application/json' });
		res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
		const interaction = record.token ? this.interactions.get(record.token) : undefined;
		if (interaction) {
			interaction.requests.push(record);
			interaction.onRequest();
		}
	}
}

/** An interaction is answered once it has a reply, or a deferral followed by an edit or follow-up. */
function isFinished(state: Interaction): boolean {
	if (state.acknowledged === null) return false;
	if ([4, 7, 8, 9].includes(state.acknowledged)) return true;
	return state.requests.some((r) => r.path.startsWith('/webhooks/') && r.method !== 'GET' && r.status < 300);
}
