/** Dates as readers of each language write them. */
import { LOCALE_SETTINGS, type Locale } from '../domain/i18n';

/** One formatter a language: making one costs more than formatting with it, and every page shows a date. */
const formatters = new Map<Locale, Intl.DateTimeFormat>();

/** A date (`YYYY-MM-DD`) as a reader of the language writes it: "7 December 2026", „7. Dezember 2026“. */
export function formatDate(date: string, locale: Locale): string {
	let formatter = formatters.get(locale);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat(LOCALE_SETTINGS[locale].ogLocale.replace('_', '-'), {
			dateStyle: 'long',
			timeZone: 'UTC',
		});
		formatters.set(locale, formatter);
	}
	return formatter.format(new Date(`${date}T00:00:00Z`));
}
