/**
 * People in the pictures: a head and shoulders standing for one executive. The CIO is drawn solid,
 * the CTO tinted with an outline, so the two stay apart on paper, where both colours print black.
 */
import type { RoleId } from '../../domain/recommend';
import { num } from './svg';

/** A person's parts from the shoulder radius `size`: head half as wide, a gap of a fifth between. */
function parts(top: number, size: number) {
	const head = size / 2;
	return { head, headY: top + head, base: top + personHeight(size) };
}

/** The outline of a person whose shoulders are `size` units wide each side of `cx`. */
export function personPath(cx: number, top: number, size: number): string {
	const { head, headY, base } = parts(top, size);
	return (
		`M${num(cx - head)} ${num(headY)}a${num(head)} ${num(head)} 0 1 0 ${num(2 * head)} 0a${num(head)} ${num(head)} 0 1 0 ${num(-2 * head)} 0` +
		`M${num(cx - size)} ${num(base)}a${num(size)} ${num(size)} 0 0 1 ${num(2 * size)} 0z`
	);
}

/** Total height of a person of `size`, for laying out what comes below; whole units for even sizes. */
export function personHeight(size: number): number {
	return size + Math.round(size / 5) + size;
}

/**
 * One person standing for one role. An `opaque` CTO hides what it stands in front of; otherwise its
 * tint lets the background through.
 */
export function person(role: RoleId, cx: number, top: number, size: number, opaque = false): string {
	const d = personPath(cx, top, size);
	if (role === 'cio') return `<path class="fill-cio" d="${d}"/>`;
	const tinted = `<path class="fill-cto stroke-cto" fill-opacity=".15" d="${d}"/>`;
	return opaque ? `<path class="fill-bg" d="${d}"/>${tinted}` : tinted;
}

/**
 * One person holding both roles, split down the middle: the CIO's share solid on the left, the
 * CTO's tinted and outlined on the right. `cioShare` is the CIO's part of the width (0.2 to 0.8),
 * the same for head and shoulders.
 */
export function splitPerson(cx: number, top: number, size: number, cioShare: number): string {
	const { head, headY, base } = parts(top, size);
	const share = Math.min(0.8, Math.max(0.2, cioShare));
	const headSeam = cx - head + 2 * head * share;
	const bodySeam = cx - size + 2 * size * share;
	// Where the seam crosses the head's circle and the shoulders' arc.
	const headDy = Math.sqrt(head * head - (headSeam - cx) ** 2);
	const bodyDy = Math.sqrt(size * size - (bodySeam - cx) ** 2);
	const top1 = `${num(headSeam)} ${num(headY - headDy)}`;
	const bottom1 = `${num(headSeam)} ${num(headY + headDy)}`;
	const arc = `${num(head)} ${num(head)} 0`;
	// The larger part of the head takes the large arc.
	const cioLarge = share > 0.5 ? 1 : 0;
	const cio =
		`M${top1}A${arc} ${cioLarge} 0 ${bottom1}z` +
		`M${num(cx - size)} ${num(base)}A${num(size)} ${num(size)} 0 0 1 ${num(bodySeam)} ${num(base - bodyDy)}V${num(base)}z`;
	const cto =
		`M${top1}A${arc} ${1 - cioLarge} 1 ${bottom1}z` +
		`M${num(bodySeam)} ${num(base - bodyDy)}A${num(size)} ${num(size)} 0 0 1 ${num(cx + size)} ${num(base)}H${num(bodySeam)}z`;
	return `<path class="fill-cto stroke-cto" fill-opacity=".15" d="${cto}"/><path class="fill-cio" d="${cio}"/>`;
}
