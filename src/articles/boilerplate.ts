/**
 * Publishing furniture that surrounds an article's words and is never quoted as an answer. Each pattern is
 * tested against a whole block (a paragraph between blank lines), trimmed.
 */
export const BOILERPLATE: ReadonlyArray<{ name: string; pattern: RegExp }> = [
	{
		name: 'affiliate disclaimer',
		pattern: /may receive (a )?commission|independently (chosen|selected) by (our )?editors/i,
	},
	{ name: 'related link', pattern: /^(More|Related|Read more|See also|Also read|Read next)\s*:/i },
	{ name: 'promotion', pattern: /^For more on .{1,80}, (check out|see|read)\b/i },
	{ name: 'subscription', pattern: /real[- ]time updates|subscribe now|sign up for (our|the) newsletter/i },
	{ name: 'stay tuned', pattern: /^Stay tuned to\b.*\b(keep checking|check back)\b/i },
	{
		name: 'photo credit',
		pattern: /^(©|\(c\)\s)|\bPhoto Bank\b|\|\s*[^|]*\b(Getty|Images|Photo|Shutterstock|AP|NBC|CBS)\b[^|]*$/i,
	},
	{ name: 'source line', pattern: /^(Source|Sources|Via|Credit)\s*:\s*\S.{0,80}$/i },
	{
		name: 'comment form',
		pattern: /^(Leave A Reply|Leave a comment|Your email address will not be published|Cancel reply)\b/i,
	},
	{ name: 'share bar', pattern: /^(Share|Tweet|Pin|Email)( on \w+)?$/i },
];

/** A block that opens the reader comment section ("1 Comment", "12 Comments", "Comments"). */
export const COMMENTS_START = /^(\d+\s+)?(Comments?|Responses?|Replies)\s*(\(\d+\))?$/i;

/** Matches a block against the boilerplate list; returns the kind's name or null. */
export function boilerplateKind(block: string): string | null {
	for (const { name, pattern } of BOILERPLATE) if (pattern.test(block)) return name;
	return null;
}
