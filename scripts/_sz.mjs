import * as esbuild from 'esbuild';
import { gzipSync } from 'zlib';
const r = await esbuild.build({ entryPoints: ['utils/analyzer/index.ts'], bundle: true, minify: true, charset: 'utf8', format: 'esm', write: false });
const out = r.outputFiles[0].contents;
console.log('raw', out.length, 'gz9', gzipSync(out, {level:9}).length, 'gz6', gzipSync(out).length);
