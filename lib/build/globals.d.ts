/** True only in the test build (`wxt build --mode e2e`); a literal the minifier folds away. */
declare const __TEST_BUILD__: boolean;
