/// The Node.js program that converts a batch of TeX spans with KaTeX (see
/// `KaTeXConverter`). Kept in Swift so the binary needs no file beside it.
enum KaTeXScript {
    static let source = #"""
"use strict";
// dlde-export's math converter: TeX spans to MathML with KaTeX, in one batch.
// argv[2]: KaTeX's module; standard input: {"spans": [{"tex", "display"}], "limits": {...}};
// standard output: one JSON array, per span {"mathml"} or {"error", "position"}.
const katex = require(process.argv[2]);
const request = JSON.parse(require("fs").readFileSync(0, "utf8"));
const limits = request.limits;
// Commands that would define macros, link, load files or place raw HTML: refused
// with a message (KaTeX's own "trust: false" would only colour them red).
const refused = {
  "macro definitions": ["\\def", "\\gdef", "\\edef", "\\xdef", "\\let", "\\futurelet", "\\global",
    "\\newcommand", "\\renewcommand", "\\providecommand", "\\DeclareMathOperator"],
  "links": ["\\href", "\\url"],
  "files": ["\\includegraphics", "\\input", "\\include"],
  "HTML": ["\\htmlClass", "\\htmlId", "\\htmlStyle", "\\htmlData"],
};
function refuse(name, what) {
  return () => { throw new katex.ParseError(`${name} is not allowed in math (no ${what})`); };
}
const forbidden = {};
for (const [what, names] of Object.entries(refused)) {
  for (const name of names) forbidden[name] = refuse(name, what);
}
function convert(span) {
  if (span.tex.length > limits.maxLength) {
    return { error: `the formula is longer than ${limits.maxLength} characters`, position: 0 };
  }
  try {
    const mathml = katex.renderToString(span.tex, {
      output: "mathml", displayMode: span.display, throwOnError: true, trust: false,
      strict: "ignore", maxSize: limits.maxSize, maxExpand: limits.maxExpand,
      macros: Object.assign({}, forbidden), globalGroup: false,
    });
    return { mathml };
  } catch (error) {
    if (error instanceof katex.ParseError) {
      const message = String(error.message).replace(/^KaTeX parse error: /, "").replace(/ at position \d+: [^]*$/, "");
      const named = /^(\\[A-Za-z]+) is not allowed/.exec(message);
      const position = typeof error.position === "number" ? error.position : named ? Math.max(0, span.tex.indexOf(named[1])) : 0;
      return { error: message, position };
    }
    if (error instanceof RangeError) {
      return { error: "the formula is nested too deeply to typeset", position: 0 };
    }
    return { error: String(error && error.message || error), position: 0 };
  }
}
process.stdout.write(JSON.stringify(request.spans.map(convert)));
"""#
}
