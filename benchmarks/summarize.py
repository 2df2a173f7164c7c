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
    if name is None:
        m = entry["primaryMetric"]
    else:
        m = entry.get("secondaryMetrics", {}).get(name)
    return (float(m["score"]), float(m["scoreError"])) if m else (float("nan"), float("nan"))


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
    emit("| executor | variant | time ns/op | vs supplyAsync | CPU ns/op | vs supplyAsync | alloc B/op | vs supplyAsync |")
    emit("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    direct = get("PerCallBenchmark", "direct")
    if direct:
        t, err = metric(direct, None)
        c, _ = metric(direct, "cpu.time.norm")
        a, _ = metric(direct, "gc.alloc.rate.norm")
        emit(f"| none | (a) direct call | {fmt(t, 2)} ± {fmt(err, 2)} | | {fmt(c, 2)} | | {fmt(a)} | |")
    for executor in ("direct", "pool"):
        base = get("PerCallBenchmark", "supplyAsync", executor=executor)
        if not base:
            continue
        bt, _ = metric(base, None)
        bc, _ = metric(base, "cpu.time.norm")
        ba, _ = metric(base, "gc.alloc.rate.norm")
        for method, title in (("supplyAsync", "(b) supplyAsync by hand"), ("facade", "(c) asyncgen facade"), ("spring", "(d) Spring @Async")):
            e = get("PerCallBenchmark", method, executor=executor)
            if not e:
                continue
            t, err = metric(e, None)
            c, _ = metric(e, "cpu.time.norm")
            a, _ = metric(e, "gc.alloc.rate.norm")
            emit(f"| {executor} | {title} | {fmt(t)} ± {fmt(err)} | {t / bt:.2f}x | {fmt(c)} | {c / bc:.2f}x | {fmt(a)} | {a / ba:.2f}x |")
    emit()

    emit(f"### Gather.all against allOf, {label}")
    emit()
    emit("| futures | inputs | Gather.all ns/op | allOf ns/op | time ratio | Gather.all B/op | allOf B/op | alloc ratio |")
    emit("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for mode in ("Completed", "Pending"):
        for size in ("1", "100", "10000"):
            g = get("GatherBenchmark", "gather" + mode, size=size)
            a = get("GatherBenchmark", "allOf" + mode, size=size)
            if not g or not a:
                continue
            gt, gerr = metric(g, None)
            at, aerr = metric(a, None)
            ga, _ = metric(g, "gc.alloc.rate.norm")
            aa, _ = metric(a, "gc.alloc.rate.norm")
            emit(f"| {int(size):,} | {mode.lower()} | {fmt(gt)} ± {fmt(gerr)} | {fmt(at)} ± {fmt(aerr)} | {gt / at:.2f}x | {fmt(ga)} | {fmt(aa)} | {ga / aa:.2f}x |")
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
