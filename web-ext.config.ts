import { defineWebExtConfig } from 'wxt';

/**
 * How `npm run dev` opens a browser. With a desktop it launches Chromium/Chrome
 * with CalmLine loaded. On a machine with no display (a server, a container) it
 * only builds and watches: load .output/chrome-mv3-dev unpacked yourself.
 */
const hasDisplay = process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;

export default defineWebExtConfig({
  disabled: !hasDisplay,
  ...(process.env.CHROME_PATH ? { binaries: { chrome: process.env.CHROME_PATH } } : {}),
  // Chromium refuses to start as root unless its sandbox is off.
  chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
});
