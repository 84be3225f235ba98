/**
 * Pages that answer first, read from the build (no browser): the FAQ lists every question at its
 * top and opens every answer with a short one in bold; the glossary has a letter index and sets its
 * terms as headings; prose links a glossary term at most once a page, and only terms the glossary
 * flags; no worked example offers itself as the example to read next; the growth picture hedges
 * as the article does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { stripBase } from '../src/lib/domain/base.ts';
import { LANGUAGES, builtPage } from './lang';
import { BASE, builtPages } from './site';

/** The fragment a link on `page` points to when it points into the same page, else undefined. */
const ownAnchor = (link: HTMLElement) => /^#(.+)$/.exec(link.getAttribute('href') ?? '')?.[1];

/** The text of an element, spaces collapsed. */
const textOf = (element: HTMLElement | null | undefined) => (element?.text ?? '').replace(/\s+/g, ' ').trim();

for (const { lang, t } of LANGUAGES) {
	test(`the FAQ lists every question at its top, grouped, and opens every answer with a short one in bold (${lang})`, () => {
		const main = builtPage(lang, 'faq').html.root.querySelector('main')!;
		const index = main.querySelectorAll('nav').find((nav) => nav.getAttribute('aria-label') === t('faq.index'));
		expect(index, 'the FAQ has an index of its questions').toBeDefined();
		const questions = main.querySelectorAll('h3[id]').filter((heading) => textOf(heading).endsWith('?'));
		expect(questions.length).toBeGreaterThanOrEqual(12);
		// The index comes before the first answer.
		const html = main.toString();
		expect(html.indexOf(index!.toString())).toBeLessThan(html.indexOf(questions[0]!.toString()));
		// Each group of the index links to a section, and lists exactly the questions under it, in order.
		const sections = main.querySelectorAll('h2[id]');
		const listed: string[] = [];
		for (const group of index!.querySelectorAll(':scope > div')) {
			const [title, ...items] = group.querySelectorAll('a');
			const section = sections.find((heading) => heading.id === ownAnchor(title!));
			expect(section, `“${textOf(title)}” links to a section of the page`).toBeDefined();
			const next = sections[sections.indexOf(section!) + 1];
			const under = questions.filter(
				(question) =>
					html.indexOf(question.toString()) > html.indexOf(section!.toString()) &&
					(!next || html.indexOf(question.toString()) < html.indexOf(next.toString())),
			);
			expect(items.map(ownAnchor), `the index lists the questions of “${textOf(section)}”, in order`).toEqual(
				under.map((question) => question.id),
			);
			listed.push(...items.map((item) => ownAnchor(item)!));
		}
		expect(listed.sort()).toEqual(questions.map((question) => question.id).sort());
		// Each answer opens with its one-line answer in bold, with no quotation in it.
		for (const question of questions) {
			const answer = question.parentNode?.querySelector(':scope > p');
			const first = answer?.childNodes.find((node) => node.text.trim() !== '');
			expect((first as HTMLElement | undefined)?.tagName, `“${textOf(question)}” opens its answer in bold`).toBe(
				'STRONG',
			);
			const short = first as HTMLElement;
			expect(short.querySelector('q'), `“${textOf(question)}”: the short answer quotes nothing`).toBeNull();
			expect(textOf(short).length, `“${textOf(question)}”: the short answer is one line`).toBeLessThanOrEqual(200);
		}
	});

	test(`the glossary has a letter index, and each term is a heading under its letter (${lang})`, () => {
		const main = builtPage(lang, 'glossary').html.root.querySelector('main')!;
		const index = main.querySelectorAll('nav').find((nav) => nav.getAttribute('aria-label') === t('glossary.index'));
		expect(index, 'the glossary has a letter index').toBeDefined();
		const letters = index!.querySelectorAll('a');
		expect(letters.length).toBeGreaterThan(5);
		const initial = (text: string) =>
			text
				.normalize('NFD')
				.replace(/[^\p{L}\p{N}]/gu, '')
				.charAt(0)
				.toLocaleUpperCase(lang);
		let terms = 0;
		for (const link of letters) {
			const heading = main.querySelector(`h2[id="${ownAnchor(link)}"]`);
			expect(heading, `the letter ${textOf(link)} links to its heading`).not.toBeNull();
			expect(textOf(heading)).toBe(textOf(link));
			const entries = heading!.parentNode!.querySelectorAll('h3[id]');
			expect(entries.length, `terms under ${textOf(link)}`).toBeGreaterThan(0);
			for (const term of entries) {
				expect(term.querySelector('dfn'), `${term.id} is set as a defined term`).not.toBeNull();
				expect(initial(textOf(term)), `${term.id} stands under its letter`).toBe(textOf(link));
				terms++;
			}
		}
		expect(terms, 'every term is under a letter of the index').toBe(main.querySelectorAll('dfn').length);
	});

	test(`no worked example offers itself as the example to read next (${lang})`, () => {
		const examples = builtPages().filter((page) => page.lang === lang && page.template === 'scenario');
		expect(examples.length).toBeGreaterThan(1);
		for (const page of examples) {
			const offer = page.html.root.querySelector('main a[data-example]');
			expect(offer, `${page.path} offers another example`).not.toBeNull();
			const target = stripBase(
				new URL(offer!.getAttribute('href')!, `https://site.test${BASE}${page.path}`).pathname,
				BASE,
			);
			expect(target, `${page.path} offers itself`).not.toBe(`/${page.path}`);
			expect(builtPages().some((other) => other.template === 'scenario' && `/${other.path}` === target)).toBe(true);
		}
	});

	test(`the growth picture hedges as the article does: what growth may bring, not what it brings (${lang})`, () => {
		// The article: smaller companies "might have" one executive; the roles "might become more
		// distinct". The recommender, too, names one role for some large organisations.
		const HEDGE: Record<string, RegExp> = {
			en: /\b(may|might|can|could)\b/i,
			de: /\b(kann|können|könnte|könnten|womöglich|unter Umständen)\b/i,
		};
		const hedge = HEDGE[lang];
		expect(hedge, `a hedge for ${lang}`).toBeDefined();
		const figure = builtPage(lang, 'guide')
			.html.root.querySelectorAll('main figure')
			.find((candidate) => candidate.querySelector('title#picture-growth-title'));
		expect(figure, 'the guide shows the growth picture').toBeDefined();
		const captions = [t('picture.growth'), ...figure!.querySelectorAll('dd').map(textOf)];
		expect(captions.length).toBeGreaterThanOrEqual(4);
		for (const caption of captions) expect(caption, 'a caption of the growth picture').toMatch(hedge!);
	});
}

test('prose links a glossary term at most once a page, quietly, and only terms the glossary flags for linking', () => {
	const flagged = (id: string) =>
		(
			parseYaml(readFileSync(join(process.env['KB_CONTENT_DIR'] ?? 'content', 'glossary', `${id}.yaml`), 'utf8')) as {
				link?: boolean;
			}
		).link === true;
	let links = 0;
	for (const page of builtPages().filter((candidate) => candidate.id !== 'glossary')) {
		const glossary = builtPages().find((candidate) => candidate.lang === page.lang && candidate.id === 'glossary')!;
		const seen = new Set<string>();
		for (const link of page.html.root.querySelectorAll('main a[href*="#"]')) {
			const url = new URL(link.getAttribute('href')!, `https://site.test${BASE}${page.path}`);
			if (stripBase(url.pathname, BASE) !== `/${glossary.path}`) continue;
			const id = url.hash.slice(1);
			links++;
			expect(seen.has(id), `${page.path} links the term ${id} twice`).toBe(false);
			expect(flagged(id), `${page.path} links ${id}, which the glossary does not flag for linking`).toBe(true);
			// The term in the text is a button that shows its definition in place (with this link in
			// it): quiet, a dotted underline in the muted colour, not the accent of links the text offers.
			const definition = link.closest('[popover]');
			const term = definition && page.html.root.querySelector(`[popovertarget="${definition.id}"]`);
			expect(term?.classList.contains('decoration-dotted'), `${page.path}: the term ${id} is quiet`).toBe(true);
			seen.add(id);
		}
	}
	expect(links).toBeGreaterThan(3);
});
