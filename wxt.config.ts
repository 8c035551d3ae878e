import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { analyzerBuildId } from './scripts/analyzer-build.ts';

/**
 * The public half of the key that gives the unpacked Chrome build a stable id
 * (ajldaajgnadjnmamepeanockpifnggej), so end-to-end tests can open its pages directly.
 * Web-store builds are re-signed by the store and ignore it.
 */
const CHROME_DEV_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtcl414cfosMoqwIiCjq2ZvjnyrzGB/GOILY61KlK18RBnr8oxv9wMgZVZdu+/sj1T4rQZPzjWF/+cMORr9nCuH9Od5eDB0JgsiPs3o3VoWpzilVYunzFTfa3SSnaC3CqMTwhtifiCLRD5/ZZcgKqY4JhDbdyJBHklxTgozQzZrBpCQsUw5/7hXYBR13edTu1xmUWawZo3DniKcZRvATuOeBJng29o3hOY5VfHW3hRV9KrQ+g3Fa+aT0JBjnV1mH60yhemsicsvbwXvKr8Yqc1mPezkadlZ8GttiqiYo3jllTgfPeH7TPa/obxO+OLmToQCIiXU6TItjEiPRompaYnQIDAQAB';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Every name is imported where it is used: nothing appears from nowhere.
  imports: false,
  vite: () => ({
    plugins: [preact()],
    define: { __ANALYZER_BUILD__: JSON.stringify(analyzerBuildId()) },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    ...(browser === 'chrome' ? { key: CHROME_DEV_KEY } : {}),
    permissions: [
      'storage',
      'unlimitedStorage',
      'contextMenus',
      'activeTab',
      'scripting',
      'alarms',
      'notifications',
      ...(browser === 'chrome' ? ['sidePanel'] : []),
    ],
    // Nothing is granted at install. A person may allow one site at a time
    // ("Help on this site"), and take it back whenever they like.
    // (Firefox's Manifest V2 lists optional hosts among its optional permissions.)
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    action: { default_title: '__MSG_extName__' },
    commands: {
      'open-notes': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandOpenNotes__',
      },
      'analyze-selection': {
        suggested_key: { default: 'Alt+Shift+A' },
        description: '__MSG_commandAnalyzeSelection__',
      },
    },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'calmline@calmline.app',
              strict_min_version: '142.0',
              // Nothing is collected: every note stays on the device.
              data_collection_permissions: { required: ['none'] },
            },
          }
        : undefined,
  }),
});
