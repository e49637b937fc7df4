#!/usr/bin/env python3
"""`make bench`: times `dlde-export all` (no PDF) on synthetic workshops of
100, 1,000 and 10,000 papers against the floor: Debian's cmark-gfm CLI
rendering the same abstracts to HTML, LaTeX and plain text. Reports medians,
peak memory, ratios to the floor and the 10k/1k scaling, and writes them to
docs/benchmarks.md with the machine they ran on. Then the site against Hugo
(scripts/bench_site.py) at 10,000 papers, side by side."""
import argparse
import os
import platform
import statistics
import subprocess
import sys
import time

import bench_site

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOOL = os.path.join(ROOT, ".build", "release", "dlde-export")
SYNTH = os.path.join(ROOT, ".build", "release", "dlde-synth")
WORK = os.path.join(ROOT, ".bench")
KEPT_MARKER = "<!-- make bench rewrites what is above this line and keeps what follows -->"
CMARK = ["cmark-gfm", "-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter"]


def timed(command, runs, stdout=subprocess.DEVNULL, env=None):
    """Median wall seconds over `runs` and the largest peak RSS (KiB)."""
    seconds, peaks = [], []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, stdout=stdout, stderr=subprocess.PIPE, text=True, env=env)
        seconds.append(time.perf_counter() - start)
        if result.returncode != 0:
            sys.exit(f"failed: {' '.join(command)}\n{result.stderr}")
        peaks.append(int(result.stderr.strip().splitlines()[-1]))
    return statistics.median(seconds), max(peaks)


def machine():
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as info:
            model = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores ({model}), {memory:.0f} GiB, {platform.system()} {platform.release()}"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", default="2021")
    parser.add_argument("--report", default=os.path.join(ROOT, "docs", "benchmarks.md"))
    parser.add_argument("--site-size", type=int, default=10000, help="papers for the site-against-Hugo run (0: none)")
    parser.add_argument("--site-runs", type=int, default=5)
    args = parser.parse_args()

    rows = []
    for size in [int(s) for s in args.sizes.split(",")]:
        folder = os.path.join(WORK, f"synth-{size}-{args.seed}")
        if not os.path.exists(os.path.join(folder, "abstracts.md")):
            subprocess.run([SYNTH, "--papers", str(size), "--seed", args.seed, "-o", folder], check=True)
        abstracts = os.path.join(folder, "abstracts.md")
        floor = 0.0
        for target in ["html", "latex", "plaintext"]:
            seconds, _ = timed(CMARK + ["-t", target, abstracts], args.runs)
            floor += seconds
        output = os.path.join(WORK, f"out-{size}")
        tool, peak = timed([TOOL, "all", "--workshop", folder, "--output", output], args.runs)
        # The same without KaTeX's kept answers (docs/math.md): every run starts Node.js.
        uncached, _ = timed([TOOL, "all", "--workshop", folder, "--output", output], args.runs,
                            env={**os.environ, "DLDE_MATH_CACHE": "0"})
        rows.append((size, os.path.getsize(os.path.join(folder, "papers.yaml")), floor, tool, peak, uncached))
        print(f"{size:>6} papers: dlde-export all {tool:.3f} s, peak {peak / 1024:.0f} MiB; "
              f"cmark-gfm floor {floor:.3f} s; ratio {tool / floor:.2f}; "
              f"math cache off {uncached:.3f} s, ratio {uncached / floor:.2f}", flush=True)

    by_size = {row[0]: row for row in rows}
    scaling = by_size[10000][3] / by_size[1000][3] if 10000 in by_size and 1000 in by_size else None
    revision = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    lines = [
        "# Benchmarks",
        "",
        "Made by `make bench` (scripts/bench.py): `dlde-export all` (every text output and, since issue 15, the site: a page and a calendar per paper; no PDF) on synthetic",
        "workshops from `dlde-synth` (seed " + args.seed + "), against the floor: Debian's `cmark-gfm` CLI rendering",
        "the same abstracts (one file) to HTML, LaTeX and plain text, the sum of the three. Medians of",
        f"{args.runs} runs; peak memory is the largest resident set seen. The last two columns: the same",
        "runs with `DLDE_MATH_CACHE=0`, which keeps no KaTeX answers between runs (docs/math.md), so",
        "each starts Node.js.",
        "",
        f"Machine: {machine()}. Revision {revision}.",
        "",
        "| papers | papers.yaml | cmark-gfm floor | dlde-export all | ratio to floor | peak memory | math cache off | its ratio |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size, yaml_bytes, floor, tool, peak, uncached in rows:
        lines.append(f"| {size:,} | {yaml_bytes / 2**20:.1f} MiB | {floor:.3f} s | {tool:.3f} s | {tool / floor:.2f}× | {peak / 1024:.0f} MiB "
                     f"| {uncached:.3f} s | {uncached / floor:.2f}× |")
    if scaling is not None:
        lines += ["", f"Scaling, 10,000 / 1,000 papers: {scaling:.2f} (linear is 10)."]
    if args.site_size:
        medians, _ = bench_site.measure(args.site_size, args.site_runs, TOOL, SYNTH, seed=args.seed)
        print(f"{args.site_size:>6} papers: dlde-export site {medians['dlde-export site']:.3f} s, hugo {medians['hugo']:.3f} s", flush=True)
        lines += bench_site.report_lines(args.site_size, medians, args.site_runs, bench_site.hugo_version())
    lines += ["", "Targets (issue 18): 10k and 1k papers ≤ 2.0× the floor, 100 papers ≤ 0.15 s; peak memory at 10k ≤ 250 MB; 10k/1k ratio ≤ 11.",
              "Where the time goes and what is left to do: [performance.md](performance.md).", ""]
    # Measurements made by hand (other issues' notes) follow a marker line and
    # are kept as they are; only the table above it is rewritten.
    kept = ""
    if os.path.exists(args.report):
        with open(args.report) as old:
            text = old.read()
        if KEPT_MARKER in text:
            kept = text[text.index(KEPT_MARKER):]
    with open(args.report, "w") as report:
        report.write("\n".join(lines) + ("\n" + kept if kept else ""))
    print(f"wrote {args.report}")


if __name__ == "__main__":
    main()
