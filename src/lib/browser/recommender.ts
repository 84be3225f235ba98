/**
 * The live recommender, `<kb-recommender>` (markup: `RecommenderForm.astro`): the reader's answers
 * give the same result card the answer pages render, filled in through its `data-*` hooks as the
 * reader answers. Data comes in through attributes: the questions' facts (`data-factors`), the
 * words of a result (fetched from `data-words` on intent, or carried in `data-words-json` where
 * nothing may be fetched: the embed), the worked examples, the answer pages' address.
 *
 * Beside the questions (a desk) the card is a live answer that changes as the reader does; below
 * them (a phone) it scrolls into view once, when the last answer completes it. In the embed
 * (`data-embed`) the answer replaces the questions, with a way back, and nothing scrolls the page
 * around the frame.
 */
import { answersIndex, parseAnswers, recommendRole, serializeAnswers } from '../domain/recommend';
import {
	answersSlug,
	resultCard,
	type ReasonWords,
	type RecommenderWords,
	type ViewFactor,
} from '../domain/result-card';
import { fill } from '../domain/template';
import { toneClasses } from './tone';

/** The words of a result and the reasons, as `words.json` serves them. */
type WordsFile = { words: RecommenderWords; reasons: ReasonWords };

class KbRecommender extends HTMLElement {
	#factors: ViewFactor[] = [];
	#words: RecommenderWords = {};
	/** Why each answer leads where it does, fetched with the words. */
	#reasons: ReasonWords = {};
	/** The words' fetch, once started. */
	#loading: Promise<void> | undefined;
	/** The worked examples (address, link text) and, by `answersIndex`, the number of the closest one. */
	#examples: { links: Array<[string, string]>; closest: number[] } = { links: [], closest: [] };
	/** Whether the last update showed a result: the card scrolls into view only when one first appears. */
	#complete = false;
	/** The address of the current answer's own page, for copying. */
	#link = '';

	#$<T extends Element = HTMLElement>(selector: string) {
		return this.querySelector<T>(selector);
	}

	#text(selector: string, text: string, root: ParentNode = this) {
		const element = root.querySelector(selector);
		if (element) element.textContent = text;
	}

	connectedCallback() {
		const data = this.dataset;
		const form = this.#$('[data-form]');
		try {
			this.#factors = JSON.parse(data['factors'] ?? '[]');
			this.#examples = JSON.parse(data['examples'] ?? '{"links":[],"closest":[]}');
		} catch {
			this.#factors = [];
		}
		if (!form || this.#factors.length === 0) return this.#fail();
		// Answers the reader gave before this script ran stand, unless the address names that question.
		let early = false;
		if (data['sync'] !== undefined) {
			const { answers, ignored } = parseAnswers(new URLSearchParams(location.search), this.#factors);
			for (const input of this.#inputs()) {
				if (input.name in answers) input.checked = answers[input.name] === input.value;
				else early ||= input.checked;
			}
			this.#$('[data-note]')!.hidden = ignored.length === 0;
		}
		// The words load on intent: with the first answer (two more before a result can show), or
		// now when something is answered already.
		form.addEventListener('change', () => void this.#load().then(() => this.#update(true)));
		this.#$('[data-reset] button')?.addEventListener('click', () => {
			for (const input of this.#inputs()) input.checked = false;
			this.#update(true);
			this.#inputs()[0]?.focus();
		});
		// The embed's way back to the questions, and forward again to the answer.
		this.#$('[data-back]')?.addEventListener('click', () => this.#show(false, true));
		this.#$('[data-forward]')?.addEventListener('click', () => this.#show(true, true));
		// Copying the answer page's address, with a status that belongs to that one address.
		const status = this.#$('[data-copied]');
		this.#$('[data-copy]')?.addEventListener('click', () =>
			navigator.clipboard.writeText(this.#link).then(
				() => status && (status.textContent = this.#words['recommend.copied'] ?? ''),
				() => status && (status.textContent = this.#words['recommend.copyFailed'] ?? ''),
			),
		);
		if (this.#inputs().some((input) => input.checked)) void this.#load().then(() => this.#update(early));
	}

	/** Reads the words of a result (once); without them the recommender cannot answer, so it steps aside. */
	#load(): Promise<void> {
		const inline = this.dataset['wordsJson'];
		return (this.#loading ??= (
			inline
				? Promise.resolve(JSON.parse(inline) as WordsFile)
				: fetch(this.dataset['words']!).then((response) => response.json() as Promise<WordsFile>)
		).then(
			({ words, reasons }) => {
				this.#words = words;
				this.#reasons = reasons;
			},
			() => this.#fail(),
		));
	}

	/** Cannot run: shows the way to the grid of all answers instead of a dead form. */
	#fail() {
		this.#$('[data-fallback]')?.classList.remove('no-js');
		for (const part of this.querySelectorAll<HTMLElement>('[data-tool]')) part.hidden = true;
	}

	#inputs() {
		return [...this.querySelectorAll('[data-form] input')] as HTMLInputElement[];
	}

	/**
	 * The embed shows either the questions or the answer. Moving focus along (without scrolling:
	 * the page around the frame stays where the reader has it) keeps a keyboard in step.
	 */
	#show(answer: boolean, focus: boolean) {
		if (this.dataset['embed'] === undefined) return;
		this.#$('[data-form]')!.hidden = answer;
		this.#$('[data-answer-view]')!.hidden = !answer;
		if (!focus) return;
		// The answer's headline (a screen reader reads it), or the question's chosen answer.
		const target = answer
			? this.#$('[data-status]')
			: (this.#inputs().find((input) => input.checked) ?? this.#inputs()[0]);
		target?.focus({ preventScroll: true });
	}

	#update(changed: boolean) {
		const answers: Record<string, string> = {};
		for (const input of this.#inputs()) if (input.checked) answers[input.name] = input.value;
		const { guide = '', sync } = this.dataset;
		if (sync !== undefined && changed) {
			const query = serializeAnswers(this.#factors, answers);
			try {
				history.replaceState(history.state, '', `${location.pathname}${query && '?'}${query}${location.hash}`);
			} catch {
				// A sandboxed frame (an opaque origin, as WordPress embeds it) may not touch its history.
			}
		}
		this.#$('[data-reset]')!.hidden = Object.keys(answers).length === 0;
		// A copy status belongs to the address it was given for.
		if (changed) this.#text('[data-copied]', '');
		const card = this.#$('[data-card]')!;
		const details = this.#$('[data-details]')!;
		const result = recommendRole(this.#factors, answers);
		// The answer page's address in the page's language (`klein-produkt-effizienz`).
		const slug = result ? answersSlug(this.#factors, answers) : '';
		const strip = this.#$('[data-strip]')!;
		const forward = this.#$('[data-forward]');
		if (forward) forward.hidden = !result;
		if (!result) {
			this.#mark('');
			delete card.dataset['recommendation'];
			this.#text('[data-headline]', '');
			this.#text('[data-detail]', this.dataset['prompt'] ?? '');
			details.hidden = strip.hidden = true;
			this.#complete = false;
			this.#show(false, false);
			return;
		}
		const view = resultCard(result, this.#factors, this.#words, this.#reasons);
		const tone = toneClasses(view.tone);
		card.dataset['recommendation'] = view.recommendation;
		strip.querySelectorAll('rect').forEach((rect, index) => rect.setAttribute('class', tone.strip[index]!));
		this.#$('[data-headline]')!.className = `block text-2xl font-bold ${tone.headline}`;
		this.#text('[data-headline]', view.headline);
		this.#text('[data-detail]', view.detail);
		const rows = [...this.querySelectorAll('[data-row]')];
		rows.forEach((li, index) => {
			const row = view.rows[index];
			const { cio, cto } = row?.weights ?? view.total.weights;
			// The bar's two halves: SVG attributes, not styles, which the CSP allows.
			li.querySelector('[data-side="cio"]')?.setAttribute('x', `${-cio}`);
			li.querySelector('[data-side="cio"]')?.setAttribute('width', `${cio}`);
			li.querySelector('[data-side="cto"]')?.setAttribute('width', `${cto}`);
			this.#text('[data-pull]', row?.pull ?? view.total.pull, li);
			if (!row) return;
			this.#text('[data-label]', row.label, li);
			this.#text('[data-relation]', row.relationLabel, li);
			this.#text('[data-text]', row.text, li);
		});
		for (const li of this.querySelectorAll<HTMLElement>('[data-role]')) {
			li.hidden = !view.roles.includes(li.dataset['role'] as 'cio' | 'cto');
		}
		const closest = this.#examples.closest[answersIndex(this.#factors, answers)];
		const [exampleHref = '', exampleText = ''] = this.#examples.links[closest ?? -1] ?? [];
		// The answer's own page: linked, and what copying or sharing gives.
		const link = (this.#link = new URL(this.dataset['answers']!.replace('{id}', slug), location.href).href);
		this.#mark(link);
		const links: Array<[string, string, string]> = [
			['[data-example]', exampleHref, exampleText],
			[
				'[data-guide]',
				`${guide}#${view.decidedBy.anchor}`,
				fill(this.#words['recommend.next.guide'] ?? '', { factor: view.decidedBy.title }),
			],
			['[data-answer]', link, ''],
		];
		for (const [selector, href, text] of links) {
			const link = this.#$<HTMLAnchorElement>(selector);
			if (!link) continue;
			link.href = href;
			if (text) link.textContent = text;
		}
		details.hidden = strip.hidden = false;
		if (this.dataset['embed'] !== undefined) {
			// The answer takes the questions' place, on every change (back at the questions, a changed
			// answer shows its effect) and on arrival: the frame stays short enough for a phone.
			if (changed || !this.#complete) this.#show(true, changed);
		} else if (changed && !this.#complete) {
			if (card.getBoundingClientRect().top > innerHeight * 0.6) {
				// On a phone the card sits below the questions: bring it into view once the last answer
				// completes it (smoothly only when the reader has not asked for reduced motion). Beside
				// the questions (a desk) it is in view already.
				card.scrollIntoView({
					block: 'start',
					behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
				});
			}
		}
		this.#complete = true;
	}

	/**
	 * Marks the reader's own cell in the grid of all answers, on the recommender's page (an answer
	 * page's grid marks that page's answer, and keeps it so).
	 */
	#mark(link: string) {
		if (this.dataset['sync'] === undefined) return;
		for (const cell of document.querySelectorAll<HTMLAnchorElement>('[data-grid] a')) {
			if (cell.href === link) cell.setAttribute('aria-current', 'true');
			else cell.removeAttribute('aria-current');
		}
	}
}

customElements.define('kb-recommender', KbRecommender);

// A module, not a script: its names stay its own.
export {};
