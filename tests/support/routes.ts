import * as errors from './errors';
import { choiceProblems, commandProblems, messageProblems } from './limits';
import { pings } from './mentions';
import { messagePayload, snowflake } from './payloads';
import type { RecordedRequest, Reply, StandIn } from './stand-in';

/** What the stand-in remembers about one injected interaction. */
export interface Interaction {
	id: string;
	token: string;
	type: number;
	channelId: string;
	/** The callback type the bot acknowledged with, or null while unacknowledged. */
	acknowledged: number | null;
	/** True once the token has expired: every callback and webhook call answers 10062 / 10015. */
	dead: boolean;
	original: Record<string, unknown> | null;
	requests: RecordedRequest[];
	onRequest: () => void;
}

type Body = Record<string, unknown>;
type Handler = (standIn: StandIn, request: RecordedRequest, params: string[]) => Reply;

const EPHEMERAL = 64;
const LOADING = 128;

const routes: Array<[string, RegExp, Handler]> = [
	['GET', /^\/gateway\/bot$/, (s, r) => authed(s, r, () => gatewayBot(s))],
	['GET', /^\/gateway$/, (s) => ({ status: 200, body: { url: s.gatewayUrl } })],
	['GET', /^\/users\/@me$/, (s, r) => authed(s, r, () => ({ status: 200, body: s.bot }))],
	['POST', /^\/interactions\/(\d+)\/([^/]+)\/callback$/, callback],
	['PATCH', /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/, editOriginal],
	[
		'GET',
		/^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/,
		(s, r) => withOriginal(s, r, (_, original) => ok(original)),
	],
	[
		'DELETE',
		/^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/,
		(s, r) => withOriginal(s, r, () => ({ status: 204 })),
	],
	['POST', /^\/webhooks\/(\d+)\/([^/?]+)$/, followUp],
	['POST', /^\/channels\/(\d+)\/messages$/, channelMessage],
	['PATCH', /^\/channels\/(\d+)\/messages\/(\d+)$/, editChannelMessage],
	['PUT', /^\/applications\/(\d+)\/commands$/, (s, r, [app]) => putCommands(s, r, app, 'global')],
	['PUT', /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/, (s, r, [app, guild]) => putCommands(s, r, app, guild)],
	['GET', /^\/applications\/(\d+)\/commands$/, (s, r) => authed(s, r, () => ok(s.commands.get('global') ?? []))],
];

/** Answers one request the way Discord would, and notes the interaction token the route carries. */
export function route(standIn: StandIn, request: RecordedRequest): Reply {
	for (const [method, pattern, handler] of routes) {
		const match = pattern.exec(request.path);
		if (method !== request.method || !match) continue;
		if (request.path.startsWith('/interactions/') || request.path.startsWith('/webhooks/')) request.token = match[2];
		return handler(standIn, request, match.slice(1).map(String));
	}
	return errors.notFound;
}

const ok = (body: unknown): Reply => ({ status: 200, body });

function authed(standIn: StandIn, request: RecordedRequest, then: () => Reply): Reply {
	return request.authorization === `Bot ${standIn.token}` ? then() : errors.unauthorized;
}

function gatewayBot(standIn: StandIn): Reply {
	const limit = { total: 1000, remaining: 1000, reset_after: 86_400_000, max_concurrency: 1 };
	return ok({ url: standIn.gatewayUrl, shards: 1, session_start_limit: limit });
}

function live(standIn: StandIn, token: string): Interaction | null {
	const interaction = standIn.interactions.get(token);
	return interaction && !interaction.dead ? interaction : null;
}

function invalid(problems: ReturnType<typeof messageProblems>): Reply | null {
	return problems.length > 0 ? errors.invalidFormBody(problems) : null;
}

function callback(standIn: StandIn, request: RecordedRequest, [id, token]: string[]): Reply {
	const interaction = live(standIn, String(token));
	if (!interaction || interaction.id !== id) return errors.unknownInteraction;
	if (interaction.acknowledged !== null) return errors.alreadyAcknowledged;
	const { type, data = {} } = (request.body ?? {}) as { type?: number; data?: Body };
	const allowed = interaction.type === 4 ? [8] : interaction.type === 3 ? [4, 5, 6, 7, 9] : [4, 5, 9];
	if (type === undefined || !allowed.includes(type)) {
		return errors.invalidFormBody([
			{ path: 'type', code: 'INTERACTION_RESPONSE_TYPE', message: 'Invalid response type' },
		]);
	}
	const problem =
		type === 8 ? invalid(choiceProblems(data)) : type === 4 || type === 7 ? invalid(messageProblems(data)) : null;
	if (problem) return problem;
	interaction.acknowledged = type;
	if (type === 4 || type === 7) request.pings = pings(data, { interaction: true });
	if (type === 4) interaction.original = messagePayload(interaction.channelId, standIn.bot, data);
	if (type === 5) {
		const flags = LOADING | (Number(data.flags ?? 0) & EPHEMERAL);
		interaction.original = messagePayload(interaction.channelId, standIn.bot, { flags });
	}
	if (request.query.with_response !== 'true') return { status: 204 };
	const message = interaction.original;
	return ok({
		interaction: { id, type: interaction.type, response_message_id: message?.id ?? null },
		resource: { type, ...(message ? { message } : {}) },
	});
}

function withOriginal(
	standIn: StandIn,
	request: RecordedRequest,
	then: (interaction: Interaction, original: Body | null) => Reply,
): Reply {
	const interaction = live(standIn, String(request.token));
	if (!interaction) return errors.unknownWebhook;
	if (!interaction.original) return errors.unknownMessage;
	return then(interaction, interaction.original);
}

function editOriginal(standIn: StandIn, request: RecordedRequest): Reply {
	return withOriginal(standIn, request, (interaction, original) => {
		const body = (request.body ?? {}) as Body;
		const problem = invalid(messageProblems(body, { requireContent: false }));
		if (problem) return problem;
		request.pings = pings(body, { interaction: true });
		const flags = Number(original?.flags ?? 0) & ~LOADING;
		interaction.original = { ...original, ...messagePayload(interaction.channelId, standIn.bot, body), flags };
		interaction.original.id = original?.id;
		return ok(interaction.original);
	});
}

function followUp(standIn: StandIn, request: RecordedRequest): Reply {
	const interaction = live(standIn, String(request.token));
	if (!interaction || interaction.acknowledged === null) return errors.unknownWebhook;
	const body = (request.body ?? {}) as Body;
	const problem = invalid(messageProblems(body));
	if (problem) return problem;
	request.pings = pings(body, { interaction: true });
	const message = messagePayload(interaction.channelId, standIn.bot, body);
	return request.query.wait === 'true' ? ok(message) : { status: 204 };
}

function channelMessage(standIn: StandIn, request: RecordedRequest, [channelId]: string[]): Reply {
	return authed(standIn, request, () => {
		if (channelId === standIn.lockedChannelId) return errors.missingPermissions;
		if (channelId !== standIn.channelId) return errors.unknownChannel;
		const body = (request.body ?? {}) as Body;
		const problem = invalid(messageProblems(body));
		if (problem) return problem;
		request.pings = pings(body, { interaction: false });
		const message = messagePayload(channelId, standIn.bot, body);
		standIn.channelMessages.push({ channelId, body, id: String(message.id), edits: [] });
		return ok(message);
	});
}

/** Edits a message the bot sent to a channel (the daily reveal): 10008 for a message it never sent there. */
function editChannelMessage(standIn: StandIn, request: RecordedRequest, [channelId, messageId]: string[]): Reply {
	return authed(standIn, request, () => {
		if (channelId === standIn.lockedChannelId) return errors.missingPermissions;
		if (channelId !== standIn.channelId) return errors.unknownChannel;
		const sent = standIn.channelMessages.find((m) => m.channelId === channelId && m.id === messageId);
		if (!sent) return errors.unknownMessage;
		const body = (request.body ?? {}) as Body;
		const problem = invalid(messageProblems(body, { requireContent: false }));
		if (problem) return problem;
		request.pings = pings(body, { interaction: false });
		sent.edits?.push(body);
		return ok(messagePayload(channelId, standIn.bot, { ...sent.body, ...body }, messageId));
	});
}

function putCommands(standIn: StandIn, request: RecordedRequest, app: string | undefined, scope: string | undefined) {
	return authed(standIn, request, () => {
		if (app !== standIn.applicationId) return errors.unknownApplication;
		if (scope !== 'global' && scope !== standIn.guildId) return errors.missingAccess;
		const commands = Array.isArray(request.body) ? (request.body as Body[]) : [];
		const problem = invalid(commandProblems(commands));
		if (problem) return problem;
		const stored = commands.map((command) => ({
			id: snowflake(),
			application_id: app,
			version: snowflake(),
			default_member_permissions: null,
			type: 1,
			...(scope === 'global' ? {} : { guild_id: scope }),
			...command,
		}));
		standIn.commands.set(String(scope), stored);
		return ok(stored);
	});
}
