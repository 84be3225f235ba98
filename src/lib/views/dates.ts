/** Dates as readers of each language write them. */
import { LOCALE_SETTINGS, type Locale } from '../domain/i18n';

/** A date (`YYYY-MM-DD`) as a reader of the language writes it: "7 December 2026", „7. Dezember 2026“. */
export function formatDate(date: string, locale: Locale): string {
	return new Intl.DateTimeFormat(LOCALE_SETTINGS[locale].ogLocale.replace('_', '-'), {
		dateStyle: 'long',
		timeZone: 'UTC',
	}).format(new Date(`${date}T00:00:00Z`));
}
