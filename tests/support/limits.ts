/**
 * Discord's documented limits, checked the way Discord checks them: a body that breaks one is answered with
 * 50035 Invalid Form Body, so a test that only looks at statuses still catches an over-long reply.
 */
export interface Problem {
	path: string;
	code: string;
	message: string;
}

type Body = Record<string, unknown>;

const tooLong = (path: string, max: number): Problem => ({
	path,
	code: 'BASE_TYPE_MAX_LENGTH',
	message: `Must be ${max} or fewer in length.`,
});

function text(problems: Problem[], path: string, value: unknown, max: number, min = 0): number {
	if (value === undefined || value === null) return 0;
	if (typeof value !== 'string') {
		problems.push({ path, code: 'STRING_TYPE_CONVERT', message: 'Could not interpret as string.' });
		return 0;
	}
	if (value.length > max) problems.push(tooLong(path, max));
	if (value.length < min)
		problems.push({ path, code: 'BASE_TYPE_MIN_LENGTH', message: `Must be ${min} or more in length.` });
	return value.length;
}

function embedProblems(problems: Problem[], embed: Body, at: string): number {
	let total = 0;
	total += text(problems, `${at}.title`, embed.title, 256);
	total += text(problems, `${at}.description`, embed.description, 4096);
	total += text(problems, `${at}.footer.text`, (embed.footer as Body | undefined)?.text, 2048);
	total += text(problems, `${at}.author.name`, (embed.author as Body | undefined)?.name, 256);
	const fields = (embed.fields as Body[] | undefined) ?? [];
	if (fields.length > 25)
		problems.push({ path: `${at}.fields`, code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
	fields.forEach((field, index) => {
		total += text(problems, `${at}.fields.${index}.name`, field.name, 256, 1);
		total += text(problems, `${at}.fields.${index}.value`, field.value, 1024, 1);
	});
	return total;
}

/** Problems with a message body (interaction reply, webhook edit or follow-up, channel message). */
export function messageProblems(body: Body, { requireContent = true } = {}): Problem[] {
	const problems: Problem[] = [];
	text(problems, 'content', body.content, 2000);
	const embeds = (body.embeds as Body[] | undefined) ?? [];
	if (embeds.length > 10)
		problems.push({ path: 'embeds', code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 10 or fewer in length.' });
	const total = embeds.reduce((sum, embed, index) => sum + embedProblems(problems, embed, `embeds.${index}`), 0);
	if (total > 6000)
		problems.push({
			path: 'embeds',
			code: 'MAX_EMBED_SIZE_EXCEEDED',
			message: 'Embed size exceeds maximum size of 6000',
		});
	const rows = (body.components as Body[] | undefined) ?? [];
	if (rows.length > 5)
		problems.push({ path: 'components', code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 5 or fewer in length.' });
	rows.forEach((row, r) => {
		const items = (row.components as Body[] | undefined) ?? [];
		if (items.length > 5) problems.push(tooLong(`components.${r}.components`, 5));
		items.forEach((item, i) => {
			text(problems, `components.${r}.components.${i}.custom_id`, item.custom_id, 100);
			text(problems, `components.${r}.components.${i}.label`, item.label, 80);
		});
	});
	const empty = !body.content && embeds.length === 0 && rows.length === 0;
	if (requireContent && empty)
		problems.push({ path: 'content', code: 'EMPTY', message: 'Cannot send an empty message' });
	return problems;
}

/** Problems with an autocomplete answer (callback type 8). */
export function choiceProblems(body: Body): Problem[] {
	const problems: Problem[] = [];
	const choices = (body.choices as Body[] | undefined) ?? [];
	if (choices.length > 25) problems.push(tooLong('choices', 25));
	choices.forEach((choice, index) => {
		text(problems, `choices.${index}.name`, choice.name, 100, 1);
		if (typeof choice.value === 'string') text(problems, `choices.${index}.value`, choice.value, 100, 1);
	});
	return problems;
}

const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function nameProblems(problems: Problem[], path: string, item: Body): number {
	const name = String(item.name ?? '');
	if (!NAME.test(name) || name !== name.toLowerCase()) {
		problems.push({
			path: `${path}.name`,
			code: 'APPLICATION_COMMAND_INVALID_NAME',
			message: 'Command name is invalid',
		});
	}
	return name.length + text(problems, `${path}.description`, item.description, 100, 1);
}

function optionProblems(problems: Problem[], path: string, options: Body[]): number {
	let size = 0;
	if (options.length > 25) problems.push(tooLong(`${path}.options`, 25));
	let optionalSeen = false;
	options.forEach((option, index) => {
		const at = `${path}.options.${index}`;
		size += nameProblems(problems, at, option);
		if (option.required && optionalSeen) {
			problems.push({
				path: at,
				code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
				message: 'Required options must be placed before non-required options',
			});
		}
		if (!option.required) optionalSeen = true;
		const choices = (option.choices as Body[] | undefined) ?? [];
		if (choices.length > 25) problems.push(tooLong(`${at}.choices`, 25));
		if (choices.length > 0 && option.autocomplete) {
			problems.push({ path: at, code: 'AUTOCOMPLETE_CHOICES', message: 'Autocomplete cannot be set with choices' });
		}
		for (const choice of choices) size += String(choice.name).length + String(choice.value).length;
		const maxLength = option.max_length as number | undefined;
		if (maxLength !== undefined && (maxLength < 1 || maxLength > 6000))
			problems.push(tooLong(`${at}.max_length`, 6000));
		size += optionProblems(problems, at, (option.options as Body[] | undefined) ?? []);
	});
	return size;
}

/** Problems with a bulk command registration (PUT .../commands). */
export function commandProblems(commands: Body[]): Problem[] {
	const problems: Problem[] = [];
	if (commands.length > 100) problems.push(tooLong('', 100));
	const seen = new Set<string>();
	commands.forEach((command, index) => {
		const size =
			nameProblems(problems, `${index}`, command) +
			optionProblems(problems, `${index}`, (command.options as Body[] | undefined) ?? []);
		if (size > 8000)
			problems.push({
				path: `${index}`,
				code: 'APPLICATION_COMMAND_TOO_LARGE',
				message: 'Command exceeds maximum size (8000)',
			});
		const key = `${command.type ?? 1}:${command.name}`;
		if (seen.has(key))
			problems.push({
				path: `${index}.name`,
				code: 'APPLICATION_COMMANDS_DUPLICATE_NAME',
				message: 'Application command names must be unique',
			});
		seen.add(key);
	});
	return problems;
}

/** Discord's nested error object for 50035: `{ embeds: { 0: { description: { _errors: [...] } } } }`. */
export function formErrors(problems: Problem[]): Record<string, unknown> {
	const root: Record<string, unknown> = {};
	for (const { path, code, message } of problems) {
		let node = root;
		for (const key of path.split('.').filter(Boolean)) {
			node[key] ??= {};
			node = node[key] as Record<string, unknown>;
		}
		node._errors ??= [];
		(node._errors as unknown[]).push({ code, message });
	}
	return root;
}
