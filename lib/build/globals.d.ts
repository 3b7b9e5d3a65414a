/** True only in the test build (`wxt build --mode e2e`); a literal the minifier folds away. */
declare const __TEST_BUILD__: boolean;

/** The bundled dataset's lexicon source, generated at build time (lib/build/lexiconPlugin.ts). */
declare module 'virtual:dossier-lexicon' {
  const lexicon: import('../match/source').LexiconSource;
  export default lexicon;
}
