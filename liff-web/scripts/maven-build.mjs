/*
 * What the Maven build runs in generate-resources (see pom.xml): `npm ci` when node_modules
 * is missing or package-lock.json changed since the last install, then `npm run build` when
 * the built app is older than its sources. Run it from liff-web/: `node scripts/maven-build.mjs`.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
	console.error(`liff-web needs Node.js 20.19 or newer (found ${process.version}). See README "Run it".`);
	process.exit(1);
}

const windows = process.platform === 'win32';
function npm(...args) {
	console.log(`liff-web: npm ${args.join(' ')}`);
	const result = spawnSync(windows ? 'npm.cmd' : 'npm', args, { stdio: 'inherit', shell: windows });
	if (result.error || result.status !== 0) {
		console.error(`liff-web: npm ${args.join(' ')} failed${result.error ? `: ${result.error.message}` : ''}`);
		process.exit(result.status || 1);
	}
}

// 1. dependencies, exactly as locked
const lockHash = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');
const stamp = join('node_modules', '.dho-lock-sha256');
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== lockHash) {
	npm('ci', '--no-audit', '--no-fund');
	writeFileSync(stamp, lockHash);
}

// 2. the app, unless it is newer than everything it is built from
const output = join('..', 'target', 'classes', 'static', 'liff', 'index.html');
function newest(path) {
	const info = statSync(path);
	if (!info.isDirectory()) {
		return info.mtimeMs;
	}
	return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}
const inputs = ['src', 'index.html', 'vite.config.js', 'package.json', 'package-lock.json'];
if (existsSync(output) && statSync(output).mtimeMs > Math.max(...inputs.map(newest))) {
	console.log('liff-web: the built app is up to date');
}
else {
	npm('run', 'build');
}
