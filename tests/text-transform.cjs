// Jest transform: a .txt data file becomes a module whose default export is its text,
// as esbuild's `text` loader does for the bundles.
module.exports = {
  process(src) {
    return { code: `module.exports = { __esModule: true, default: ${JSON.stringify(src)} };` };
  },
};
