/**
 * Every content collection and its schema. Each folder of `content/` holds language-neutral facts
 * (ids, order, weights, anchors, paths) at its top level and the words of each language in a
 * subfolder named for the language (`content/roles/cio.yaml` and `content/roles/en/cio.mdx`).
 * A frontmatter error fails the build naming the file and the field; `src/lib/content/collections.ts` joins
 * facts and words and fails the build when a language lacks words for a fact, or has words for
 * nothing. Cross-links use `reference()`, and a dangling one fails the build there too.
 *
 * The article's own words are marked wherever they appear: `<q>…</q>` around a phrase or sentence
 * taken from it, word for word, in its spelling (in MDX and in YAML strings alike; see
 * `src/lib/domain/quotes.ts`). A field documented as the article's words is shown as a quotation whole.
 * Everything unmarked is the site's own, in British spelling.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { PAGE_KINDS } from './lib/domain/page-kinds';
import { wordsLoader } from './integrations/words-loader';

/**
 * Where the words live: `./content` unless `KB_CONTENT_DIR` names another folder (the benchmark's
 * scale mode builds from a temporary copy with synthetic articles added; the real content stays put).
 */
const CONTENT_DIR = (process.env['KB_CONTENT_DIR'] ?? './content').replace(/\/+$/, '');

/** Ids, anchors and URL parameter values: lowercase words joined by hyphens. */
const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and hyphens');

/** A page id with an optional section, as links in content name pages: `guide`, `roles/cio#focus`. */
const PageLink = z
	.string()
	.regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)?(?:#[a-z0-9-]+)?$/, 'a page id such as guide, roles/cio or guide#goals');

/**
 * Words readers search with for what an entry explains ("tech stack" for technical direction and IT
 * infrastructure): indexed and weighted for search, never shown, and never a claim the entry does
 * not make. See the README's "Search".
 */
const SearchTerms = z.array(z.string().trim().min(2).max(60)).max(40).default([]);

/**
 * The day the entry was last reviewed against the source article, as an ISO date:
 * `reviewed: 2026-12-07`. Required. Set it on the day someone read the entry's facts and its words
 * in every language against the article, never to a day it was not checked. A page shows the
 * earliest review date of everything it shows; a change after the review needs a changelog entry
 * (`content/changes/`) dated on or after the change, or the build fails (docs/changes.md).
 */
const Reviewed = z
	.union([z.date(), z.iso.date('an ISO date such as 2026-12-07')])
	// YAML reads an unquoted date as a date, a quoted one as text: both become `YYYY-MM-DD`.
	.transform((value) => (typeof value === 'string' ? value : value.toISOString().slice(0, 10)));

/** A day, as an ISO date (`2026-12-07`); read like `Reviewed`. */
const IsoDate = Reviewed;

/** The facts of one language-neutral entry and the words of one language, for every collection. */
const facts = (folder: string) => glob({ pattern: '*.yaml', base: `${CONTENT_DIR}/${folder}` });
const words = (folder: string, extension: 'mdx' | 'yaml') =>
	extension === 'mdx'
		? // A words file in plain Markdown is kept rendered rather than compiled (src/integrations/words-loader.ts).
			wordsLoader({ pattern: '*/*.mdx', base: `${CONTENT_DIR}/${folder}`, contentDir: CONTENT_DIR })
		: glob({ pattern: `*/*.${extension}`, base: `${CONTENT_DIR}/${folder}` });

// ---- Pages -------------------------------------------------------------------------------------

/** One entry of the page registry (`content/pages/registry.yaml`). */
const PageEntrySchema = z.object({
	/** The page's id, which links in content use (`guide`, `roles/cio`); for `each`, the family's id. */
	id: Slug,
	/** How the page is built. `prose` takes its words from `content/pages/<lang>/<id>.mdx`. */
	template: z.enum(['prose', 'role', 'scenario', 'answer', 'search', 'embed', 'not-found']),
	/**
	 * One page per entry of this collection; `{id}` in the paths stands for the entry's id. `answers`
	 * is every combination of the recommender's answers, its id the option ids in question order.
	 */
	each: z.enum(['roles', 'scenarios', 'answers']).optional(),
	/**
	 * What sort of page it is: the search filter and the preview image's label. `reference` is for
	 * pages to look things up in: the FAQ, the glossary, the who-decides-what worksheet.
	 */
	kind: z.enum(PAGE_KINDS),
	/** Listed in the header's navigation, in registry order. */
	nav: z.boolean().default(false),
	/** The page above it in the breadcrumbs (a registry id); home is always first. */
	parent: Slug.optional(),
	/** The words file to use instead of its own, for a page that shows another's words (the embed). */
	words: Slug.optional(),
	/** The page search engines should send readers to instead (a registry id). */
	canonical: Slug.optional(),
	/** Whether site search indexes the page. */
	search: z.boolean().default(true),
	/** Whether the page is listed in the sitemap (and so announced to search engines). */
	sitemap: z.boolean().default(true),
	/** Whether `llms.txt` and `llms-full.txt` carry the page. */
	llms: z.boolean().default(true),
	/** Ends with the invitation to answer the recommender's three questions (`TryRecommender`). */
	offerRecommender: z.boolean().default(false),
	/**
	 * The embed page (a registry id) whose oEmbed response this page announces, so that pasting the
	 * page's address into an editor with oEmbed discovery (WordPress) embeds it.
	 */
	oembed: Slug.optional(),
	/**
	 * The schema.org types the page publishes besides its Article and BreadcrumbList, e.g.
	 * `[FAQPage]`; the build derives them from what the page shows, and e2e/html.spec.ts fails when
	 * a page lacks one it lists here.
	 */
	schemaTypes: z.array(z.enum(['WebSite', 'FAQPage', 'DefinedTermSet'])).default([]),
	/** The page's address in each language: a site path without the base, ending in `/`. */
	paths: z.record(
		z.string(),
		z.string().regex(/^\/(?:(?:[a-z0-9-]+|\{id\})\/)*$/, 'a site path such as /guide/ or /roles/{id}/'),
	),
	/**
	 * When the page's own words (`content/pages/<lang>/<id>.mdx`) were last reviewed against the
	 * article. A family's pages (roles, worked examples, answers) take their entries' dates too.
	 */
	reviewed: Reviewed,
	/** Position in the reading order; set from the entry's place in the file. */
	order: z.number().int().nonnegative(),
});

const pages = defineCollection({
	loader: file(`${CONTENT_DIR}/pages/registry.yaml`, {
		parser: (text) => (parse(text) as Array<Record<string, unknown>>).map((entry, order) => ({ ...entry, order })),
	}),
	schema: PageEntrySchema,
});

/** One question a page answers, with the answer it shows and where to read more. */
const FaqItemSchema = z.object({
	/** The question, as a reader would ask it. */
	question: z.string().min(5).endsWith('?'),
	/**
	 * The answer in one line, in the site's own words and without quotations: the page it links
	 * to gives the article's words as evidence.
	 */
	answer: z.string().min(20).max(200),
	/** Pages that answer it in full, by page id with an optional section: `roles/cio`, `guide#goals`. */
	links: z.array(PageLink).default([]),
});

/** The words of a prose page in one language: `content/pages/<lang>/<id>.mdx`. */
const pageText = defineCollection({
	loader: words('pages', 'mdx'),
	schema: z.object({
		/** The page's main heading and title. */
		title: z.string().min(3),
		/** Short label for navigation and breadcrumbs; defaults to the title. */
		navLabel: z.string().optional(),
		/** A sentence or two under the title, larger than the text: what the page answers. */
		lead: z.string().min(20).max(200).optional(),
		/** Meta description, also used on cards and in search results. */
		description: z.string().min(50).max(170),
		/** Questions the page answers, shown with their answers and published as FAQPage data. */
		faq: z.array(FaqItemSchema).default([]),
		searchTerms: SearchTerms,
	}),
});

// ---- FAQ ---------------------------------------------------------------------------------------

/** A question readers bring, for /faq/: `content/faq/<id>.yaml`; the id is its anchor there. */
const faq = defineCollection({
	loader: facts('faq'),
	schema: z.object({
		/** Position on the page, lowest first. */
		order: z.number().int().nonnegative(),
		/** When the entry was last reviewed against the article, facts and every language's words. */
		reviewed: Reviewed,
		/** The section it is listed under: the `group` of a `<FaqList group="…" />` on a page. */
		group: Slug,
		/** Pages that explain the answer, by page id with an optional section; at least one. */
		links: z.array(PageLink).min(1),
		/** Offered in the search dialog before the reader types: a common question. Default no. */
		suggest: z.boolean().default(false),
	}),
});

/** The words of a question: `content/faq/<lang>/<id>.yaml`. */
const faqText = defineCollection({
	loader: words('faq', 'yaml'),
	schema: z.object({
		/** The question, as a reader would ask it. */
		question: z.string().min(5).endsWith('?'),
		/**
		 * The answer in one line, in the site's own words and without quotations, shown first and in
		 * bold; where the article is silent, it says so ("The article does not say.").
		 */
		answer: z.string().min(10).max(200),
		/**
		 * The evidence after the answer: what the article says, its words in `<q>…</q>`, and what it
		 * leaves open. True to the article only; general knowledge goes in `beyondArticle`.
		 */
		explanation: z.string().min(20).optional(),
		/** General, checkable knowledge beyond the article, shown under a label that says so. */
		beyondArticle: z.string().min(20).optional(),
		searchTerms: SearchTerms,
	}),
});

// ---- Glossary ----------------------------------------------------------------------------------

/** A term of the article, for /glossary/: `content/glossary/<id>.yaml`; the id is its anchor there. */
const glossary = defineCollection({
	loader: facts('glossary'),
	schema: z.object({
		/**
		 * Where the term is used, by page id with an optional section; the first is where it is
		 * explained, and the term is not linked on that page. e2e/html.spec.ts checks each page uses it.
		 */
		usedOn: z.array(PageLink).min(1),
		/**
		 * Linked from prose on its first use on a page. Only for terms a reader could not be expected
		 * to know; everyday words stay unlinked (the judgement is written down in docs/glossary.md).
		 */
		link: z.boolean().default(false),
		/** When the entry was last reviewed against the article, facts and every language's words. */
		reviewed: Reviewed,
	}),
});

/** The words of a term: `content/glossary/<lang>/<id>.yaml`. The glossary lists terms in alphabetical order. */
const glossaryText = defineCollection({
	loader: words('glossary', 'yaml'),
	schema: z.object({
		/** The term as the article writes it, in the site's spelling. */
		term: z.string().min(2),
		/** Other forms that link to it on their first use on a page (plurals, the article's spelling). */
		aliases: z.array(z.string().min(2)).default([]),
		/**
		 * What the term means: first a one-line definition in the site's own words, then how the
		 * article uses it, its words in `<q>…</q>`.
		 */
		definition: z.string().min(20),
		/** A general definition that goes beyond the article, shown under a label that says so. */
		beyondArticle: z.string().min(10).optional(),
		searchTerms: SearchTerms,
	}),
});

// ---- Roles -------------------------------------------------------------------------------------

const roles = defineCollection({
	loader: facts('roles'),
	schema: z.object({
		/** The acronym readers know, e.g. "CIO"; the same in every language. */
		acronym: z.string().regex(/^[A-Z]{2,5}$/),
		/** Position wherever the roles are listed, lowest first. */
		order: z.number().int().nonnegative(),
		/** The other role, for "compare with" links. */
		counterpart: reference('roles'),
		/** The ids of the responsibilities the article names, in its order; also their anchors. */
		responsibilities: z.array(Slug).min(1),
		/** When the entry was last reviewed against the article, facts and every language's words. */
		reviewed: Reviewed,
	}),
});

/** One responsibility of a role, in one language. */
const ResponsibilityTextSchema = z.object({
	/** Short title, as the article's bullet names it. */
	title: z.string().min(3),
	/** The question a leadership team answers about it on the who-decides-what worksheet (the site's). */
	question: z.string().min(10).endsWith('?'),
	/** The responsibility in one sentence, in the site's own words: shown before the article's explanation. */
	summary: z.string().min(20).max(200),
	/** The article's own explanation, word for word and without markup: it is shown as a quotation. */
	explanation: z.string().min(20),
	/**
	 * What the responsibility looks like in day-to-day work: common, checkable practice only, shown
	 * under a label that says these notes are the site's, beyond the article.
	 */
	inPractice: z.array(z.string().min(10)).default([]),
});

/** The words of a role in one language: `content/roles/<lang>/<id>.mdx`, its body the introduction. */
const roleText = defineCollection({
	loader: words('roles', 'mdx'),
	schema: z.object({
		/** The full title, e.g. "Chief Information Officer". */
		title: z.string().min(5),
		/** One sentence that tells the role apart at a glance. */
		summary: z.string().min(20).max(200),
		/** Where the role points: a word pair used in tables and cards. */
		focus: z.string().min(5).max(60),
		/** Meta description for the page. */
		description: z.string().min(50).max(170),
		/** Every responsibility of the role's facts, by id. */
		responsibilities: z.record(Slug, ResponsibilityTextSchema),
		searchTerms: SearchTerms,
	}),
});

// ---- Differences -------------------------------------------------------------------------------

const differences = defineCollection({
	loader: facts('differences'),
	schema: z.object({
		/** Position in the comparison, lowest first. The entry's id is its anchor on /differences/. */
		order: z.number().int().nonnegative(),
		/** When the entry was last reviewed against the article, facts and every language's words. */
		reviewed: Reviewed,
	}),
});

/** One side of a comparison dimension. */
const SideSchema = z.object({
	/** One-line answer for the table cell. */
	short: z.string().min(3).max(120),
	/** The longer explanation; the article's own words in it are marked `<q>…</q>`. */
	detail: z.string().min(10),
});

const differenceText = defineCollection({
	loader: words('differences', 'yaml'),
	schema: z.object({
		/** Name of the dimension, e.g. "Focus". */
		dimension: z.string().min(3),
		/** The CIO's side. */
		cio: SideSchema,
		/** The CTO's side. */
		cto: SideSchema,
	}),
});

// ---- Overlaps (where the article says the roles can blur) ------------------------------------

/**
 * The areas where, in the article, both roles might be involved: tech strategy discussions,
 * budgeting and product development. Listed on /differences/ and on the who-decides-what worksheet.
 */
const overlaps = defineCollection({
	loader: facts('overlaps'),
	schema: z.object({
		/** Position in the list, in the article's order, lowest first. */
		order: z.number().int().nonnegative(),
		/** When the entry was last reviewed against the article, facts and every language's words. */
		reviewed: Reviewed,
	}),
});

const overlapText = defineCollection({
	loader: words('overlaps', 'yaml'),
	schema: z.object({
		/** The area's name in the site's words, e.g. "Technology strategy". */
		title: z.string().min(3),
		/** What the area can involve for each role, in the site's words. */
		explanation: z.string().min(20),
		/** The question a leadership team answers about it on the who-decides-what worksheet. */
		question: z.string().min(10).endsWith('?'),
	}),
});

// ---- Guide (the recommender's questions) -------------------------------------------------------

/** Answers to other questions, by URL parameter: `{ goal: both }`. The build checks the names. */
const AnswerSetSchema = z.record(z.string().regex(/^[a-z]+$/), z.string().regex(/^[a-z][a-z-]*$/));

/** How many executives an answer allows, and what a balanced answer becomes. */
const StructureSchema = z.object({
	/** The most executives this answer can carry: 1 means one executive covers both roles. */
	maxExecutives: z.union([z.literal(1), z.literal(2)]).default(2),
	/** What an even weight on both sides becomes: two executives, or one covering both. */
	whenBalanced: z.enum(['both', 'combined']).default('both'),
	/**
	 * With any of these answers to other questions the recommender names both roles, whatever the
	 * weights say: `[{ goal: both }]` on a large organisation. Default none.
	 */
	bothWhen: z.array(AnswerSetSchema).default([]),
});

/** One answer to a guide factor, with the pull it puts on each role. */
const GuideOptionSchema = z.object({
	/** Stable id; also the recommender's URL parameter value. */
	id: z.string().regex(/^[a-z][a-z-]*$/),
	/** How strongly this answer calls for each role (0 = not at all). */
	weights: z.object({
		cio: z.number().int().min(0).max(5).default(0),
		cto: z.number().int().min(0).max(5).default(0),
	}),
	/**
	 * A role this answer always names when the organisation can have two executives: alone, or both
	 * roles when another answer requires the other. `cto` on a goal of product innovation.
	 */
	requires: z.enum(['cio', 'cto']).optional(),
	/** Limits on the executive team this answer implies; only size answers set it. */
	structure: StructureSchema.optional(),
});

const guide = defineCollection({
	loader: facts('guide'),
	schema: z.object({
		/** Stable URL parameter name for the recommender, e.g. "size". */
		param: z.string().regex(/^[a-z]+$/),
		/** Anchor id of the factor's section on the guide page; reasons link here. */
		anchor: Slug,
		/** Position in the guide and the questionnaire, lowest first. */
		order: z.number().int().nonnegative(),
		/** The answers, in the order they are offered. */
		options: z.array(GuideOptionSchema).min(2),
		/** When the entry was last reviewed against the article, facts and every language's words. */
		reviewed: Reviewed,
	}),
});

/** The words of one answer. */
const GuideOptionTextSchema = z.object({
	/** The answer as a business reader would say it. */
	label: z.string().min(3),
	/**
	 * The answer's part of an answer page's address in this language, joined with the other answers'
	 * in question order (`klein-produkt-effizienz`): lowercase letters and digits, no hyphen. Default
	 * the option's id, which the recommender's URL parameters keep in every language.
	 */
	urlSlug: z
		.string()
		.regex(/^[a-z0-9]+$/, 'use lowercase letters and digits (no hyphen: the answers are joined by hyphens)')
		.optional(),
	/** The answer in a word or two, for the grid of all answers and the answer pages' titles. */
	short: z.string().min(2).max(24),
	/** A short hint under the label. */
	hint: z.string().min(3),
	/**
	 * The answer as part of the plain line that describes a company on an answer page, filled into
	 * `recommend.company` with the other answers' parts: a size's is the line's subject ("A growing
	 * company"), an industry's and a goal's what follows it ("that builds its own product").
	 */
	company: z.string().min(3),
	/** What the guide page says of this answer in general. */
	reason: z.string().min(20),
	/**
	 * Why this answer led where it did, written for each kind of result it can be part of. An answer
	 * that weighs towards a side is explained by how it relates to the result: `toward`, `away`,
	 * `even` (weighs the same both ways); an answer without weight (company size) by the result:
	 * `cio`, `cto`, `both`, `combined`. The build computes every combination of answers and fails
	 * when a reason the result needs is missing, or when one is never needed.
	 */
	reasons: z
		.object({
			toward: z.string().min(20),
			away: z.string().min(20),
			even: z.string().min(20),
			cio: z.string().min(20),
			cto: z.string().min(20),
			both: z.string().min(20),
			combined: z.string().min(20),
		})
		.partial()
		.strict(),
});

const guideText = defineCollection({
	loader: words('guide', 'yaml'),
	schema: z.object({
		/** The factor's name, e.g. "Company size". */
		title: z.string().min(3),
		/** A shorter name where space is tight (the corner of the grid of all answers); default the title. */
		shortTitle: z.string().min(2).max(16).optional(),
		/** The question the recommender asks. */
		question: z.string().min(5),
		/** What the article says about this factor, word for word. */
		article: z.string().min(20),
		/** Our explanation for the guide page. */
		explanation: z.array(z.string().min(10)).default([]),
		/** Every answer of the factor's facts, by id. */
		options: z.record(z.string(), GuideOptionTextSchema),
	}),
});

// ---- Worked examples ---------------------------------------------------------------------------

/** What the recommender must answer; the build fails if it does not. */
const ExpectedSchema = z
	.object({
		/** `cio`, `cto`, `both`, or `combined` (one executive covering both roles). */
		recommendation: z.enum(['cio', 'cto', 'both', 'combined']),
		/** For `combined` only, and required then: the side it leans to. No default. */
		lean: z.enum(['cio', 'cto', 'balanced']).optional(),
	})
	.refine((data) => (data.recommendation === 'combined') === (data.lean !== undefined), {
		message: 'lean is required when recommendation is "combined", and allowed only then',
		path: ['lean'],
	});

/** A "what if" of a worked example: some answers changed, and what the recommender must answer then. */
const VariantSchema = z.object({
	/** Stable id; the words file gives the variant's sentence under `variants.<id>`. */
	id: Slug,
	/** Only the answers that change, e.g. `{ goal: efficiency }`; each must differ from the example's own. */
	answers: AnswerSetSchema,
	/** What the recommender must answer with the changed answers; the build fails if it does not. */
	expected: ExpectedSchema,
});

/** A worked example for the recommender: an organisation's answers and what the engine must say. */
const scenarios = defineCollection({
	loader: facts('scenarios'),
	schema: z.object({
		/** Position in the list on the guide page, lowest first; ties sort by id. Default 100. */
		order: z.number().int().nonnegative().default(100),
		/**
		 * The example's answer to each guide question: factor `param` -> option `id`, e.g.
		 * `{ size: small, industry: tech, goal: innovation }`. The build checks them against the guide.
		 */
		answers: AnswerSetSchema,
		/** What the recommender must answer for these answers; the build fails if it does not. */
		expected: ExpectedSchema,
		/** "What if" claims the example makes, each checked with the recommender. Default none. */
		variants: z.array(VariantSchema).default([]),
		/** When the entry was last reviewed against the article, facts and every language's words. */
		reviewed: Reviewed,
	}),
});

/** The words of a worked example: `content/scenarios/<lang>/<id>.mdx`, its body the narrative. */
const scenarioText = defineCollection({
	loader: words('scenarios', 'mdx'),
	schema: z.object({
		/** The organisation in a few words, e.g. "A 12-person SaaS start-up"; the page's heading. */
		title: z.string().min(5).max(80),
		/**
		 * The last part of the example's address in this language (`/de/leitfaden/beispiele/klinikgruppe/`);
		 * default its id. (Not `slug`: Astro would take that for the entry's id.)
		 */
		urlSlug: Slug.optional(),
		/** Meta description and the one-line summary in the list on the guide page. */
		description: z.string().min(50).max(170),
		/** The sentence of each variant of the facts, by variant id: what would change, and the answer then. */
		variants: z.record(Slug, z.string().min(20)).default({}),
		searchTerms: SearchTerms,
	}),
});

// ---- Changes (the changelog: the "What changed" page and the Atom feeds) ----------------------

/**
 * A change to the knowledge base that a reader may want to know of: `content/changes/<id>.yaml`.
 * The id is its anchor on the "What changed" page and part of its Atom entry's id: never rename it.
 * Name it for what changed (`answer-first`), starting with a letter, as HTML ids do; the day is in
 * `date`. Never invent a change or backdate one.
 */
const changes = defineCollection({
	loader: facts('changes'),
	schema: z.object({
		/** The day the change was published, as an ISO date; not in the future. */
		date: IsoDate,
		/**
		 * The pages it concerns, by page id (`faq`, `roles/cio`), or a family's id for every page of
		 * it (`roles`, `scenarios`, `answers`); at least one. The build checks that each exists.
		 */
		pages: z.array(z.string().regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)?$/, 'a page id such as faq or roles/cio')).min(1),
	}),
});

/** The words of a change: `content/changes/<lang>/<id>.yaml`. */
const changeText = defineCollection({
	loader: words('changes', 'yaml'),
	schema: z.object({
		/**
		 * What changed, for a reader, in one sentence of the site's own words, without markup: shown
		 * on the "What changed" page and as the title of its Atom entry.
		 */
		text: z
			.string()
			.trim()
			.min(20)
			.max(300)
			.regex(/^[^\n]*[.!?]$/, 'one sentence on one line, ending with a full stop'),
	}),
});

export const collections = {
	pages,
	pageText,
	faq,
	faqText,
	glossary,
	glossaryText,
	roles,
	roleText,
	differences,
	differenceText,
	overlaps,
	overlapText,
	guide,
	guideText,
	scenarios,
	scenarioText,
	changes,
	changeText,
};
