/** Facts about the site and the article it grows from, used in headers, footers and credits. */
export const SOURCE_ARTICLE = {
	title: 'CIO vs CTO: Understanding the Distinct Roles in Modern Enterprises',
	author: 'Marin Delija',
	publisher: 'NXT YOU',
	blogName: 'NXT YOU blog',
	url: 'https://nxtyou.de/en/blog/cio-vs-cto-difference',
	year: 2023,
} as const;
