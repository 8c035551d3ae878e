import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { analyzerBuildId } from './scripts/analyzer-build.ts';

export default defineConfig({
  plugins: [WxtVitest()],
  define: { __ANALYZER_BUILD__: JSON.stringify(analyzerBuildId()) },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
  },
});
