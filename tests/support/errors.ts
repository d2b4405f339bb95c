import { formErrors, type Problem } from './limits';

/** Discord's error bodies, as `{ status, body }` for the stand-in to answer with. */
export interface DiscordError {
	status: number;
	body: Record<string, unknown>;
}

export const unauthorized: DiscordError = { status: 401, body: { message: '401: Unauthorized', code: 0 } };
export const notFound: DiscordError = { status: 404, body: { message: '404: Not Found', code: 0 } };
export const unknownInteraction: DiscordError = { status: 404, body: { message: 'Unknown interaction', code: 10062 } };
export const unknownWebhook: DiscordError = { status: 404, body: { message: 'Unknown Webhook', code: 10015 } };
export const unknownMessage: DiscordError = { status: 404, body: { message: 'Unknown Message', code: 10008 } };
export const unknownChannel: DiscordError = { status: 404, body: { message: 'Unknown Channel', code: 10003 } };
export const unknownApplication: DiscordError = { status: 404, body: { message: 'Unknown Application', code: 10002 } };
export const alreadyAcknowledged: DiscordError = {
	status: 400,
	body: { message: 'Interaction has already been acknowledged.', code: 40060 },
};
export const missingPermissions: DiscordError = { status: 403, body: { message: 'Missing Permissions', code: 50013 } };

export function invalidFormBody(problems: Problem[]): DiscordError {
	return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors: formErrors(problems) } };
}
export const missingAccess: DiscordError = { status: 403, body: { message: 'Missing Access', code: 50001 } };
