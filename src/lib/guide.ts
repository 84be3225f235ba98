/** Reading the guide's factors as data: which way an answer pulls. */

/** How strongly an answer calls for each role. */
export interface RoleWeights {
	cio: number;
	cto: number;
}

/** Which way an answer pulls: toward one role, toward both equally, or toward neither. */
export type Pull = 'cio' | 'cto' | 'both' | 'neither';

/** The direction of an answer's pull, from its weights. */
export function pullOf(weights: RoleWeights): Pull {
	if (weights.cio === 0 && weights.cto === 0) return 'neither';
	if (weights.cio === weights.cto) return 'both';
	return weights.cio > weights.cto ? 'cio' : 'cto';
}
