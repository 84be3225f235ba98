/**
 * Checks of the recommender's data, run by the content check at build (never shipped): the
 * guide's rules name only questions and answers it has, and every result has the words it needs.
 */
import type { Factor, Result } from './recommend';
import type { ViewFactor } from './result-card';

/**
 * What is wrong with the guide's rules as data, one line per problem: a `bothWhen` that names a
 * question or an answer the guide does not have. Where a problem is, by factor param and field.
 */
export function factorProblems(factors: readonly Factor[]): Array<{ param: string; field: string; problem: string }> {
	const problems: Array<{ param: string; field: string; problem: string }> = [];
	for (const factor of factors) {
		factor.options.forEach((option, index) => {
			option.structure?.bothWhen?.forEach((set, setIndex) => {
				for (const [param, id] of Object.entries(set)) {
					const field = `options[${index}].structure.bothWhen[${setIndex}].${param}`;
					const target = factors.find((candidate) => candidate.param === param);
					if (!target || target === factor) {
						problems.push({ param: factor.param, field, problem: `"${param}" is not another question of the guide` });
					} else if (!target.options.some((candidate) => candidate.id === id)) {
						const allowed = target.options.map((candidate) => candidate.id).join(', ');
						problems.push({
							param: factor.param,
							field,
							problem: `"${id}" is not an answer; expected one of ${allowed}`,
						});
					}
				}
			});
		});
	}
	return problems;
}

/**
 * What the words of the answers lack or carry in vain, computed over every combination of
 * answers: a reason some result needs but the words do not have, and one no result needs.
 */
export function reasonProblems(
	factors: readonly ViewFactor[],
	results: ReadonlyArray<Pick<Result, 'reasons'>>,
): Array<{ param: string; option: string; problem: string }> {
	const needed = new Map<string, Set<string>>();
	for (const { reasons } of results) {
		for (const reason of reasons) {
			const id = `${reason.param} ${reason.option}`;
			needed.set(id, (needed.get(id) ?? new Set()).add(reason.key));
		}
	}
	const problems: Array<{ param: string; option: string; problem: string }> = [];
	for (const factor of factors) {
		for (const option of factor.options) {
			const want = needed.get(`${factor.param} ${option.id}`) ?? new Set<string>();
			const have = Object.keys(option.reasons ?? {});
			for (const key of want) {
				if (!have.includes(key)) problems.push({ param: factor.param, option: option.id, problem: `lacks "${key}"` });
			}
			for (const key of have) {
				if (!want.has(key)) {
					problems.push({
						param: factor.param,
						option: option.id,
						problem: `has "${key}", which no combination of answers needs`,
					});
				}
			}
		}
	}
	return problems;
}
