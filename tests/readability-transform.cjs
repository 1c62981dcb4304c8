// Jest transform for @mozilla/readability/Readability.js: the same DOM-only rewrite the build
// applies (scripts/readability-safe-dom.cjs), so jest tests run the code that ships.
const { patchReadability } = require('../scripts/readability-safe-dom.cjs');

module.exports = {
  process(src) {
    return { code: patchReadability(src) };
  },
};
