import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import en from '../../../content/ui/en.json' with { type: 'json' };
import { allAnswers, recommendRole, type Factor, type Result } from './recommend';
import {
	answerChips,
	answersLabel,
	answersSlug,
	companyLine,
	decisionCell,
	describeResult,
	maxWeight,
	reasonWords,
	recommenderKeys,
	resultCard,
	rolesOf,
	totalLabel,
	type ViewFactor,
} from './result-card';
import { reasonProblems } from './recommend-checks';
import { closestExample } from './scenarios';
import { toneClasses } from '../browser/tone';

/** The guide as the site reads it: facts from content/guide/*.yaml joined with the English words. */
const dir = new URL('../../../content/guide/', import.meta.url);
const factors: ViewFactor[] = readdirSync(dir)
	.filter((name) => name.endsWith('.yaml'))
	.map((name) => {
		const facts = parse(readFileSync(new URL(name, dir), 'utf8')) as Factor & { order: number };
		const words = parse(readFileSync(new URL(`en/${name}`, dir), 'utf8')) as {
			title: string;
			options: Record<string, { label: string; short: string; company: string; reasons: Record<string, string> }>;
		};
		return {
			...facts,
			title: words.title,
			options: facts.options.map((option) => ({ ...option, ...words.options[option.id]! })),
		};
	})
	.sort((a, b) => (a as unknown as { order: number }).order - (b as unknown as { order: number }).order);

const recommend = (size: string, industry: string, goal: string) => recommendRole(factors, { size, industry, goal })!;
const summary = (result: Pick<Result, 'recommendation' | 'lean'>) => ({
	recommendation: result.recommendation,
	...(result.lean ? { lean: result.lean } : {}),
});

describe('describeResult and decisionCell', () => {
	it('name the role, and the lean for one executive covering both', () => {
		expect(describeResult(summary(recommend('large', 'service', 'efficiency')), en).headline).toBe('A CIO');
		expect(describeResult(summary(recommend('small', 'tech', 'innovation')), en)).toEqual({
			headline: 'One executive covering both roles, leaning towards the CTO side',
			detail: en['recommend.detail.combined'],
		});
		expect(decisionCell(summary(recommend('large', 'mixed', 'both')), en)).toBe('CIO and CTO');
		expect(decisionCell(summary(recommend('small', 'mixed', 'both')), en)).toBe('One executive, balanced');
	});
});

describe('resultCard', () => {
	it('gives one row per answer with its label, its weight in words and a reason written for this result', () => {
		const card = resultCard(recommend('growing', 'service', 'efficiency'), factors, en);
		expect(card).toMatchObject({ recommendation: 'cio', tone: 'cio', headline: 'A CIO', roles: ['cio'] });
		expect(card.rows.map((row) => [row.title, row.label, row.pull, row.relationLabel])).toEqual([
			['Company size', 'Growing company', en['guide.pull.structure'], en['recommend.relation.toward']],
			['Industry', 'Service-based or operations-heavy', en['guide.pull.cio'], en['recommend.relation.toward']],
			['Goals', 'Operational efficiency', en['guide.pull.cio'], en['recommend.relation.toward']],
		]);
		// The size reason speaks of this result, not of "when both sides pull equally".
		expect(card.rows[0]!.text).toContain("CIO's side");
		expect(card.rows[0]!.text).not.toMatch(/weigh the same/);
		expect(card.total).toEqual({ weights: { cio: 4, cto: 0 }, pull: en['guide.pull.cio'] });
		expect(card.decidedBy).toEqual({ title: 'Industry', anchor: 'industry' });
	});

	it('never shows a total that reads as the opposite of the answer: a result of both roles says so with its lean', () => {
		const opposite = { cio: en['guide.pull.cto'], cto: en['guide.pull.cio'] } as Record<string, string>;
		for (const answers of allAnswers(factors)) {
			const result = recommendRole(factors, answers)!;
			const { pull } = resultCard(result, factors, en).total;
			const where = JSON.stringify(answers);
			if (result.recommendation === 'both') {
				expect(pull, where).toMatch(/^Both roles/);
				expect([en['guide.pull.cio'], en['guide.pull.cto']], where).not.toContain(pull);
			} else {
				expect(pull, where).not.toBe(
					opposite[result.recommendation === 'combined' ? result.lean! : result.recommendation],
				);
			}
		}
		expect(totalLabel(recommend('large', 'tech', 'both'), en)).toBe(en['recommend.totalBoth.cto']);
		expect(totalLabel(recommend('large', 'service', 'both'), en)).toBe(en['recommend.totalBoth.cio']);
		expect(totalLabel(recommend('large', 'mixed', 'both'), en)).toBe(en['recommend.totalBoth.balanced']);
	});

	it('says when an answer weighed the same both ways, and explains a tie by the size', () => {
		const cio = resultCard(recommend('growing', 'mixed', 'efficiency'), factors, en);
		expect(cio.rows[1]!.relationLabel).toBe(en['recommend.relation.even']);
		// Heavy operations keep a CIO in the answer (they decided it), whatever the weights.
		expect(cio.rows[1]!.text).toMatch(/keep a CIO in the answer/);
		const tie = resultCard(recommend('growing', 'tech', 'efficiency'), factors, en);
		expect(tie.rows[0]!.text).toMatch(/weigh the same on both sides/);
		expect(tie.tone).toBe('balanced');
		expect(tie.roles).toEqual(['cio', 'cto']);
	});

	it('has a reason for every answer of every one of the 27 results', () => {
		for (const answers of allAnswers(factors)) {
			const card = resultCard(recommendRole(factors, answers)!, factors, en);
			for (const row of card.rows)
				expect(row.text.length, `${JSON.stringify(answers)} ${row.param}`).toBeGreaterThan(20);
		}
	});
});

describe('reasonProblems', () => {
	const results = allAnswers(factors).map((answers) => recommendRole(factors, answers)!);

	it('finds nothing missing or unused in the guide’s words', () => {
		expect(reasonProblems(factors, results)).toEqual([]);
	});

	it('names a reason a result needs but the words lack, and one no result needs', () => {
		const broken = factors.map((factor) =>
			factor.param !== 'industry'
				? factor
				: {
						...factor,
						options: factor.options.map((option) =>
							option.id === 'tech'
								? { ...option, reasons: { away: 'A reason no combination of answers needs.' } }
								: option,
						),
					},
		);
		expect(reasonProblems(broken, results)).toEqual([
			{ param: 'industry', option: 'tech', problem: 'lacks "toward"' },
			{ param: 'industry', option: 'tech', problem: 'has "away", which no combination of answers needs' },
		]);
	});
});

describe('reasonWords', () => {
	it('takes the reasons apart for the browser, and the card finds them there', () => {
		const bare = factors.map((factor) => ({
			...factor,
			options: factor.options.map(({ reasons: _reasons, ...option }) => option),
		}));
		const result = recommend('growing', 'service', 'innovation');
		expect(resultCard(result, bare, en, reasonWords(factors))).toEqual(resultCard(result, factors, en));
		expect(resultCard(result, bare, en).rows.map((row) => row.text)).toEqual(['', '', '']);
	});
});

describe('closestExample', () => {
	const examples = [
		{
			title: 'A',
			answers: { size: 'large', industry: 'service', goal: 'both' },
			expected: { recommendation: 'both' as const },
		},
		{
			title: 'B',
			answers: { size: 'growing', industry: 'service', goal: 'efficiency' },
			expected: { recommendation: 'cio' as const },
		},
	];

	it('prefers an example with the same result, then the one sharing most answers', () => {
		const answers = { size: 'large', industry: 'service', goal: 'efficiency' };
		expect(closestExample(answers, recommendRole(factors, answers)!, examples)?.title).toBe('B');
		const both = { size: 'large', industry: 'tech', goal: 'efficiency' };
		expect(closestExample(both, recommendRole(factors, both)!, examples)?.title).toBe('A');
		const none = { size: 'small', industry: 'service', goal: 'efficiency' };
		expect(closestExample(none, recommendRole(factors, none)!, examples)?.title).toBe('B');
	});
});

describe('small view helpers', () => {
	it('companyLine describes the company in one plain line, whatever order the answers come in', () => {
		expect(companyLine(factors, { goal: 'both', industry: 'tech', size: 'growing' }, en)).toBe(
			'A growing company that builds its own product, aiming at efficiency and innovation alike',
		);
		// Every one of the 27 lines is its own, and none has a part missing.
		const lines = allAnswers(factors).map((answers) => companyLine(factors, answers, en));
		expect(new Set(lines).size).toBe(27);
		for (const line of lines) expect(line).not.toMatch(/\{|\s,|\s\s/);
	});

	it('answerChips gives each question with the answer in the words the question offered', () => {
		expect(answerChips(factors, { size: 'large', industry: 'mixed', goal: 'both' })).toEqual([
			{ question: 'Company size', answer: 'Large enterprise' },
			{ question: 'Industry', answer: 'Both a product and heavy internal operations' },
			{ question: 'Goals', answer: 'Both equally' },
		]);
	});

	it('answersLabel joins the short labels in question order', () => {
		expect(answersLabel(factors, { goal: 'efficiency', size: 'large', industry: 'service' })).toBe(
			'Large · Service · Efficiency',
		);
	});

	it('answersSlug names an answer page by each answer’s slug in the page’s language, its id where it has none', () => {
		const answers = { goal: 'efficiency', size: 'small', industry: 'tech' };
		expect(answersSlug(factors, answers)).toBe('small-tech-efficiency');
		const german = factors.map((factor) => ({
			...factor,
			options: factor.options.map((option) =>
				option.id === 'small'
					? { ...option, slug: 'klein' }
					: option.id === 'tech'
						? { ...option, slug: 'produkt' }
						: option,
			),
		}));
		expect(answersSlug(german, answers)).toBe('klein-produkt-efficiency');
	});

	it('rolesOf links one role, or both', () => {
		expect(rolesOf('cto')).toEqual(['cto']);
		expect(rolesOf('both')).toEqual(['cio', 'cto']);
		expect(rolesOf('combined')).toEqual(['cio', 'cto']);
	});

	it('toneClasses colours a role’s result in its colour and a two-role result in both', () => {
		expect(toneClasses('cio')).toEqual({ headline: 'text-cio', strip: ['text-cio', 'text-cio'] });
		expect(toneClasses('both').strip).toEqual(['text-cio', 'text-cto']);
	});

	it('maxWeight is the most either side can reach', () => {
		expect(maxWeight(factors)).toBe(4);
	});

	it('recommenderKeys are all strings of the interface', () => {
		for (const key of recommenderKeys()) expect(en[key], key).toBeTruthy();
	});
});
