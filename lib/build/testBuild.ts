/**
 * The test build is the release code plus the seams that end-to-end tests need
 * (fixture host, open shadow root, diagnostics readable from the service
 * worker). It is selected with `wxt build --mode e2e`; everything guarded by
 * `isTestBuild` is removed from the release bundle by dead-code elimination.
 */
export const TEST_BUILD_MODE = 'e2e';

/** Fixture pages and the demo are served from here (any port). */
export const FIXTURE_HOST_PATTERN = 'http://127.0.0.1/*';

export function isTestBuildMode(mode: string): boolean {
  return mode === TEST_BUILD_MODE;
}

/**
 * A host only the enable-this-site flow reaches: no static content script runs
 * there. The permission is the one that flow asks for (the site and its subdomains).
 */
export const OPT_IN_TEST_HOST_PATTERNS = ['*://localhost/*', '*://*.localhost/*'];
