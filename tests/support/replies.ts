import type { APIEmbed } from 'discord.js';
import type { RecordedRequest } from './stand-in';

type Body = Record<string, unknown>;

/** Whether a request carries a message (an interaction reply or update, a webhook message, a channel message). */
export function isMessageBearing(request: RecordedRequest): boolean {
	if (request.method === 'GET' || request.method === 'DELETE') return false;
	if (request.path.endsWith('/callback')) return [4, 7].includes(Number((request.body as Body | undefined)?.type));
	return request.path.startsWith('/webhooks/') || /^\/channels\/\d+\/messages$/.test(request.path);
}

/** The message a request carries: `data` of an interaction callback, the body otherwise. */
export function messageOf(request: RecordedRequest): Body {
	const body = (request.body ?? {}) as Body;
	return request.path.endsWith('/callback') ? ((body.data ?? {}) as Body) : body;
}

/** The last message the bot sent in an exchange: what the user ends up seeing. */
export function finalMessage(requests: RecordedRequest[]): Body {
	const last = requests.filter(isMessageBearing).at(-1);
	if (!last) throw new Error(`no message among: ${requests.map((r) => `${r.method} ${r.status}`).join(', ')}`);
	return messageOf(last);
}

export function embedOf(message: Body): APIEmbed {
	const [embed] = (message.embeds ?? []) as APIEmbed[];
	if (!embed) throw new Error(`no embed in ${JSON.stringify(message).slice(0, 300)}`);
	return embed;
}

/** `method status` for each request, e.g. `POST callback 204`, `PATCH webhook 200`: the shape tests assert on. */
export function summary(requests: RecordedRequest[]): string[] {
	return requests.map((r) => {
		const kind = r.path.endsWith('/callback')
			? `callback:${(r.body as Body | undefined)?.type}`
			: r.path.startsWith('/webhooks/')
				? r.path.endsWith('@original')
					? 'original'
					: 'followup'
				: r.path;
		return `${r.method} ${kind} ${r.status}`;
	});
}

export const EPHEMERAL = 64;
