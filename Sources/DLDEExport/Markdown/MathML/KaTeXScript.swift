/// The Node.js program that converts a batch of TeX spans with KaTeX (see
/// `KaTeXConverter`). Kept in Swift so the binary needs no file beside it.
enum KaTeXScript {
    static let source = #"""
"use strict";
// dlde-export's math converter: TeX spans to MathML with KaTeX, in one batch.
// Run as `node script KATEX` (KATEX: KaTeX's module), or from a start-up
// snapshot made by `node --snapshot-blob FILE --build-snapshot script KATEX.js`
// (KATEX.js: the module's main file; the snapshot holds it loaded).
// Standard input: {"spans": [{"tex", "display"}], "limits": {...}};
// standard output: one JSON array, per span {"mathml"} or {"error", "position"},
// then a newline (JSON text has none of its own): the reader has the whole
// answer then, without waiting for Node.js to exit.
const v8 = require("v8");
// Commands that would define macros, link, load files or place raw HTML:
// refused with a message (KaTeX's own "trust: false" would only colour links
// red). Found in the span's own tokens (a control word is a backslash and
// letters or @; a control symbol is a backslash and one other character, so
// `\\def` is `\\` then "def"), not in KaTeX's expansions: its `\tag` uses
// `\gdef` internally.
const refused = {
  "macro definitions": ["def", "gdef", "edef", "xdef", "let", "futurelet", "global",
    "newcommand", "renewcommand", "providecommand", "DeclareMathOperator"],
  "links": ["href", "url"],
  "files": ["includegraphics", "input", "include"],
  "HTML": ["htmlClass", "htmlId", "htmlStyle", "htmlData"],
};
const forbidden = new Map();
for (const [what, names] of Object.entries(refused)) {
  for (const name of names) forbidden.set(name, what);
}
function refusedCommand(tex) {
  const token = /\\([a-zA-Z@]+|[^])/g;
  let match;
  while ((match = token.exec(tex)) !== null) {
    const what = forbidden.get(match[1]);
    if (what) return { error: `\\${match[1]} is not allowed in math (no ${what})`, position: match.index };
  }
  return null;
}
function convert(katex, span, limits) {
  if (span.tex.length > limits.maxLength) {
    return { error: `the formula is longer than ${limits.maxLength} characters`, position: 0 };
  }
  const refusal = refusedCommand(span.tex);
  if (refusal) return refusal;
  try {
    const mathml = katex.renderToString(span.tex, {
      output: "mathml", displayMode: span.display, throwOnError: true, trust: false,
      strict: "ignore", maxSize: limits.maxSize, maxExpand: limits.maxExpand,
      globalGroup: false,
    });
    return { mathml };
  } catch (error) {
    if (error instanceof katex.ParseError) {
      const message = String(error.message).replace(/^KaTeX parse error: /, "").replace(/ at (position \d+|end of input): [^]*$/, "");
      return { error: message, position: typeof error.position === "number" ? error.position : 0 };
    }
    if (error instanceof RangeError) {
      return { error: "the formula is nested too deeply to typeset", position: 0 };
    }
    return { error: String(error && error.message || error), position: 0 };
  }
}
// Formulas converted while the batch is awaited, their results dropped, so
// that V8 has compiled KaTeX's parser and builders when the batch comes
// (a first span otherwise takes milliseconds). KaTeX keeps nothing from one
// conversion to the next that changes another's result.
const warmUpSpans = [
  "\\frac{\\partial u}{\\partial t} + \\sum_{i=1}^{n} \\int_0^1 \\alpha_i^{2} \\, dx \\leq \\sqrt{\\mathcal{O}(n \\log n)}",
  "\\mathbb{R}^{d} \\ni \\hat{x}, \\dot{x} = f_\\theta(x, t), \\|u - \\bar{u}\\|_{H^1} \\approx \\nabla \\cdot \\mathbf{v}",
  "\\left( \\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix} \\right) \\text{for } \\min_{k \\gg 1} \\operatorname{tr} \\tilde{A}",
];
function warmUp(katex) {
  const limits = { maxLength: 4000, maxSize: 3, maxExpand: 1000 };
  for (const tex of warmUpSpans) {
    for (const display of [false, true]) convert(katex, { tex, display }, limits);
  }
}
function answer(katex) {
  warmUp(katex);
  const fs = require("fs");
  const request = JSON.parse(fs.readFileSync(0, "utf8"));
  const bytes = Buffer.from(JSON.stringify(request.spans.map((span) => convert(katex, span, request.limits))) + "\n", "utf8");
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += fs.writeSync(1, bytes, offset);
    } catch (error) {
      if (error.code !== "EAGAIN") throw error;
    }
  }
}
if (v8.startupSnapshot && v8.startupSnapshot.isBuildingSnapshot()) {
  // Only Node's own modules can be required while a snapshot is made, so
  // KaTeX's file is run here as the CommonJS module it is.
  const module = { exports: {} };
  new Function("exports", "module", require("fs").readFileSync(process.argv[2], "utf8"))(module.exports, module);
  const katex = module.exports;
  v8.startupSnapshot.setDeserializeMainFunction(() => answer(katex));
} else {
  answer(require(process.argv[2]));
}
"""#
}
