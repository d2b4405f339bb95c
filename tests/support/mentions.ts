/** Who a message would notify. */
export interface Pings {
	everyone: boolean;
	users: string[];
	roles: string[];
}

type Body = Record<string, unknown>;
type Parse = 'everyone' | 'users' | 'roles';

/**
 * Who a message pings, by Discord's rules: only `content` can ping (embeds never do); `allowed_mentions`
 * narrows it; without it a channel message parses every kind and an interaction reply parses users only.
 */
export function pings(body: Body, { interaction }: { interaction: boolean }): Pings {
	const content = typeof body.content === 'string' ? body.content : '';
	const allowed = body.allowed_mentions as { parse?: Parse[]; users?: string[]; roles?: string[] } | undefined;
	const parse = new Set<Parse>(
		allowed ? (allowed.parse ?? []) : interaction ? ['users'] : ['everyone', 'users', 'roles'],
	);
	const users = [...content.matchAll(/<@!?(\d+)>/g)].map((m) => String(m[1]));
	const roles = [...content.matchAll(/<@&(\d+)>/g)].map((m) => String(m[1]));
	return {
		everyone: parse.has('everyone') && /@(everyone|here)/.test(content),
		users: users.filter((id) => parse.has('users') || allowed?.users?.includes(id)),
		roles: roles.filter((id) => parse.has('roles') || allowed?.roles?.includes(id)),
	};
}

export const nobody = (p: Pings | undefined): boolean =>
	!p || (!p.everyone && p.users.length === 0 && p.roles.length === 0);
