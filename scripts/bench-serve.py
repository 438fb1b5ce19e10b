#!/usr/bin/env python3
"""Measures `serve` on a generated corpus (scripts/bench-serve.sh runs it): from saving a file to the changed page
on disk, for EDITS body edits of an announcement and EDITS status changes of a measure (which change listings:
home, measures table, reports, feeds, open data). Prints each time, the median, and serve's own 'rebuilt' lines.
Usage: bench-serve.py CLI CORPUS_DIR OUTPUT_DIR PORT EDITS [serve options...]"""
import os, re, signal, statistics, subprocess, sys, time

cli, corpus, output, port, edits = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
extra = sys.argv[6:]
log = open(os.path.join(os.path.dirname(output), "serve.log"), "w+")
serve = subprocess.Popen([cli, "serve", "--input", corpus, "--output", output, "--port", port, *extra],
                         stdout=log, stderr=subprocess.STDOUT, start_new_session=True)

def log_text():
    log.flush()
    with open(log.name, encoding="utf-8") as f:
        return f.read()

def wait_for(predicate, what, seconds=600):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return
        if serve.poll() is not None:
            sys.exit(f"serve stopped while waiting for {what}:\n{log_text()}")
        time.sleep(0.0005)
    sys.exit(f"timed out waiting for {what}:\n{log_text()}")

_seen = {}

def contains(path, marker):
    """Reads the file only when its inode or mtime changed (serve replaces files by rename), so polling every half
    millisecond costs the measured process next to nothing."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return False
    key = (st.st_ino, st.st_mtime_ns, st.st_size)
    if _seen.get(path, (None,))[0] != key:
        try:
            with open(path, encoding="utf-8") as f:
                _seen[path] = (key, f.read())
        except FileNotFoundError:
            return False
    return marker in _seen[path][1]

def timed_save(files, page, marker, present=True):
    """Writes the files (path → text), returns ms until the page on disk does (or no longer does) contain marker."""
    start = time.perf_counter()
    for path, text in files.items():
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    wait_for(lambda: contains(page, marker) == present, f"{marker} in {page}")
    return (time.perf_counter() - start) * 1000

def settle():
    """Lets serve finish the rebuild (its log line) before the next edit."""
    count = log_text().count("rebuilt ")
    wait_for(lambda: log_text().count("rebuilt ") > count or "build failed" in log_text(), "the rebuild to end", 30)

try:
    wait_for(lambda: "serving http" in log_text(), "serve to start")
    ann = os.path.join(corpus, "announcements")
    target = sorted(f for f in os.listdir(ann) if "bench-00007.th" in f)[0]
    path = os.path.join(ann, target)
    page = os.path.join(output, "announcements", "bench-00007", "index.html")
    original = open(path, encoding="utf-8").read()
    body = []
    for i in range(edits):
        marker = f"แก้ไขครั้งที่{i}ก"
        count = log_text().count("rebuilt ")
        body.append(timed_save({path: original + f"\n{marker}\n"}, page, marker))
        wait_for(lambda: log_text().count("rebuilt ") > count, "the rebuild to end", 30)
        time.sleep(0.3)

    measures = os.path.join(corpus, "measures")
    th = os.path.join(measures, "05-open-information.th.md")
    en = os.path.join(measures, "05-open-information.en.md")
    th_text, en_text = open(th, encoding="utf-8").read(), open(en, encoding="utf-8").read()
    index = os.path.join(output, "measures", "index.html")
    listing = []
    history_th, history_en = "", ""
    for i in range(edits):
        status = "in-progress" if i % 2 == 0 else "done"
        history_th += f"\n  - date: 2026-05-{i + 1:02d}\n    status: {status}\n    note: รอบที่ {i}"
        history_en += f"\n  - date: 2026-05-{i + 1:02d}\n    status: {status}\n    note: round {i}"
        files = {th: th_text.replace("status: done\n", f"status: {status}\n").replace("\nita:", history_th + "\nita:"),
                 en: en_text.replace("status: done\n", f"status: {status}\n").replace("\nita:", history_en + "\nita:")}
        count = log_text().count("rebuilt ")
        # 10 measures: one in progress while this one is too, none otherwise (the corpus's others are done/not started).
        marker = 'status--in-progress">'
        before = open(index, encoding="utf-8").read().count(marker)
        start = time.perf_counter()
        for p, text in files.items():
            with open(p, "w", encoding="utf-8") as f:
                f.write(text)
        wait_for(lambda: contains(index, marker) and _seen[index][1].count(marker) != before, "the measures table to change")
        listing.append((time.perf_counter() - start) * 1000)
        wait_for(lambda: log_text().count("rebuilt ") > count, "the rebuild to end", 30)
        time.sleep(0.3)

    print("body edit → page on disk (ms):   " + " ".join(f"{t:.0f}" for t in body) + f"   median {statistics.median(body):.0f}")
    print("status edit → measures table (ms): " + " ".join(f"{t:.0f}" for t in listing) + f"   median {statistics.median(listing):.0f}")
    print("serve's own lines:")
    for line in re.findall(r"^rebuilt .*$", log_text(), re.M):
        print("  " + line)
finally:
    os.killpg(serve.pid, signal.SIGINT)
    try:
        serve.wait(20)
    except subprocess.TimeoutExpired:
        os.killpg(serve.pid, signal.SIGKILL)
