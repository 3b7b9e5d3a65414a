/**
 * Where the content script runs without asking: major German- and
 * English-language news sites. Every other site will be opt-in through
 * optional permissions (options issue), never "all websites" at install.
 */
export const NEWS_SITE_MATCHES = [
  'https://*.tagesschau.de/*',
  'https://*.zdf.de/*',
  'https://*.spiegel.de/*',
  'https://*.zeit.de/*',
  'https://*.faz.net/*',
  'https://*.sueddeutsche.de/*',
  'https://*.welt.de/*',
  'https://*.dw.com/*',
  'https://*.nzz.ch/*',
  'https://*.derstandard.at/*',
  'https://*.theguardian.com/*',
  'https://*.bbc.com/*',
  'https://*.bbc.co.uk/*',
  'https://*.reuters.com/*',
  'https://*.apnews.com/*',
  'https://*.nytimes.com/*',
  'https://*.kyivindependent.com/*',
];
