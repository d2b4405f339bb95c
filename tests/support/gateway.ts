import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { guildPayload, type UserPayload } from './payloads';

export interface GatewayOptions {
	token: string;
	bot: UserPayload;
	applicationId: string;
	guildId: string;
	channelIds: string[];
	/** Milliseconds between heartbeats the client is asked for; short in the test that exercises them. */
	heartbeatInterval: number;
	/** Where READY tells the client to resume. */
	resumeUrl: () => string;
}

/** What the gateway saw: tests assert on intents and on how sessions went. */
export interface GatewayLog {
	identifies: Array<{ intents: number; shard: unknown }>;
	heartbeats: number;
	resumes: number;
	closes: Array<{ code: number }>;
}

/** The gateway half of the stand-in: HELLO, IDENTIFY, heartbeats, READY, GUILD_CREATE, and dispatch. */
export class Gateway {
	readonly log: GatewayLog = { identifies: [], heartbeats: 0, resumes: 0, closes: [] };
	readonly #server = new WebSocketServer({ noServer: true });
	readonly #ready = new Set<{ socket: WebSocket; seq: number }>();
	#readyWaiters: Array<() => void> = [];

	constructor(private readonly options: GatewayOptions) {
		this.#server.on('connection', (socket) => this.#session(socket));
	}

	upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
		this.#server.handleUpgrade(request, socket, head, (ws) => this.#server.emit('connection', ws, request));
	}

	/** Resolves once a client has identified and been sent READY and its guild. */
	whenReady(): Promise<void> {
		if (this.#ready.size > 0) return Promise.resolve();
		return new Promise((resolve) => this.#readyWaiters.push(resolve));
	}

	get connected(): number {
		return this.#ready.size;
	}

	/** Sends a dispatch event (op 0) to every ready session. */
	dispatch(t: string, d: unknown): void {
		for (const session of this.#ready) {
			session.seq += 1;
			session.socket.send(JSON.stringify({ op: 0, t, s: session.seq, d }));
		}
	}

	/** Drops every connection the way a network blip would, so the client tries to resume. */
	drop(code = 4000): void {
		for (const { socket } of this.#ready) socket.close(code, 'stand-in dropped the session');
	}

	close(): Promise<void> {
		for (const socket of this.#server.clients) socket.terminate();
		return new Promise((resolve) => this.#server.close(() => resolve()));
	}

	#session(socket: WebSocket): void {
		const session = { socket, seq: 0 };
		const send = (payload: unknown) => socket.send(JSON.stringify(payload));
		send({ op: 10, d: { heartbeat_interval: this.options.heartbeatInterval } });
		socket.on('close', (code) => {
			this.#ready.delete(session);
			this.log.closes.push({ code });
		});
		socket.on('message', (raw) => {
			const { op, d } = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> | null };
			if (op === 1) {
				this.log.heartbeats += 1;
				send({ op: 11 });
			} else if (op === 2) {
				if (d?.token !== this.options.token) return socket.close(4004, 'Authentication failed.');
				this.log.identifies.push({ intents: Number(d.intents), shard: d.shard });
				this.#identify(session);
			} else if (op === 6) {
				// A fresh stand-in keeps no sessions: the client must identify again, as after a real invalidation.
				this.log.resumes += 1;
				send({ op: 9, d: false });
			}
		});
	}

	#identify(session: { socket: WebSocket; seq: number }): void {
		const { bot, applicationId, guildId, channelIds } = this.options;
		const send = (t: string, d: unknown) => {
			session.seq += 1;
			session.socket.send(JSON.stringify({ op: 0, t, s: session.seq, d }));
		};
		send('READY', {
			v: 10,
			user: bot,
			guilds: [{ id: guildId, unavailable: true }],
			session_id: `session-${Date.now()}`,
			resume_gateway_url: this.options.resumeUrl(),
			shard: [0, 1],
			application: { id: applicationId, flags: 0 },
		});
		send('GUILD_CREATE', guildPayload(guildId, channelIds, bot.id));
		this.#ready.add(session);
		for (const resolve of this.#readyWaiters.splice(0)) resolve();
	}
}
