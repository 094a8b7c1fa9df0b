#!/usr/bin/env python3
"""Turns JMH's JSON output (-rf json) into an SVG chart and a Markdown table of medians and ratios.

Standard library only. Usage:

    python3 nps-benchmarks/report.py RESULTS.json [--svg OUT.svg] [--markdown OUT.md]

Every bar is the median of the measurement iterations, shown as answers per second on a
logarithmic axis, with its ratio to the stream baseline of the same scenario. The Markdown output
has one table per scenario and a table of the issue's targets, each ratio computed from results of
the same JMH run.
"""

import argparse
import html
import json
import math
import sys

# (benchmark method, label, colour), in the order strategies are numbered in the issue.
STRATEGIES = {
    "OverallNpsBenchmark": [
        ("streamGroupingBy", "1 stream + groupingBy", "#8c8c8c"),
        ("duckDbOneThread", "2 DuckDB, 1 thread", "#e6842a"),
        ("duckDbAllThreads", "2 DuckDB, all threads", "#b35806"),
        ("objectsNpsOf", "3 Nps.of(list)", "#4e79a7"),
        ("objectsCollector", "3 stream + Nps.collector()", "#76a1cf"),
        ("columnarCategories", "4 columnar, categories", "#2ca02c"),
        ("columnarHistogram", "4 columnar, 11 buckets", "#74c476"),
        ("parallelColumnar", "5 parallel columnar", "#6a3d9a"),
        ("parallelObjects", "5 parallel objects", "#9e9ac8"),
        ("columnarPlainLoop", "ref: plain byte loop", "#c7c7c7"),
        ("columnarReadOnly", "ref: read only", "#dddddd"),
    ],
    "SegmentNpsBenchmark": [
        ("streamGroupingBy", "1 stream + groupingBy", "#8c8c8c"),
        ("duckDbOneThread", "2 DuckDB, 1 thread", "#e6842a"),
        ("duckDbAllThreads", "2 DuckDB, all threads", "#b35806"),
        ("objectsBySegment", "3 Nps.bySegment(list)", "#4e79a7"),
        ("columnar", "4 columnar", "#2ca02c"),
        ("parallelColumnar", "5 parallel columnar", "#6a3d9a"),
        ("parallelObjects", "5 parallel objects", "#9e9ac8"),
    ],
    "ConcurrentIngestBenchmark": [
        ("synchronizedAccumulator", "6 synchronized NpsAccumulator", "#8c8c8c"),
        ("concurrentAccumulator", "6 ConcurrentNpsAccumulator", "#2ca02c"),
    ],
}

TITLES = {
    "OverallNpsBenchmark": "Overall NPS",
    "SegmentNpsBenchmark": "NPS per segment",
    "ConcurrentIngestBenchmark": "Concurrent ingestion, all threads adding one at a time",
}

UNIT_SECONDS = {"s/op": 1.0, "ms/op": 1e-3, "us/op": 1e-6, "ns/op": 1e-9}


def load(path):
    """Returns {(class, params tuple): {method: result}} and the list of scenarios in order."""
    with open(path, encoding="utf-8") as f:
        runs = json.load(f)
    scenarios = {}
    meta = {}
    for run in runs:
        cls, method = run["benchmark"].rsplit(".", 1)
        cls = cls.rsplit(".", 1)[-1]
        params = run.get("params") or {}
        key = (cls, tuple(sorted((k, int(v)) for k, v in params.items())))
        metric = run["primaryMetric"]
        per_op = UNIT_SECONDS[metric["scoreUnit"]]
        median = metric.get("scorePercentiles", {}).get("50.0", metric["score"]) * per_op
        answers_per_op = int(params.get("n", 1))
        threads = run.get("threads", 1)
        alloc = run.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
        scenarios.setdefault(key, {})[method] = {
            "seconds": median,
            "answers_per_second": answers_per_op * threads / median,
            "bytes_per_call": alloc["score"] if alloc else None,
            "bytes_per_answer": alloc["score"] / answers_per_op if alloc else None,
            "iterations": len(metric.get("rawData", [[]])[0]) if metric.get("rawData") else 0,
        }
        meta = {"jdk": run.get("jdkVersion"), "vm": run.get("vmName"), "threads": threads}
    order = sorted(scenarios, key=lambda k: (list(STRATEGIES).index(k[0]) if k[0] in STRATEGIES else 99, k[1]))
    return scenarios, order, meta


def describe(key):
    cls, params = key
    parts = [TITLES.get(cls, cls)]
    for name, value in params:
        if name == "n":
            parts.append(f"N = {value:,}")
        elif name == "segments":
            parts.append(f"{value:,} segment" + ("s" if value != 1 else ""))
    return ", ".join(parts)


def rate(value):
    for scale, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if value >= scale:
            return f"{value / scale:.3g} {suffix}/s"
    return f"{value:.3g} /s"


def duration(seconds):
    for scale, suffix in ((1.0, "s"), (1e-3, "ms"), (1e-6, "µs")):
        if seconds >= scale:
            return f"{seconds / scale:.3g} {suffix}"
    return f"{seconds / 1e-9:.3g} ns"


def rows(scenarios, key):
    methods = scenarios[key]
    known = STRATEGIES.get(key[0], [])
    listed = [(m, label, colour) for m, label, colour in known if m in methods]
    listed += [(m, m, "#999999") for m in sorted(methods) if m not in {k[0] for k in known}]
    return listed


def svg(scenarios, order, meta):
    width, label_width, right = 1160, 260, 250
    bar_height, gap, header = 18, 4, 30
    plot = width - label_width - right
    values = [r["answers_per_second"] for s in scenarios.values() for r in s.values()]
    low = 10 ** math.floor(math.log10(min(values)))
    high = 10 ** math.ceil(math.log10(max(values)))
    decades = max(1, round(math.log10(high / low)))

    def x(value):
        return label_width + plot * math.log10(value / low) / decades

    out = []
    y = 50
    for key in order:
        listed = rows(scenarios, key)
        baseline = scenarios[key].get(listed[0][0]) if listed else None
        out.append(f'<text x="10" y="{y + 18}" class="panel">{html.escape(describe(key))}</text>')
        y += header
        top = y
        for method, label, colour in listed:
            result = scenarios[key][method]
            value = result["answers_per_second"]
            out.append(f'<text x="{label_width - 8}" y="{y + 13}" class="label">{html.escape(label)}</text>')
            out.append(
                f'<rect x="{label_width}" y="{y}" width="{max(1.0, x(value) - label_width):.1f}" '
                f'height="{bar_height}" fill="{colour}"><title>{html.escape(label)}: '
                f'{rate(value)}, {duration(result["seconds"])} per call</title></rect>')
            text = f"{rate(value)}"
            if baseline and method != listed[0][0]:
                text += f"  ×{value / baseline['answers_per_second']:.1f}"
            out.append(f'<text x="{x(value) + 6:.1f}" y="{y + 13}" class="value">{html.escape(text)}</text>')
            y += bar_height + gap
        for decade in range(decades + 1):
            gx = label_width + plot * decade / decades
            out.insert(0, f'<line x1="{gx:.1f}" y1="{top - 4}" x2="{gx:.1f}" y2="{y}" class="grid"/>')
        y += 16
    axis_y = y
    for decade in range(decades + 1):
        gx = label_width + plot * decade / decades
        out.append(f'<text x="{gx:.1f}" y="{axis_y + 14}" class="axis">{rate(low * 10 ** decade)}</text>')
    height = axis_y + 50
    title = ("NPS aggregation strategies: answers per second (median, log scale; ×: ratio to the "
             "stream baseline of the same panel)")
    subtitle = f"JMH, {meta.get('vm', '')} {meta.get('jdk', '')}"
    if meta.get("machine"):
        subtitle += f", {meta['machine']}"
    return "\n".join([
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="Helvetica, Arial, sans-serif">',
        "<style>.panel{font-size:14px;font-weight:bold}.label{font-size:12px;text-anchor:end}"
        ".value{font-size:12px}.axis{font-size:11px;text-anchor:middle;fill:#555}"
        ".grid{stroke:#e5e5e5;stroke-width:1}.title{font-size:16px;font-weight:bold}"
        ".subtitle{font-size:12px;fill:#555}</style>",
        f'<rect width="{width}" height="{height}" fill="white"/>',
        f'<text x="10" y="22" class="title">{html.escape(title)}</text>',
        f'<text x="10" y="40" class="subtitle">{html.escape(subtitle)}</text>',
        *out,
        "</svg>",
        "",
    ])


def ratio(scenarios, key, slower, faster):
    methods = scenarios.get(key, {})
    if slower not in methods or faster not in methods:
        return None
    return methods[slower]["seconds"] / methods[faster]["seconds"]


def targets(scenarios):
    """The issue's targets, as (description, measured text, met) rows."""
    out = []
    ns = sorted({dict(k[1]).get("n") for k in scenarios if k[0] == "OverallNpsBenchmark"})
    for n in ns:
        overall = ("OverallNpsBenchmark", (("n", n),))
        for method, goal, name in (("columnarCategories", 5e9, "columnar overall NPS (categories)"),
                                   ("columnarHistogram", 2e9, "columnar 11-bucket histogram")):
            if method in scenarios.get(overall, {}):
                value = scenarios[overall][method]["answers_per_second"]
                out.append((f"{name} ≥ {goal / 1e9:.0f} G answers/s, N = {n:,}",
                            rate(value), value >= goal))
        r = ratio(scenarios, overall, "streamGroupingBy", "objectsNpsOf")
        if r:
            out.append((f"objects (Nps.of) ≥ 5× stream, overall, N = {n:,}", f"{r:.1f}×", r >= 5))
        r = ratio(scenarios, overall, "duckDbOneThread", "columnarCategories")
        if r:
            out.append((f"columnar ≥ 10× DuckDB 1 thread, overall, N = {n:,}", f"{r:.1f}×", r >= 10))
    seg_keys = [k for k in scenarios if k[0] == "SegmentNpsBenchmark"]
    for key in sorted(seg_keys, key=lambda k: k[1]):
        params = dict(key[1])
        where = f"N = {params.get('n'):,}, {params.get('segments'):,} segment" + ("s" if params.get('segments') != 1 else "")
        if params.get("segments") == 1000:
            r = ratio(scenarios, key, "streamGroupingBy", "objectsBySegment")
            if r:
                out.append((f"objects (bySegment) ≥ 10× stream, {where}", f"{r:.1f}×", r >= 10))
        r = ratio(scenarios, key, "duckDbOneThread", "columnar")
        if r:
            out.append((f"columnar ≥ 4× DuckDB 1 thread, {where}", f"{r:.1f}×", r >= 4))
        r = ratio(scenarios, key, "duckDbAllThreads", "parallelColumnar")
        if r:
            out.append((f"parallel columnar > DuckDB all threads, {where}", f"{r:.1f}×", r > 1))
    for key in scenarios:
        if key[0] == "ConcurrentIngestBenchmark":
            r = ratio(scenarios, key, "synchronizedAccumulator", "concurrentAccumulator")
            if r:
                out.append(("ConcurrentNpsAccumulator vs synchronized (no target)", f"{r:.1f}×", None))
    # Allocation per answer: the growth of bytes per call from the smaller N to the larger, divided
    # by the extra answers, so that a constant per call (result objects, scratch tables sized by the
    # number of segments) does not count; with a single N, bytes per call divided by N.
    by_method = {}
    for key, methods in scenarios.items():
        params = dict(key[1])
        rest = tuple((k, v) for k, v in key[1] if k != "n")
        for method, result in methods.items():
            if library_path(key[0], method) and result["bytes_per_call"] is not None:
                by_method.setdefault((key[0], method, rest), []).append((params.get("n", 1), result["bytes_per_call"]))
    worst = None
    for (cls, method, rest), points in by_method.items():
        points.sort()
        (n1, b1), (n2, b2) = points[0], points[-1]
        per_answer = (b2 - b1) / (n2 - n1) if n2 > n1 else b2 / n2
        where = f"{TITLES.get(cls, cls)} {method}" + "".join(f", {k} = {v:,}" for k, v in rest)
        if worst is None or per_answer > worst[0]:
            worst = (per_answer, where, b2)
    if worst:
        out.append(("zero bytes allocated per answer on the library's paths (a constant per call is fine)",
                    f"largest: {worst[0]:.2g} B/answer ({worst[1]})", abs(worst[0]) < 0.01))
    return out


def library_path(cls, method):
    """Whether a benchmark method runs one of the library's strategies (not a baseline or reference)."""
    known = {m for m, _, _ in STRATEGIES.get(cls, [])}
    return method in known and not method.startswith(
        ("stream", "duckDb", "columnarPlain", "columnarRead", "synchronized"))


def size(count):
    for scale, suffix in ((1 << 20, "MiB"), (1 << 10, "KiB")):
        if count >= scale:
            return f"{count / scale:.3g} {suffix}"
    return f"{count:.3g} B"


def markdown(scenarios, order, meta):
    machine = f", {meta['machine']}" if meta.get("machine") else ""
    lines = [f"JMH on {meta.get('vm', '')} {meta.get('jdk', '')}{machine}; medians of the measurement iterations.", ""]
    for key in order:
        listed = rows(scenarios, key)
        baseline = scenarios[key][listed[0][0]]
        lines.append(f"**{describe(key)}**")
        lines.append("")
        lines.append("| strategy | median per call | answers/s | vs. first row | allocated per call |")
        lines.append("|---|---:|---:|---:|---:|")
        for method, label, _ in listed:
            r = scenarios[key][method]
            alloc = "n/a" if r["bytes_per_call"] is None else size(r["bytes_per_call"])
            lines.append(f"| {label} (`{method}`) | {duration(r['seconds'])} | {rate(r['answers_per_second'])} | "
                         f"{baseline['seconds'] / r['seconds']:.1f}× | {alloc} |")
        lines.append("")
    lines.append("**Targets**")
    lines.append("")
    lines.append("| target | measured | met |")
    lines.append("|---|---:|:---:|")
    for description, measured, met in targets(scenarios):
        lines.append(f"| {description} | {measured} | {'—' if met is None else ('yes' if met else '**no**')} |")
    lines.append("")
    return "\n".join(lines)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results", help="JMH JSON output (-rf json -rff FILE)")
    parser.add_argument("--svg", help="write the chart here")
    parser.add_argument("--markdown", help="write the tables here ('-' for standard output)")
    parser.add_argument("--machine", default="", help="a description of the machine, for the titles")
    args = parser.parse_args(argv)
    scenarios, order, meta = load(args.results)
    meta["machine"] = args.machine
    if not scenarios:
        sys.exit(f"no results in {args.results}")
    if args.svg:
        with open(args.svg, "w", encoding="utf-8") as f:
            f.write(svg(scenarios, order, meta))
    text = markdown(scenarios, order, meta)
    if args.markdown and args.markdown != "-":
        with open(args.markdown, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        print(text)


if __name__ == "__main__":
    main(sys.argv[1:])
