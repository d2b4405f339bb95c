import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seasonsIn } from '../../src/spoilers/seasons';

const article = (id: string) => readFileSync(new URL(`../../data/articles/${id}.txt`, import.meta.url), 'utf8');

describe('GIVEN a phrase that names a season', () => {
	it.each([
		['season 10', [10]],
		['the Season 11 finale', [11]],
		['early in season 10', [10]],
		['season five', [5]],
		['the sixth season', [6]],
		['its 10th season', [10]],
		['a first-season episode', [1]],
		['series 14', [14]],
		['seasons 9 and 10', [9, 10]],
		['Seasons 5, 6 and 7', [5, 6, 7]],
		['the fifth and sixth seasons', [5, 6]],
		['seasons 9-11', [9, 10, 11]],
		['seasons 9 through 12', [9, 10, 11, 12]],
		['the first episode of season five', [5]],
		['the season 11 premiere recalled the season 10 exit', [10, 11]],
	])('WHEN the text is "%s" THEN it mentions %j', (text, expected) => {
		expect(seasonsIn(text)).toEqual(expected);
	});
});

describe('GIVEN a phrase that counts seasons without naming one', () => {
	it.each([
		'two seasons',
		'one last season',
		'this season',
		'another three years',
		'the 2023 season',
		'season 100',
		'at the end of my sixth season',
		'Chicago Fire Season 14 and Chicago Med Season 11',
	])('WHEN the text is "%s" THEN it mentions no season of the show', (text) => {
		expect(seasonsIn(text)).toEqual([]);
	});

	it('WHEN a list of digits is followed by a number word THEN the word is not read as a season', () => {
		expect(seasonsIn('In season 10, one of the best episodes aired')).toEqual([10]);
	});
});

describe('GIVEN the real sentences of the articles in data/', () => {
	const cases: Array<[string, string, number[]]> = [
		['soaps-real-reason-upton-halstead', 'Why was Jay Halstead not in the Chicago P.D. Season 11 finale?', [11]],
		['soaps-real-reason-upton-halstead', 'they got a divorce following Soffer’s departure in Season 10.', [10]],
		['soffer-teases-more-upstead', 'Jay and Hailey were partnered in the first episode of season five', [5]],
		['soffer-teases-more-upstead', 'In season six, their relationship deepened', [6]],
		['soffer-teases-more-upstead', 'By Chicago PD season seven, when Jay again was shot in episode ten', [7]],
		['spiridakos-hanging-up-her-badge', 'the actress is set to make her exit in series 14', [14]],
		['spiridakos-hanging-up-her-badge', 'Tracy Spiridakos will leave Chicago P.D. in the season 11 finale', [11]],
		['spiridakos-hanging-up-her-badge', 'I decided at the end of my sixth season', []],
		['spiridakos-hanging-up-her-badge', 'I wanted us to send out the character with one last season', []],
		['spiridakos-soffer-dating', 'Halstead’s sudden departure came early in season 10', [10]],
		['spiridakos-soffer-dating', 'whom he married in season 9', [9]],
		['spiridakos-soffer-dating', 'In the season 11 premiere, she signed the divorce papers', [11]],
		['spiridakos-soffer-dating', 'Soffer joined Chicago P.D. in its first season', [1]],
		['spiridakos-soffer-dating', 'after a decade of playing Halstead', []],
	];

	it.each(cases)('WHEN %s says "%s" THEN it mentions %j', (id, sentence, expected) => {
		// The sentence must really be in the article, so the test breaks if the data changes under it.
		expect(article(id)).toContain(sentence);
		expect(seasonsIn(sentence)).toEqual(expected);
	});

	it.each([
		['soaps-real-reason-upton-halstead', [10, 11]],
		['soffer-teases-more-upstead', [5, 6, 7]],
		['spiridakos-hanging-up-her-badge', [10, 11, 14]],
		['spiridakos-soffer-dating', [1, 9, 10, 11]],
	])('WHEN the whole of %s is read THEN it mentions exactly %j', (id, expected) => {
		expect(seasonsIn(article(id))).toEqual(expected);
	});
});
