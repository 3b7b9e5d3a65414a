/**
 * Where the content script runs without asking: major German- and
 * English-language news sites, and Ukrainian, Russian-exile and international
 * outlets that publish in German or English. Every other site is opt-in
 * through optional permissions, never "all websites" at install.
 * `*.` also covers the bare domain, so "https://*.zeit.de/*" matches zeit.de.
 */
export const NEWS_SITE_DOMAINS = [
  // German-language
  'tagesschau.de',
  'zdf.de',
  'deutschlandfunk.de',
  'br.de',
  'ndr.de',
  'wdr.de',
  'mdr.de',
  'swr.de',
  'spiegel.de',
  'zeit.de',
  'faz.net',
  'sueddeutsche.de',
  'welt.de',
  'handelsblatt.com',
  'tagesspiegel.de',
  'stern.de',
  'n-tv.de',
  't-online.de',
  'focus.de',
  'taz.de',
  'fr.de',
  'rnd.de',
  'nzz.ch',
  'srf.ch',
  'tagesanzeiger.ch',
  'derstandard.at',
  'diepresse.com',
  'orf.at',
  'dw.com',
  // English-language
  'theguardian.com',
  'bbc.com',
  'bbc.co.uk',
  'reuters.com',
  'apnews.com',
  'nytimes.com',
  'washingtonpost.com',
  'wsj.com',
  'ft.com',
  'economist.com',
  'bloomberg.com',
  'politico.eu',
  'politico.com',
  'cnn.com',
  'npr.org',
  'aljazeera.com',
  'euronews.com',
  'france24.com',
  'independent.co.uk',
  'telegraph.co.uk',
  'thetimes.com',
  // Ukrainian, Russian-exile and international outlets in English or German
  'kyivindependent.com',
  'kyivpost.com',
  'ukrinform.net',
  'pravda.com.ua',
  'rferl.org',
  'meduza.io',
  'themoscowtimes.com',
  'novayagazeta.eu',
  'understandingwar.org',
];

export const NEWS_SITE_MATCHES = NEWS_SITE_DOMAINS.map((domain) => `https://*.${domain}/*`);
