import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
	allAnswers,
	MAX_PARAM_LENGTH,
	parseAnswers,
	recommendRole,
	serializeAnswers,
	type Answers,
	type Factor,
	type Lean,
	type Result,
} from './recommend';

/** The guide's factors exactly as the site reads them: content/guide/*.yaml in question order. */
const dir = new URL('../../content/guide/', import.meta.url);
const guide = readdirSync(dir)
	.filter((name) => name.endsWith('.yaml'))
	.map((name) => parse(readFileSync(new URL(name, dir), 'utf8')) as Factor & { order: number })
	.sort((a, b) => a.order - b.order);
const factors: Factor[] = guide;

const summary = (result: Result | undefined) =>
	result ? (result.recommendation === 'combined' ? `combined/${result.lean}` : result.recommendation) : 'none';
const answer = (size: string, industry: string, goal: string) =>
	summary(recommendRole(factors, { size, industry, goal }));

describe('recommendRole over every combination of answers', () => {
	// The specification: size / industry / goal -> recommendation (and lean for one person).
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
		'growing service innovation': 'combined/balanced',
		'growing service both': 'cio',
		'growing mixed efficiency': 'cio',
		'growing mixed innovation': 'cto',
		'growing mixed both': 'combined/balanced',
		'large tech efficiency': 'both',
		'large tech innovation': 'cto',
		'large tech both': 'cto',
		'large service efficiency': 'cio',
		'large service innovation': 'both',
		'large service both': 'cio',
		'large mixed efficiency': 'cio',
		'large mixed innovation': 'cto',
		'large mixed both': 'both',
	};

	it('covers all 27 combinations', () => {
		expect(allAnswers(factors)).toHaveLength(27);
		expect(Object.keys(expected)).toHaveLength(27);
	});

	for (const [combo, want] of Object.entries(expected)) {
		it(`${combo} -> ${want}`, () => {
			const [size, industry, goal] = combo.split(' ') as [string, string, string];
			expect(answer(size, industry, goal)).toBe(want);
		});
	}
});

describe('properties of the recommendation', () => {
	const combos = allAnswers(factors);
	const results = combos.map((answers) => ({ answers, result: recommendRole(factors, answers)! }));
	/** Position on the CIO -> CTO axis: a role, or the lean of one person, or both balanced. */
	const position = (result: Result): number => {
		const lean: Lean =
			result.recommendation === 'combined'
				? result.lean!
				: result.recommendation === 'both'
					? 'balanced'
					: result.recommendation;
		return { cio: -1, balanced: 0, cto: 1 }[lean];
	};

	it('gives a result for every complete set of answers', () => {
		for (const { result } of results) expect(result).toBeDefined();
	});

	it('moving the goal from efficiency toward innovation never moves the answer toward the CIO', () => {
		for (const size of ['small', 'growing', 'large']) {
			for (const industry of ['tech', 'service', 'mixed']) {
				const [efficiency, both, innovation] = ['efficiency', 'both', 'innovation'].map((goal) =>
					position(recommendRole(factors, { size, industry, goal })!),
				) as [number, number, number];
				expect(both, `${size} ${industry}`).toBeGreaterThanOrEqual(efficiency);
				expect(innovation, `${size} ${industry}`).toBeGreaterThanOrEqual(both);
				// And the other way round: toward efficiency never moves it toward the CTO.
				expect(efficiency, `${size} ${industry}`).toBeLessThanOrEqual(innovation);
			}
		}
	});

	it('never tells a small organisation to hire two executives', () => {
		const small = results.filter(({ answers }) => answers['size'] === 'small');
		expect(small).toHaveLength(9);
		for (const { result } of small) expect(result.recommendation).toBe('combined');
	});

	it('gives a lean for one person covering both roles, and only then', () => {
		for (const { result } of results) {
			expect(result.lean !== undefined).toBe(result.recommendation === 'combined');
		}
	});

	it('gives one reason per answer, each linking to a section the guide page renders', () => {
		// GuideFactors renders one section per factor with `id={anchor}` on /guide/.
		const guideSections = new Set(guide.map((factor) => factor.anchor));
		for (const { answers, result } of results) {
			expect(result.reasons.map((reason) => reason.param)).toEqual(['size', 'industry', 'goal']);
			for (const reason of result.reasons) {
				expect(guideSections.has(reason.anchor)).toBe(true);
				const option = factors
					.find((f) => f.param === reason.param)!
					.options.find((o) => o.id === answers[reason.param]);
				expect(reason.text).toBe(option!.reason);
			}
		}
	});

	it('can produce every kind of answer', () => {
		const kinds = new Set(results.map(({ result }) => result.recommendation));
		expect([...kinds].sort()).toEqual(['both', 'cio', 'combined', 'cto']);
	});
});

describe('recommendRole with incomplete or unknown answers', () => {
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
