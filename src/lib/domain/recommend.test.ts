import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
	allAnswers,
	answersId,
	answersIndex,
	MAX_PARAM_LENGTH,
	parseAnswers,
	recommendRole,
	relationOf,
	serializeAnswers,
	sideOf,
	type Answers,
	type Factor,
	type Result,
} from './recommend';
import { factorProblems } from './recommend-checks';

/** The guide's facts exactly as the site reads them: content/guide/*.yaml in question order. */
const dir = new URL('../../../content/guide/', import.meta.url);
const factors: Factor[] = readdirSync(dir)
	.filter((name) => name.endsWith('.yaml'))
	.map((name) => parse(readFileSync(new URL(name, dir), 'utf8')) as Factor & { order: number })
	.sort((a, b) => a.order - b.order);

const summary = (result: Result | undefined) =>
	result ? (result.recommendation === 'combined' ? `combined/${result.lean}` : result.recommendation) : 'none';
const recommend = (size: string, industry: string, goal: string) => recommendRole(factors, { size, industry, goal })!;
const answer = (size: string, industry: string, goal: string) => summary(recommend(size, industry, goal));

const SIZES = ['small', 'growing', 'large'] as const;
const INDUSTRIES = ['service', 'mixed', 'tech'] as const;
const GOALS = ['efficiency', 'both', 'innovation'] as const;
/** Every one of the 27 answers, with its result. */
const results = allAnswers(factors).map((answers) => ({ answers, result: recommendRole(factors, answers)! }));
const where = (answers: Answers) => `${answers['size']} ${answers['industry']} ${answers['goal']}`;

/** Position on the CIO -> CTO axis: a role, the lean of one executive, or both (balanced). */
const position = (result: Result): number => {
	const side = sideOf(result);
	return side === 'cio' ? -1 : side === 'cto' ? 1 : 0;
};
/** How many executives the answer names. */
const executives = (result: Result) => (result.recommendation === 'both' ? 2 : 1);
/** Whether the result names this role as a role of its own, alone or with the other. */
const names = (result: Result, role: 'cio' | 'cto') =>
	result.recommendation === role || result.recommendation === 'both';

describe('the guide as data', () => {
	it('covers 27 combinations of three questions, every one with a result', () => {
		expect(factors.map((factor) => factor.param)).toEqual(['size', 'industry', 'goal']);
		expect(results).toHaveLength(27);
		for (const { answers, result } of results) expect(result, where(answers)).toBeDefined();
	});

	it('has no rule that names a question or an answer the guide does not have', () => {
		expect(factorProblems(factors)).toEqual([]);
		const broken = factors.map((factor) =>
			factor.param !== 'size'
				? factor
				: {
						...factor,
						options: factor.options.map((option) => ({
							...option,
							structure: {
								maxExecutives: 2 as const,
								whenBalanced: 'both' as const,
								bothWhen: [{ goal: 'all' }, { colour: 'red' }],
							},
						})),
					},
		);
		expect(factorProblems(broken).slice(0, 2)).toEqual([
			{
				param: 'size',
				field: 'options[0].structure.bothWhen[0].goal',
				problem: '"all" is not an answer; expected one of efficiency, innovation, both',
			},
			{
				param: 'size',
				field: 'options[0].structure.bothWhen[1].colour',
				problem: '"colour" is not another question of the guide',
			},
		]);
	});
});

describe('what the article says about company size holds for every answer', () => {
	it('a start-up or small company always gets one executive covering both roles (“might have a single executive handling both roles”)', () => {
		for (const { answers, result } of results.filter(({ answers }) => answers['size'] === 'small')) {
			expect(result.recommendation, where(answers)).toBe('combined');
		}
	});

	it('as the company grows the roles become more distinct: never fewer executives, and a large enterprise never one covering both', () => {
		for (const industry of INDUSTRIES) {
			for (const goal of GOALS) {
				const [small, growing, large] = SIZES.map((size) => recommend(size, industry, goal));
				expect(executives(growing!), `${industry} ${goal}`).toBeGreaterThanOrEqual(executives(small!));
				expect(executives(large!), `${industry} ${goal}`).toBeGreaterThanOrEqual(executives(growing!));
				expect(large!.recommendation, `large ${industry} ${goal}`).not.toBe('combined');
			}
		}
	});

	it('only a growing or large organisation gets both roles, and not every one does (“Not every organization needs both”)', () => {
		const both = results.filter(({ result }) => result.recommendation === 'both');
		expect(both.length).toBeGreaterThan(0);
		expect(both.length).toBeLessThan(results.length);
		for (const { answers } of both) expect(answers['size'], where(answers)).not.toBe('small');
	});
});

describe('what the article says about industry holds for every answer', () => {
	it('a tech-centric or product-based company never gets a CIO alone or one executive leaning CIO (“might prioritize having a CTO”)', () => {
		for (const { answers, result } of results.filter(({ answers }) => answers['industry'] === 'tech')) {
			expect(sideOf(result), where(answers)).not.toBe('cio');
		}
	});

	it('a service-based or operations-heavy company never gets a CTO alone or one executive leaning CTO (“might lean more towards a CIO”)', () => {
		for (const { answers, result } of results.filter(({ answers }) => answers['industry'] === 'service')) {
			expect(sideOf(result), where(answers)).not.toBe('cto');
		}
	});

	it('in a growing or large organisation, heavy internal operations always keep a CIO in the answer (“a significant operational focus might lean more towards a CIO”)', () => {
		const operational = results.filter(({ answers }) => answers['industry'] !== 'tech' && answers['size'] !== 'small');
		expect(operational).toHaveLength(12);
		for (const { answers, result } of operational) expect(names(result, 'cio'), where(answers)).toBe(true);
		// A product of its own as well does not drop the CIO when the goal calls for a CTO.
		expect(answer('growing', 'mixed', 'innovation')).toBe('both');
		expect(answer('large', 'mixed', 'innovation')).toBe('both');
	});

	it('moving the industry from service-based towards product-based never moves the answer towards the CIO', () => {
		for (const size of SIZES) {
			for (const goal of GOALS) {
				const [service, mixed, tech] = INDUSTRIES.map((industry) => position(recommend(size, industry, goal)));
				expect(mixed, `${size} ${goal}`).toBeGreaterThanOrEqual(service!);
				expect(tech, `${size} ${goal}`).toBeGreaterThanOrEqual(mixed!);
			}
		}
	});
});

describe('what the article says about goals holds for every answer', () => {
	it('a goal of operational efficiency never gets a CTO alone or one executive leaning CTO (“a CIO might be more relevant”)', () => {
		for (const { answers, result } of results.filter(({ answers }) => answers['goal'] === 'efficiency')) {
			expect(sideOf(result), where(answers)).not.toBe('cto');
		}
	});

	it('in a growing or large organisation, a goal of product innovation always names a CTO, alone or with a CIO (“a CTO becomes indispensable”)', () => {
		const innovating = results.filter(({ answers }) => answers['goal'] === 'innovation' && answers['size'] !== 'small');
		expect(innovating).toHaveLength(6);
		for (const { answers, result } of innovating) {
			expect(['cto', 'both'], where(answers)).toContain(result.recommendation);
		}
	});

	it('in a growing or large organisation, product innovation as an equal goal names a CTO too: efficiency does not outweigh it', () => {
		const both = results.filter(({ answers }) => answers['goal'] === 'both' && answers['size'] !== 'small');
		expect(both).toHaveLength(6);
		for (const { answers, result } of both) expect(names(result, 'cto'), where(answers)).toBe(true);
		expect(answer('growing', 'service', 'both')).toBe('both');
	});

	it('a small organisation aiming at product innovation never leans towards the CIO', () => {
		for (const industry of INDUSTRIES) expect(sideOf(recommend('small', industry, 'innovation'))).not.toBe('cio');
	});

	it('moving the goal from efficiency towards innovation never moves the answer towards the CIO', () => {
		for (const size of SIZES) {
			for (const industry of INDUSTRIES) {
				const [efficiency, both, innovation] = GOALS.map((goal) => position(recommend(size, industry, goal)));
				expect(both, `${size} ${industry}`).toBeGreaterThanOrEqual(efficiency!);
				expect(innovation, `${size} ${industry}`).toBeGreaterThanOrEqual(both!);
			}
		}
	});
});

describe('the rules that go beyond the article (the site’s reading of “In some cases, having both roles can be beneficial”)', () => {
	it('a large organisation that wants efficiency and innovation together always gets both roles', () => {
		for (const industry of INDUSTRIES) {
			const result = recommend('large', industry, 'both');
			expect(result.recommendation, industry).toBe('both');
			expect(names(result, 'cio') && names(result, 'cto')).toBe(true);
		}
	});

	/** Whether any answer requires a role (a goal that calls for a CTO, an industry that keeps a CIO). */
	const requiring = (answers: Answers) =>
		factors.some((factor) => factor.options.find((option) => option.id === answers[factor.param])?.requires);

	it('a tie, where no answer requires a role: one executive covering both roles for a growing company, both roles for a large one', () => {
		const ties = results.filter(
			({ answers, result }) =>
				answers['size'] !== 'small' &&
				!requiring(answers) &&
				!(answers['size'] === 'large' && answers['goal'] === 'both') &&
				result.score.cio === result.score.cto,
		);
		expect(ties.length).toBeGreaterThan(0);
		for (const { answers, result } of ties) {
			expect(summary(result), where(answers)).toBe(answers['size'] === 'large' ? 'both' : 'combined/balanced');
			expect(result.decidedBy, where(answers)).toBe('size');
		}
	});

	it('answers that require roles name exactly those roles: both when they require different ones', () => {
		for (const { answers, result } of results.filter(
			({ answers }) =>
				answers['size'] !== 'small' &&
				requiring(answers) &&
				!(answers['size'] === 'large' && answers['goal'] === 'both'),
		)) {
			const roles = new Set(
				factors.flatMap(
					(factor) => factor.options.find((option) => option.id === answers[factor.param])?.requires ?? [],
				),
			);
			expect(result.recommendation, where(answers)).toBe(roles.size > 1 ? 'both' : [...roles][0]);
		}
	});

	it('otherwise the side that weighs more wins, and one executive leans towards it', () => {
		for (const { answers, result } of results) {
			const exception = requiring(answers) || (answers['size'] === 'large' && answers['goal'] === 'both');
			const { cio, cto } = result.score;
			if (cio === cto || (exception && answers['size'] !== 'small')) continue;
			expect(sideOf(result), where(answers)).toBe(cio > cto ? 'cio' : 'cto');
		}
	});
});

describe('how each answer bore on the result', () => {
	it('gives one reason per question, in question order, each pointing to the question’s guide section', () => {
		for (const { answers, result } of results) {
			expect(result.reasons.map((reason) => reason.param)).toEqual(['size', 'industry', 'goal']);
			for (const reason of result.reasons) {
				const factor = factors.find((candidate) => candidate.param === reason.param)!;
				expect(reason.option, where(answers)).toBe(answers[reason.param]);
				expect(reason.anchor).toBe(factor.anchor);
			}
		}
	});

	it('says “towards” only of an answer whose weight points to the result, and “away” only of one pointing to the other side', () => {
		for (const { answers, result } of results) {
			const side = sideOf(result);
			for (const reason of result.reasons) {
				const { cio, cto } = reason.weights;
				const label = `${where(answers)}: ${reason.param}`;
				if (reason.relation === 'away') {
					expect(side === 'cio' ? cto > cio : side === 'cto' ? cio > cto : false, label).toBe(true);
				}
				if (reason.relation === 'even') expect(cio === cto && cio > 0, label).toBe(true);
				if (reason.relation === 'toward' && (side === 'cio' || side === 'cto')) {
					expect(reason.weights[side] > reason.weights[side === 'cio' ? 'cto' : 'cio'] || cio + cto === 0, label).toBe(
						true,
					);
				}
			}
		}
		expect(relationOf({ cio: 0, cto: 2 }, 'cio')).toBe('away');
		expect(relationOf({ cio: 1, cto: 1 }, 'cto')).toBe('even');
		expect(relationOf({ cio: 0, cto: 2 }, 'both')).toBe('toward');
	});

	it('explains company size by the result itself, and the other answers by their relation to it', () => {
		for (const { result } of results) {
			const [size, ...weighted] = result.reasons;
			expect(size!.key).toBe(result.recommendation);
			for (const reason of weighted) expect(reason.key).toBe(reason.relation);
		}
	});

	it('names the question that decided the result', () => {
		expect(recommend('small', 'tech', 'innovation').decidedBy).toBe('size');
		expect(recommend('large', 'tech', 'both').decidedBy).toBe('goal');
		expect(recommend('growing', 'service', 'innovation').decidedBy).toBe('goal');
		// The stronger side: the answer weighing most towards it, the earlier question on a tie.
		expect(recommend('growing', 'service', 'efficiency').decidedBy).toBe('industry');
		// Roles required by answers: the last such answer, in question order.
		expect(recommend('growing', 'mixed', 'efficiency').decidedBy).toBe('industry');
		expect(recommend('growing', 'mixed', 'both').decidedBy).toBe('goal');
		expect(recommend('large', 'mixed', 'both').decidedBy).toBe('goal');
		expect(recommend('growing', 'tech', 'efficiency').decidedBy).toBe('size');
		for (const { result } of results) expect(['size', 'industry', 'goal']).toContain(result.decidedBy);
	});
});

describe('every answer, pinned', () => {
	// The table the properties above allow, written out so that a change to the data shows here.
	const expected: Record<string, string> = {
		'small tech efficiency': 'combined/balanced',
		'small tech innovation': 'combined/cto',
		'small tech both': 'combined/cto',
		'small service efficiency': 'combined/cio',
		'small service innovation': 'combined/balanced',
		'small service both': 'combined/cio',
		'small mixed efficiency': 'combined/cio',
		'small mixed innovation': 'combined/cto',
		'small mixed both': 'combined/balanced',
		'growing tech efficiency': 'combined/balanced',
		'growing tech innovation': 'cto',
		'growing tech both': 'cto',
		'growing service efficiency': 'cio',
		'growing service innovation': 'both',
		'growing service both': 'both',
		'growing mixed efficiency': 'cio',
		'growing mixed innovation': 'both',
		'growing mixed both': 'both',
		'large tech efficiency': 'both',
		'large tech innovation': 'cto',
		'large tech both': 'both',
		'large service efficiency': 'cio',
		'large service innovation': 'both',
		'large service both': 'both',
		'large mixed efficiency': 'cio',
		'large mixed innovation': 'both',
		'large mixed both': 'both',
	};

	it('lists all 27', () => expect(Object.keys(expected)).toHaveLength(27));

	for (const [combo, want] of Object.entries(expected)) {
		it(`${combo} -> ${want}`, () => {
			const [size, industry, goal] = combo.split(' ') as [string, string, string];
			expect(answer(size, industry, goal)).toBe(want);
		});
	}
});

describe('recommendRole with incomplete or unknown answers, and with other data', () => {
	it('gives no result until every question is answered with a known option', () => {
		expect(recommendRole(factors, {})).toBeUndefined();
		expect(recommendRole(factors, { size: 'large', industry: 'tech' })).toBeUndefined();
		expect(recommendRole(factors, { size: 'huge', industry: 'tech', goal: 'both' })).toBeUndefined();
	});

	it('takes its rules from the data: a structure change changes the answer', () => {
		const tuned = factors.map((factor) =>
			factor.param !== 'size'
				? factor
				: {
						...factor,
						options: factor.options.map((option) => ({
							...option,
							structure: { maxExecutives: 2 as const, whenBalanced: 'both' as const },
						})),
					},
		);
		expect(summary(recommendRole(tuned, { size: 'small', industry: 'mixed', goal: 'both' }))).toBe('both');
		// Without `requires`, a growing service company aiming at innovation is a tie again.
		const unrequired = factors.map((factor) => ({
			...factor,
			options: factor.options.map(({ requires: _requires, ...option }) => option),
		}));
		expect(summary(recommendRole(unrequired, { size: 'growing', industry: 'service', goal: 'innovation' }))).toBe(
			'combined/balanced',
		);
	});

	it('numbers every answer set in the order of allAnswers', () => {
		allAnswers(factors).forEach((answers, index) => expect(answersIndex(factors, answers)).toBe(index));
		expect(answersIndex(factors, { size: 'huge', industry: 'tech', goal: 'both' })).toBe(-1);
	});

	it('names an answer set by its option ids in question order', () => {
		expect(answersId(factors, { goal: 'efficiency', industry: 'service', size: 'large' })).toBe(
			'large-service-efficiency',
		);
		expect(new Set(results.map(({ answers }) => answersId(factors, answers))).size).toBe(27);
	});
});

describe('parseAnswers', () => {
	const parse = (query: string) => parseAnswers(new URLSearchParams(query), factors);

	it('reads valid answers and ignores nothing', () => {
		expect(parse('size=large&industry=service&goal=efficiency')).toEqual({
			answers: { size: 'large', industry: 'service', goal: 'efficiency' },
			ignored: [],
		});
	});

	it('accepts any case and surrounding spaces', () => {
		expect(parse('size=%20Large%20').answers).toEqual({ size: 'large' });
	});

	it('ignores unknown parameters and unknown values, listing them', () => {
		expect(parse('size=huge&colour=red&goal=both')).toEqual({ answers: { goal: 'both' }, ignored: ['size', 'colour'] });
	});

	it('keeps the first valid value of a repeated parameter and ignores the others', () => {
		expect(parse('size=small&size=large')).toEqual({ answers: { size: 'small' }, ignored: ['size'] });
		expect(parse('size=bogus&size=large')).toEqual({ answers: { size: 'large' }, ignored: ['size'] });
	});

	it('accepts campaign tags silently', () => {
		expect(parse('utm_source=blog&ref=nxtyou&size=small')).toEqual({ answers: { size: 'small' }, ignored: [] });
	});

	it('survives hostile input without throwing', () => {
		const long = 'x'.repeat(5000);
		const hostile = parse(
			`size=<script>alert(1)</script>&${long}=${long}&industry=${long}&goal=%E2%9C%93&%ZZ=%&goal=innovation&💥=💥`,
		);
		expect(hostile.answers).toEqual({ goal: 'innovation' });
		expect(hostile.ignored).toContain('size');
		for (const name of hostile.ignored) expect(name.length).toBeLessThanOrEqual(MAX_PARAM_LENGTH);
	});

	it('reads only a limited number of parameters', () => {
		const many = Array.from({ length: 100 }, (_, i) => `p${i}=1`).join('&') + '&size=small';
		const parsed = parse(many);
		expect(parsed.answers).toEqual({});
		expect(parsed.ignored.length).toBeLessThanOrEqual(31);
	});
});

describe('serializeAnswers', () => {
	it('writes answers in question order and round-trips through parseAnswers', () => {
		const answers: Answers = { goal: 'both', size: 'growing', industry: 'mixed' };
		const query = serializeAnswers(factors, answers);
		expect(query).toBe('size=growing&industry=mixed&goal=both');
		expect(parseAnswers(new URLSearchParams(query), factors).answers).toEqual(answers);
	});

	it('leaves out unanswered and unknown answers', () => {
		expect(serializeAnswers(factors, { size: 'small', goal: 'nope' })).toBe('size=small');
		expect(serializeAnswers(factors, {})).toBe('');
	});
});
