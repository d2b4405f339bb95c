/**
 * A problem the user can fix (an empty question, an unknown command). The boundary answers it ephemerally with
 * `message` and logs it quietly; `code` is stable so tests and logs can tell the cases apart.
 */
export class UserError extends Error {
	override readonly name = 'UserError';
	constructor(
		readonly code: string,
		message: string,
	) {
		super(message);
	}
}
