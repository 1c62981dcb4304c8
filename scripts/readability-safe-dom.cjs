// Rewrites the two innerHTML assignments in @mozilla/readability into DOM operations that do
// the same job without parsing a string as HTML. Used by the esbuild build (extension and CLI)
// and by jest (tests/readability-transform.cjs), so what is tested is what ships.
//
// 1. grabArticle keeps a copy of the page and restores it before each retry:
//      var pageCacheHtml = page.innerHTML;  ...  page.innerHTML = pageCacheHtml;
//    becomes a deep clone kept aside, and a fresh clone of it put back with replaceChildren.
//    (Readability's expando properties are dropped either way: neither innerHTML nor cloneNode
//    copies them.)
// 2. _unwrapNoscriptImages copies a <noscript>'s content into a new <div>:
//      tmp.innerHTML = noscript.innerHTML;
//    It runs only when the noscript holds exactly one image as *elements* (a document parsed
//    without scripting), so cloning those child nodes gives the same tree as re-parsing them.
//
// Every rewrite must match exactly once: a new Readability release that changes these lines
// fails the build instead of silently shipping an unpatched copy.
'use strict';

const REWRITES = [
  {
    find: 'var pageCacheHtml = page.innerHTML;',
    replace: 'var pageCacheHtml = page.cloneNode(true);',
  },
  {
    find: 'page.innerHTML = pageCacheHtml;',
    replace: 'page.replaceChildren(...Array.from(pageCacheHtml.cloneNode(true).childNodes));',
  },
  {
    find: 'tmp.innerHTML = noscript.innerHTML;',
    replace: 'tmp.append(...Array.from(noscript.childNodes, function (n) { return n.cloneNode(true); }));',
  },
];

/** The patched source of Readability.js. Throws when a rewrite does not match exactly once. */
function patchReadability(source) {
  let out = source;
  for (const { find, replace } of REWRITES) {
    const count = out.split(find).length - 1;
    if (count !== 1) {
      throw new Error(`readability-safe-dom: expected "${find}" once in Readability.js, found it ${count} times`);
    }
    out = out.replace(find, () => replace);
  }
  if (/\.innerHTML\s*=[^=]/.test(out)) throw new Error('readability-safe-dom: an innerHTML assignment is left');
  return out;
}

/** Path test for the file to patch (both separators). */
const READABILITY_FILE = /[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/;

module.exports = { patchReadability, READABILITY_FILE, REWRITES };
