/**
 * The whole search interface in one module: the panel (form, filter, results) and the header's
 * dialog. SearchButton.astro and SearchPage.astro load it on intent as one standalone file.
 */
import './panel';
import './dialog';
