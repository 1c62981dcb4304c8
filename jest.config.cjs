// Unit tests of the core (node) and jsdom tests of the content script and popup.
// Browser tests live in tests/browser and have their own config (npm run test:browser).
// The whole-pipeline run over every real page (tests/pages, minutes long) joins when CI or
// LEDE_PAGES is set: `npm test` sets LEDE_PAGES, so it always runs there; a bare `npx jest`
// (the quick check before landing a change) leaves it out.
const transform = {
  // Readability ships with the build's DOM-only rewrite of its innerHTML assignments (first: jest uses the first match).
  '[\\/]@mozilla[\\/]readability[\\/]Readability\\.js$': '<rootDir>/tests/readability-transform.cjs',
  '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }],
  '^.+\\.txt$': '<rootDir>/tests/text-transform.cjs',
};
module.exports = {
  projects: [
    { displayName: 'unit', testEnvironment: 'node', roots: ['<rootDir>/tests/unit'], transform, moduleFileExtensions: ['ts', 'js', 'json', 'txt'] },
    { displayName: 'dom', testEnvironment: 'jsdom', roots: ['<rootDir>/tests/dom'], transform, moduleFileExtensions: ['ts', 'js', 'json', 'txt'] },
  ],
};
if (process.env.CI || process.env.LEDE_PAGES) {
  module.exports.projects.push({ displayName: 'pages', testEnvironment: 'jsdom', roots: ['<rootDir>/tests/pages'], transform, moduleFileExtensions: ['ts', 'js', 'json', 'txt'] });
}
// Let the Readability transform above reach into node_modules, and compile parse5 (ESM only, used by
// src/cli/depth-cap.ts) to CommonJS; everything else there stays untransformed.
for (const p of module.exports.projects) p.transformIgnorePatterns ??= ['/node_modules/(?!(@mozilla/readability|parse5|entities)/)'];
