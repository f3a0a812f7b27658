// Launch settings for Debian's Chromium, shared by every browser test. Browsers are never
// downloaded here: tests use the system package (scripts/ensure-chromium.sh installs it).
// The networking flags stop Chromium from calling home, which a closed network refuses noisily.

/** Where the browser lives; TANDEM_CHROMIUM overrides it. */
export const chromiumPath = process.env.TANDEM_CHROMIUM || '/usr/bin/chromium';

/** Options for playwright-core's `chromium.launch()`. */
export const chromiumLaunchOptions = {
  executablePath: chromiumPath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ],
};
