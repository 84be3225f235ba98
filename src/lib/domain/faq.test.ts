import { describe, expect, it } from 'vitest';
import { answerText, faqListGroups, faqProblems, questionGroups, questionsOf } from './faq';

describe('faqListGroups', () => {
	it('finds each list of questions in a body, in order', () => {
		expect(faqListGroups('## A\n\n<FaqList group="roles" />\n\n## B\n\n<FaqList  group="silent"/>')).toEqual([
			'roles',
			'silent',
		]);
		expect(faqListGroups('<EntryPoints />')).toEqual([]);
	});
});

describe('questionsOf', () => {
	it('keeps the order of the groups, then of the questions', () => {
		const questions = [
			{ id: 'a', group: 'x' },
			{ id: 'b', group: 'y' },
			{ id: 'c', group: 'x' },
		];
		expect(questionsOf(questions, ['y', 'x']).map((question) => question.id)).toEqual(['b', 'a', 'c']);
	});
});

describe('faqProblems', () => {
	it('names a question no page shows and a link to no page', () => {
		const file = (id: string) => `content/faq/${id}.yaml`;
		expect(
			faqProblems(
				[
					{ id: 'ok', group: 'roles', links: ['guide#goals'] },
					{ id: 'lost', group: 'gone', links: ['nowhere#x', 'roles/cio'] },
				],
				new Set(['roles']),
				new Set(['guide', 'roles/cio']),
				file,
			),
		).toEqual([
			'content/faq/lost.yaml: group "gone" is shown on no page (no <FaqList group="gone" />).',
			'content/faq/lost.yaml: field "links" has "nowhere#x", which names no page.',
		]);
	});
});

describe('answerText', () => {
	it('puts the one-line answer first, then the evidence', () => {
		expect(answerText({ answer: 'The CIO.', explanation: 'The article: <q>x</q>.' })).toBe(
			'The CIO. The article: <q>x</q>.',
		);
		expect(answerText({ answer: 'The article does not say.' })).toBe('The article does not say.');
	});
});

describe('questionGroups', () => {
	const questions = [
		{ id: 'a', group: 'x' },
		{ id: 'b', group: 'y' },
		{ id: 'c', group: 'x' },
	];
	const headings = [
		{ slug: 'x', text: 'Group X' },
		{ slug: 'y', text: 'Group Y' },
	];
	it('names each group by its section heading and lists its questions in order', () => {
		expect(questionGroups(questions, ['x', 'y'], headings, 'faq.mdx')).toEqual([
			{ id: 'x', title: 'Group X', questions: [questions[0], questions[2]] },
			{ id: 'y', title: 'Group Y', questions: [questions[1]] },
		]);
	});
	it('fails, naming the group, when no heading carries its id', () => {
		expect(() => questionGroups(questions, ['z'], headings, 'faq.mdx')).toThrow(
			'faq.mdx: <FaqList group="z" /> stands under no heading with the id {#z}.',
		);
	});
});
