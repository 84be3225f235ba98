import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ogImageTree, type OgNode } from '../views/og-image';
import { OgImages } from './og-images';
import { ogFontFiles, ogPalette, ogRendererFingerprint, renderOgPng } from './og-render';

const colors = await ogPalette();
const fonts = ogFontFiles();
const fingerprint = await ogRendererFingerprint(fonts);
const common = { kind: 'About', siteName: 'Knowledge base', credit: 'Based on the article by Marin Delija' };
const trees = ['First card', 'Second card', 'Third card'].map((title) => ogImageTree({ ...common, title }, colors));
const folders: string[] = [];
/** The images as the route lists them: each at its site path. */
const listed = (cards: OgNode[]) => cards.map((tree, index) => ({ path: `/og/card-${index}.png`, tree }));

async function pool(options: { threads?: number; imagesPerProcess?: number } = {}) {
	const folder = folders[0] ?? (await mkdtemp(join(tmpdir(), 'kb-og-images-test-')));
	folders[0] = folder;
	return new OgImages({
		folder,
		fonts,
		fingerprint,
		threads: options.threads ?? 2,
		imagesPerProcess: options.imagesPerProcess,
	});
}

afterAll(async () => {
	for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

describe('OgImages', { timeout: 60_000 }, () => {
	it('draws every image in processes of its own, as the calling thread would draw it', async () => {
		const images = await pool();
		await images.prepare(listed(trees));
		const drawn = await Promise.all(trees.map((tree) => images.png(tree)));
		expect(await images.close({ prune: true })).toEqual({ images: 3, drawn: 3, cached: 0, threads: 2, removed: 0 });
		for (const [index, tree] of trees.entries()) {
			expect(Buffer.from(drawn[index]!).equals(Buffer.from(await renderOgPng(tree)))).toBe(true);
		}
		expect((await readdir(folders[0]!)).sort()).toHaveLength(3);
	});

	it('takes an unchanged card from the cache, byte for byte, and draws only a changed one', async () => {
		const first = await pool();
		const before = await Promise.all(trees.map((tree) => first.png(tree)));
		await first.close({ prune: false });
		const changed = ogImageTree({ ...common, title: 'Third card, retitled' }, colors);
		const second = await pool();
		await second.prepare(listed([trees[0]!, trees[1]!, changed]));
		const after = await Promise.all([trees[0]!, trees[1]!, changed].map((tree) => second.png(tree)));
		expect(await second.close({ prune: true })).toMatchObject({ images: 3, drawn: 1, cached: 2, removed: 1 });
		expect(Buffer.from(after[0]!).equals(Buffer.from(before[0]!))).toBe(true);
		expect(Buffer.from(after[2]!).equals(Buffer.from(before[2]!))).toBe(false);
		// The retitled card's old image is gone from the cache; the three in use stay.
		expect(await readdir(folders[0]!)).toHaveLength(3);
	});

	it('writes every listed image into the build folder at its path, from the cache or as it is drawn', async () => {
		const first = await pool();
		await first.prepare(listed(trees.slice(0, 2)));
		await Promise.all(trees.slice(0, 2).map((tree) => first.png(tree)));
		await first.close({ prune: false });
		const out = await mkdtemp(join(tmpdir(), 'kb-og-out-'));
		folders.push(out);
		const fresh = ogImageTree({ ...common, title: 'Drawn for the build folder' }, colors);
		const images = await pool();
		await images.prepare([...listed(trees.slice(0, 2)), { path: '/og/deep/fresh.png', tree: fresh }]);
		images.writeOut(out);
		await images.written();
		expect(await images.close({ prune: false })).toMatchObject({ images: 3, drawn: 1, cached: 2 });
		expect(
			Buffer.from(await readFile(join(out, 'og', 'card-1.png'))).equals(Buffer.from(await renderOgPng(trees[1]!))),
		).toBe(true);
		expect(
			Buffer.from(await readFile(join(out, 'og', 'deep', 'fresh.png'))).equals(Buffer.from(await renderOgPng(fresh))),
		).toBe(true);
	});

	it('pauses drawing for another step of the build and draws on when told', async () => {
		const images = await pool({ threads: 1 });
		const out = await mkdtemp(join(tmpdir(), 'kb-og-out-'));
		folders.push(out);
		const cards = Array.from({ length: 6 }, (_, index) =>
			ogImageTree({ ...common, title: `Paused card ${index} ${Date.now()}` }, colors),
		);
		await images.prepare(cards.map((tree, index) => ({ path: `/og/paused-${index}.png`, tree })));
		const resume = await images.pause();
		images.writeOut(out);
		let finished = false;
		void images.written().then(() => (finished = true));
		await new Promise((resolve) => setTimeout(resolve, 500));
		expect(finished).toBe(false);
		expect(await readdir(out).catch(() => [])).toEqual(['og']);
		expect(await readdir(join(out, 'og'))).toEqual([]);
		await resume();
		await images.written();
		expect((await readdir(join(out, 'og'))).sort()).toEqual(cards.map((_, index) => `paused-${index}.png`).sort());
		await images.close({ prune: false });
	});

	it('hands over to a fresh process after so many images, and draws every one', async () => {
		const images = await pool({ threads: 1, imagesPerProcess: 2 });
		const out = await mkdtemp(join(tmpdir(), 'kb-og-out-'));
		folders.push(out);
		const cards = Array.from({ length: 5 }, (_, index) =>
			ogImageTree({ ...common, title: `Handed-over card ${index} ${Date.now()}` }, colors),
		);
		await images.prepare(cards.map((tree, index) => ({ path: `/og/handed-${index}.png`, tree })));
		images.writeOut(out);
		await images.written();
		expect(await images.close({ prune: false })).toMatchObject({ images: 5, drawn: 5 });
		for (const [index, tree] of cards.entries()) {
			const written = await readFile(join(out, 'og', `handed-${index}.png`));
			expect(Buffer.from(written).equals(Buffer.from(await renderOgPng(tree)))).toBe(true);
		}
	});

	it('fails the build, naming the image, when one it writes cannot be drawn', async () => {
		const images = await pool({ threads: 1 });
		const broken: OgNode = { type: 'div', props: { style: { display: 'block' }, children: trees } };
		await images.prepare([{ path: '/og/broken.png', tree: broken }]);
		const out = await mkdtemp(join(tmpdir(), 'kb-og-out-'));
		folders.push(out);
		images.writeOut(out);
		await expect(images.written()).rejects.toThrow(/Preview image [0-9a-f]{40} could not be drawn/);
		await images.close({ prune: false });
	});

	it('draws on request, nothing else (the dev server)', async () => {
		const images = await pool({ threads: 1 });
		await images.prepare(listed([ogImageTree({ ...common, title: 'Listed, never drawn' }, colors)]));
		const png = await images.png(ogImageTree({ ...common, title: 'Drawn on request' }, colors));
		expect(Buffer.from(png.subarray(1, 4)).toString('latin1')).toBe('PNG');
		expect(await images.close({ prune: false })).toMatchObject({ images: 1, drawn: 1, threads: 1 });
	});

	it('fails the image, naming it, when a card cannot be drawn', async () => {
		const images = await pool({ threads: 1 });
		// Satori lays out several children only in a flex box: this card has none.
		const broken: OgNode = { type: 'div', props: { style: { display: 'block' }, children: trees } };
		await expect(images.png(broken)).rejects.toThrow(/Preview image [0-9a-f]{40} could not be drawn/);
		await images.close({ prune: false });
	});
});
