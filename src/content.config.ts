/**
 * Every content collection and its schema. Words live in `content/<collection>/`; this file says
 * what shape they must have. A frontmatter error fails the build naming the file and the field.
 * Cross-links use `reference()`; `src/lib/content.ts` turns a dangling one into a build error.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/**
 * Where the words live: `./content` unless `KB_CONTENT_DIR` names another folder (the benchmark's
 * scale mode builds from a temporary copy with synthetic articles added; the real content stays put).
 */
const CONTENT_DIR = (process.env['KB_CONTENT_DIR'] ?? './content').replace(/\/+$/, '');

/** One responsibility of a role, as the article lists it. */
const ResponsibilitySchema = z.object({
	/** Stable anchor id on the role page; part of the public URL contract. */
	id: z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and hyphens'),
	/** Short title, as the article's bullet names it. */
	title: z.string().min(3),
	/** The article's own explanation, kept word for word. */
	explanation: z.string().min(20),
	/** What the responsibility looks like in day-to-day work: common, checkable practice only. */
	inPractice: z.array(z.string().min(10)).default([]),
});

const roles = defineCollection({
	loader: glob({ pattern: '*.mdx', base: `${CONTENT_DIR}/roles` }),
	schema: z.object({
		/** The acronym readers know, e.g. "CIO". */
		acronym: z.string().regex(/^[A-Z]{2,5}$/),
		/** The full title, e.g. "Chief Information Officer". */
		title: z.string().min(5),
		/** One sentence that tells the role apart at a glance. */
		summary: z.string().min(20).max(200),
		/** Where the role points: a word pair used in tables and cards. */
		focus: z.string().min(5).max(60),
		/** Meta description for the page. */
		description: z.string().min(50).max(170),
		/** The three responsibilities the article names, in its order. */
		responsibilities: z.array(ResponsibilitySchema).min(1),
		/** The other role, for "compare with" links. */
		counterpart: reference('roles'),
	}),
});

/** One side of a comparison dimension. */
const SideSchema = z.object({
	/** One-line answer for the table cell. */
	short: z.string().min(3).max(120),
	/** The longer explanation shown below the table. */
	detail: z.string().min(10),
});

const differences = defineCollection({
	loader: glob({ pattern: '*.yaml', base: `${CONTENT_DIR}/differences` }),
	schema: z.object({
		/** Name of the dimension, e.g. "Focus". */
		dimension: z.string().min(3),
		/** Position in the comparison table, lowest first. */
		order: z.number().int().nonnegative(),
		/** The CIO's side. */
		cio: SideSchema,
		/** The CTO's side. */
		cto: SideSchema,
		/** The role pages this dimension draws on. */
		roles: z.array(reference('roles')).default([]),
	}),
});

/** How many executives an answer allows, and what a balanced answer becomes. */
const StructureSchema = z.object({
	/** The most executives this answer can carry: 1 means one person covers both roles. */
	maxExecutives: z.union([z.literal(1), z.literal(2)]).default(2),
	/** What an even pull between the roles becomes: two executives, or one covering both. */
	whenBalanced: z.enum(['both', 'combined']).default('both'),
});

/** One answer to a guide factor, with the pull it puts on each role. */
const GuideOptionSchema = z.object({
	/** Stable id; also the recommender's URL parameter value. */
	id: z.string().regex(/^[a-z][a-z-]*$/),
	/** The answer as a business reader would say it. */
	label: z.string().min(3),
	/** A short hint under the label. */
	hint: z.string().min(3),
	/** How strongly this answer calls for each role (0 = not at all). */
	weights: z.object({
		cio: z.number().int().min(0).max(5).default(0),
		cto: z.number().int().min(0).max(5).default(0),
	}),
	/** The plain-language reason the recommender gives for this answer. */
	reason: z.string().min(20),
	/** Limits on the executive team this answer implies; only size answers usually set it. */
	structure: StructureSchema.optional(),
});

const guide = defineCollection({
	loader: glob({ pattern: '*.yaml', base: `${CONTENT_DIR}/guide` }),
	schema: z.object({
		/** The factor's name, e.g. "Company size". */
		title: z.string().min(3),
		/** Stable URL parameter name for the recommender, e.g. "size". */
		param: z.string().regex(/^[a-z]+$/),
		/** The question the recommender asks. */
		question: z.string().min(5),
		/** Anchor id of the factor's section on /guide/; reasons link here. */
		anchor: z.string().regex(/^[a-z0-9-]+$/),
		/** Position in the guide and the questionnaire, lowest first. */
		order: z.number().int().nonnegative(),
		/** What the article says about this factor, word for word. */
		article: z.string().min(20),
		/** Our explanation for the guide page. */
		explanation: z.array(z.string().min(10)).default([]),
		/** The answers, in the order they are offered. */
		options: z.array(GuideOptionSchema).min(2),
	}),
});

/** One question a page answers, with the answer it shows and where to read more. */
const FaqItemSchema = z.object({
	/** The question, as a reader would ask it. */
	question: z.string().min(5).endsWith('?'),
	/** The answer in a few sentences, true to the source article. */
	answer: z.string().min(20),
	/** Site paths that answer it in full, e.g. `/roles/cio/` or `/guide/#company-size`. */
	links: z
		.array(z.string().regex(/^\/(?:[a-z0-9-]+\/)*(?:#[a-z0-9-]+)?$/, 'a site path such as /roles/cio/'))
		.default([]),
});

const pages = defineCollection({
	loader: glob({ pattern: '*.mdx', base: `${CONTENT_DIR}/pages` }),
	schema: z.object({
		/** The page's main heading and title. */
		title: z.string().min(3),
		/** Short label for navigation and breadcrumbs; defaults to the title. */
		navLabel: z.string().optional(),
		/** Meta description, also used on cards and in search results. */
		description: z.string().min(50).max(170),
		/** The roles this page discusses. */
		roles: z.array(reference('roles')).default([]),
		/** Questions the page answers, shown with their answers and published as FAQPage data. */
		faq: z.array(FaqItemSchema).default([]),
		/** Whether site search indexes this page; `false` keeps it out of the index. */
		searchable: z.boolean().default(true),
	}),
});

/** A worked example for the recommender: an organisation, its answers and what the engine says. */
const scenarios = defineCollection({
	loader: glob({ pattern: '*.mdx', base: './content/scenarios' }),
	schema: z
		.object({
			/** The organisation in a few words, e.g. "A 12-person SaaS start-up"; the page's heading. */
			title: z.string().min(5).max(80),
			/** Meta description and the one-line summary in the list on /guide/. */
			description: z.string().min(50).max(170),
			/** Position in the list on /guide/, lowest first; ties sort by title. Default 100. */
			order: z.number().int().nonnegative().default(100),
			/**
			 * The scenario's answer to each guide question: factor `param` -> option `id`, e.g.
			 * `{ size: small, industry: tech, goal: innovation }`. The build checks them against the guide.
			 */
			answers: z.record(z.string().regex(/^[a-z]+$/), z.string().regex(/^[a-z][a-z-]*$/)),
			/** What the recommender must answer for these answers; the build fails if it does not. */
			expected: z.object({
				/** `cio`, `cto`, `both`, or `combined` (one executive covering both roles). */
				recommendation: z.enum(['cio', 'cto', 'both', 'combined']),
				/** For `combined` only, and required then: the side it leans to. No default. */
				lean: z.enum(['cio', 'cto', 'balanced']).optional(),
			}),
		})
		.refine((data) => (data.expected.recommendation === 'combined') === (data.expected.lean !== undefined), {
			message: 'expected.lean is required when expected.recommendation is "combined", and allowed only then',
			path: ['expected', 'lean'],
		}),
});

export const collections = { roles, differences, guide, pages, scenarios };
