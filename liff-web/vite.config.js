import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The Maven build runs `npm run build` in generate-resources: the app lands in the Spring
// application's classpath (target/classes/static/liff), served under /liff/.
const outDir = fileURLToPath(new URL('../target/classes/static/liff', import.meta.url));

export default defineConfig({
	base: '/liff/',
	build: {
		outDir,
		emptyOutDir: true,
		target: 'es2019',
		// no inline scripts or styles: the page's Content-Security-Policy forbids them
		assetsInlineLimit: 0,
		modulePreload: { polyfill: false },
		reportCompressedSize: false,
	},
	server: {
		// `npm run dev` next to `./mvnw spring-boot:run`
		proxy: {
			'/api': 'http://localhost:8080',
			'/dev': 'http://localhost:8080',
			'/fonts': 'http://localhost:8080',
		},
	},
	test: {
		environment: 'happy-dom',
		include: ['test/**/*.test.js'],
	},
});
