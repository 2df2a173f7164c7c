#!/usr/bin/env python3
"""Turns the files benchmarks/run.sh wrote into the ratio tables of docs/BENCHMARKS.md.

    python3 benchmarks/summarize.py [results folder]   (default benchmarks/results)

Prints Markdown and writes it to <results>/summary.md. Only reads; runs nothing.
"""
import json
import os
import sys

results = sys.argv[1] if len(sys.argv) > 1 else "benchmarks/results"
out = []


def emit(line=""):
    out.append(line)


def load(name):
    path = os.path.join(results, name)
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return json.load(f)


def metric(entry, name):
    """JMH's score (the mean of the iterations) and its error."""
    if name is None:
        m = entry["primaryMetric"]
    else:
        m = entry.get("secondaryMetrics", {}).get(name)
    return (float(m["score"]), float(m["scoreError"])) if m else (float("nan"), float("nan"))


def median(entry, name):
    """The median of the measurement iterations of all forks.

    On a shared machine another process's burst makes a few iterations several times slower,
    never faster; the mean JMH reports follows them, the median does not.
    """
    m = entry["primaryMetric"] if name is None else entry.get("secondaryMetrics", {}).get(name)
    if not m or "rawData" not in m:
        return float("nan")
    values = sorted(float(x) for fork in m["rawData"] for x in fork)
    n = len(values)
    return values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2


def fmt(value, digits=1):
    value = float(value)
    if value != value:  # NaN
        return "n/a"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:.{digits}f}"


def jmh_tables(label, data):
    by = {}
    for e in data:
        name = e["benchmark"].rsplit(".", 2)
        cls, method = name[-2], name[-1]
        by[(cls, method, tuple(sorted(e.get("params", {}).items())))] = e

    def get(cls, method, **params):
        return by.get((cls, method, tuple(sorted((k, str(v)) for k, v in params.items()))))

    emit(f"### Per-call overhead, {label}")
    emit()
    emit("| executor | variant | time ns/op, median | vs supplyAsync | (JMH mean ± error) | CPU ns/op, median | vs supplyAsync | alloc B/op | vs supplyAsync |")
    emit("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    direct = get("PerCallBenchmark", "direct")
    if direct:
        t, err = metric(direct, None)
        a, _ = metric(direct, "gc.alloc.rate.norm")
        emit(f"| none | (a) direct call | {fmt(median(direct, None), 2)} | | ({fmt(t, 2)} ± {fmt(err, 2)}) | {fmt(median(direct, 'cpu.time.norm'), 2)} | | {fmt(a)} | |")
    for executor in ("direct", "pool"):
        base = get("PerCallBenchmark", "supplyAsync", executor=executor)
        if not base:
            continue
        bt = median(base, None)
        bc = median(base, "cpu.time.norm")
        ba, _ = metric(base, "gc.alloc.rate.norm")
        for method, title in (("supplyAsync", "(b) supplyAsync by hand"), ("facade", "(c) asyncgen facade"), ("spring", "(d) Spring @Async")):
            e = get("PerCallBenchmark", method, executor=executor)
            if not e:
                continue
            mean, err = metric(e, None)
            t = median(e, None)
            c = median(e, "cpu.time.norm")
            a, _ = metric(e, "gc.alloc.rate.norm")
            emit(f"| {executor} | {title} | {fmt(t)} | {t / bt:.2f}x | ({fmt(mean)} ± {fmt(err)}) | {fmt(c)} | {c / bc:.2f}x | {fmt(a)} | {a / ba:.2f}x |")
    emit()

    emit(f"### Gather.all against allOf, {label}")
    emit()
    emit("| futures | inputs | Gather.all ns/op, median | allOf ns/op, median | time ratio | CPU ratio | Gather.all B/op | allOf B/op | alloc ratio |")
    emit("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for mode in ("Completed", "Pending"):
        for size in ("1", "100", "10000"):
            g = get("GatherBenchmark", "gather" + mode, size=size)
            a = get("GatherBenchmark", "allOf" + mode, size=size)
            if not g or not a:
                continue
            gt = median(g, None)
            at = median(a, None)
            gc = median(g, "cpu.time.norm")
            ac = median(a, "cpu.time.norm")
            ga, _ = metric(g, "gc.alloc.rate.norm")
            aa, _ = metric(a, "gc.alloc.rate.norm")
            emit(f"| {int(size):,} | {mode.lower()} | {fmt(gt)} | {fmt(at)} | {gt / at:.2f}x | {gc / ac:.2f}x | {fmt(ga)} | {fmt(aa)} | {ga / aa:.2f}x |")
    emit()


def fanout_rows(rows):
    emit("### Fan-out: 10,000 calls blocking 50 ms in a loopback socket read")
    emit()
    emit("| JDK, executor | facade median ms | vs 50 ms floor | hand-written control ms | facade vs control | CPU floor ms | sequential, extrapolated ms | speed-up over sequential | peak threads (before) | peak calls in flight | peak heap MiB |")
    emit("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for label, f in rows:
        v = f["variants"]["facade"]
        c = f["variants"]["handWritten"]
        before = sorted(v["threadsBefore"])[len(v["threadsBefore"]) // 2]
        inflight = sorted(v["peakCallsInFlight"])[len(v["peakCallsInFlight"]) // 2]
        emit(
            f"| {label}, {f['executor']} | {fmt(f['medianWallMillis'], 0)} | {f['ratioToFloor']:.1f}x | "
            f"{fmt(c['medianWallMillis'], 0)} | {f['ratioToHandWritten']:.2f}x | {fmt(f['cpuFloorMillis'], 0)} | "
            f"{fmt(f['sequentialExtrapolatedMillis'], 0)} ({f['sequentialCalls']} measured) | {f['speedupOverSequential']:.0f}x | "
            f"{v['medianPeakThreads']:.0f} ({before}) | {inflight} | {v['medianPeakHeapUsedMiB']:.0f} |")
    emit()


def compile_rows(rows):
    emit("### Compile time: 500 @Async interfaces, 10 methods each")
    emit()
    emit("| JDK | asyncgen ms | copying processor ms | floor ms | asyncgen vs floor (wall) | asyncgen vs floor (CPU) | copying vs floor (CPU) | CPU inside asyncgen ms |")
    emit("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for label, c in rows:
        s = c["sides"]
        emit(
            f"| {label} | {fmt(s['asyncgen']['medianWallMillis'], 0)} | {fmt(s['copying']['medianWallMillis'], 0)} | "
            f"{fmt(s['floor']['medianWallMillis'], 0)} | {c['ratio']:.2f}x | {c['cpuRatio']:.2f}x | "
            f"{c['copyingCpuRatio']:.2f}x | {fmt(s['asyncgen']['medianInProcessorCpuMillis'], 0)} |")
    emit()


emit("Medians of the measurement iterations (all forks); ratios of medians. JMH's own score is the")
emit("mean, which a few iterations slowed by other processes pull up: it is given in brackets.")
emit()
labels = [("JDK 17", "jdk17"), ("JDK 25", "jdk25")]
for title, key in labels:
    data = load(key + ".json")
    if data:
        jmh_tables(title, data)
fan = [(title, load(key + "-fanout.json")) for title, key in labels]
fan.append(("JDK 25", load("jdk25-pool-fanout.json")))
fan = [(t, f) for t, f in fan if f]
if fan:
    fanout_rows(fan)
comp = [(title, load(key + "-compile.json")) for title, key in labels]
comp = [(t, c) for t, c in comp if c and "sides" in c]
if comp:
    compile_rows(comp)

text = "\n".join(out) + "\n"
sys.stdout.write(text)
with open(os.path.join(results, "summary.md"), "w") as f:
    f.write(text)
