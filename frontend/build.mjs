// Builds the browser libraries the portal serves under /vendor/ (classpath static/vendor/), and copies the fonts the
// server itself needs to careflow/fonts/ (classpath, not served).
// Packages come from the npm registry at the versions package-lock.json pins; `npm ci` runs only when the lock file
// changed since the last install. Prebuilt distributions are copied as their authors ship them (bpmn.io's bundles
// keep their watermark); our own modules in src/ are bundled with esbuild, one file per entry.
// Usage: node build.mjs <classes directory>
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const classes = process.argv[2];
if (!classes) throw new Error('usage: node build.mjs <classes directory>');
const out = join(classes, 'static', 'vendor');

installWhenLockChanged();
copyDistributions();
copyServerFonts();
await bundleOwnModules();

function installWhenLockChanged() {
  const installed = join(here, 'node_modules', '.package-lock.json');
  const lock = join(here, 'package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('frontend: npm ci (package-lock.json changed)');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['ci', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: here, stdio: 'inherit' });
}

function copy(from, to, into = out) {
  mkdirSync(dirname(join(into, to)), { recursive: true });
  cpSync(join(here, 'node_modules', from), join(into, to), { recursive: true });
}

function copyDistributions() {
  copy('bpmn-js/dist/bpmn-navigated-viewer.production.min.js', 'bpmn-js/bpmn-navigated-viewer.js');
  copy('bpmn-js/dist/bpmn-modeler.production.min.js', 'bpmn-js/bpmn-modeler.js');
  copy('bpmn-js/dist/assets', 'bpmn-js/assets');
  copy('dmn-js/dist/dmn-modeler.production.min.js', 'dmn-js/dmn-modeler.js');
  copy('dmn-js/dist/dmn-navigated-viewer.production.min.js', 'dmn-js/dmn-navigated-viewer.js');
  copy('dmn-js/dist/assets', 'dmn-js/assets');
  copy('chart.js/dist/chart.umd.min.js', 'chart.js/chart.js');
  copy('chartjs-plugin-annotation/dist/chartjs-plugin-annotation.min.js', 'chart.js/chartjs-plugin-annotation.js');
}

// The monthly health report's PDF embeds a subset of Noto Sans SC (SIL OFL 1.1, licence copied beside it): a
// TrueType (glyf) font, which PDFBox embeds as a subset, unlike the CFF-based OpenType builds. One weight only, as
// each is 10 MB. Outside static/, so the portal does not serve it.
function copyServerFonts() {
  const fonts = join(classes, 'careflow', 'fonts');
  copy('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf', 'NotoSansSC-Regular.ttf', fonts);
  copy('@expo-google-fonts/noto-sans-sc/LICENSE_FONT', 'NotoSansSC-OFL.txt', fonts);
}

// Every src/<name>.js is an entry point: bundled with what it imports into <out>/careflow/<name>.js.
async function bundleOwnModules() {
  const src = join(here, 'src');
  const entries = existsSync(src) ? readdirSync(src).filter(f => f.endsWith('.js')).map(f => join(src, f)) : [];
  if (entries.length === 0) return;
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: entries, bundle: true, minify: true, format: 'iife', target: 'es2020',
    outdir: join(out, 'careflow'), logLevel: 'warning', legalComments: 'linked'
  });
}
