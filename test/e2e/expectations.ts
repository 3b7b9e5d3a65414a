/**
 * What a reader sees on the fixture pages, whichever browser: the Chromium and
 * Firefox suites assert the same values, so a difference between the browsers fails one of them.
 */

/**
 * The highlighted ranges on article-de.html, in document order. By default only the first mention of
 * each name is marked: "Waffenruhe" repeats the ceasefire term, "Dmitri Peskow" the Kremlin spokesman,
 * and the last "Umjerow" Rustem Umjerow.
 */
export const ARTICLE_DE_HIGHLIGHTS = [
  'Zweite Gesprächsrunde in Istanbul',
  'Rustem Umjerow',
  'Istanbul',
  'Waffenstillstand',
  'Wladimir Medinski',
  'Selenskyj',
  'Kiew',
  'Kremlsprecher',
  'Putin',
];

/**
 * Umerov's roles on a fixture article of May or June 2025, most recently started first: he led
 * Ukraine's delegation at the Istanbul talks (from 15 May 2025) while he was defence minister.
 */
export const UMEROV_ROLES_SPRING_2025 = {
  en: "Head of Ukraine's delegation, Istanbul talksMinister of Defence of Ukraine",
  de: 'Leiter der ukrainischen Delegation bei den Istanbuler GesprächenVerteidigungsminister der Ukraine',
} as const;

/** "Istanbul 2025" in the popup: the three Istanbul rounds of 2025, newest first. */
export const ISTANBUL_2025_ROUNDS = ['istanbul-2025-07-23', 'istanbul-2025-06-02', 'istanbul-2025-05-16'];

/** The one mutation the page may see outside the card's host: the host's insertion. */
export const HOST_INSERTION = {
  type: 'childList',
  target: 'HTML',
  targetIsOverlay: false,
  added: ['DOSSIER-OVERLAY'],
  removed: [],
  attribute: null,
};
