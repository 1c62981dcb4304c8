// Unit tests of the core (node) and jsdom tests of the content script and popup.
// Browser tests live in tests/browser and have their own config (npm run test:browser).
const transform = {
  '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }],
  '^.+\\.txt$': '<rootDir>/tests/text-transform.cjs',
};
module.exports = {
  projects: [
    { displayName: 'unit', testEnvironment: 'node', roots: ['<rootDir>/tests/unit'], transform, moduleFileExtensions: ['ts', 'js', 'json', 'txt'] },
    { displayName: 'dom', testEnvironment: 'jsdom', roots: ['<rootDir>/tests/dom'], transform, moduleFileExtensions: ['ts', 'js', 'json', 'txt'] },
  ],
};
