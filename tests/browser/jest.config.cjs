// Real-browser tests: Debian Chromium through puppeteer-core, with the built extension loaded.
// Run by `npm run test:browser` (part of `npm test`); they skip without /usr/bin/chromium, except on CI.
module.exports = {
  rootDir: '../..',
  roots: ['<rootDir>/tests/browser'],
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 120_000,
};
