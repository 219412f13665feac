"""Runs the benchmark described in bench/README.md and prints one table.

Started by bench/run after a release build. Every server binds 127.0.0.1 on a free port; each is
stopped at the end, whatever happens.
"""
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The peers sit beside the project (../shared/bench/peers); BENCH_PEERS points elsewhere.
PEERS = os.environ.get("BENCH_PEERS", os.path.join(os.path.dirname(ROOT), "shared", "bench", "peers"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
DURATION = int(os.environ.get("BENCH_DURATION", "10"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "64"))
SERVER = os.path.join(ROOT, ".build", "release", "twilio-functions")
MICRO = os.path.join(ROOT, ".build", "release", "functions-bench")
FLOOR = os.path.join(ROOT, ".build", "release", "http-floor")
ENVIRONMENT = os.path.join(ROOT, "environment")
# Another build of twilio-functions (say, the previous commit's) measured in the same rounds.
BASELINE = os.environ.get("BENCH_BASELINE")

processes = []


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return True
        except Exception:
            time.sleep(0.002)
    return False


def start(command, env=None, cwd=ROOT):
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    processes.append(process)
    return process


def stop_all():
    for process in processes:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
    for process in processes:
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def rss_mb(pid, field="VmRSS"):
    """Resident memory of a process and its children, in MB: all of it (VmRSS), or only its private,
    anonymous pages (RssAnon) without the shared libraries' and the executable's file pages."""
    total = 0
    pids = [pid]
    try:
        children = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
        pids += [int(c) for c in children]
    except FileNotFoundError:
        pass
    for p in pids:
        try:
            with open(f"/proc/{p}/status") as status:
                for line in status:
                    if line.startswith(field + ":"):
                        total += int(line.split()[1])
        except FileNotFoundError:
            pass
    return total / 1024


def wrk(url):
    output = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}s", "--latency", url], capture_output=True, text=True
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))

    def latency(percent):
        match = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rps, latency(50), latency(99), int(non2xx.group(1)) if non2xx else 0


def cold_start(command, url, env=None, runs=5):
    times = []
    for _ in range(runs):
        begin = time.perf_counter()
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        ok = wait_for(url, timeout=30)
        elapsed = (time.perf_counter() - begin) * 1000
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)
        if ok:
            times.append(elapsed)
    return statistics.median(times) if times else float("nan")


def main():
    if not os.path.isfile(SERVER):
        sys.exit("bench/run.py: build first (bench/run does)")
    if not os.path.isfile(os.path.join(PEERS, "node-token-server.js")):
        sys.exit(f"bench/run.py: the peer servers are not in {PEERS}; set BENCH_PEERS to the folder that holds node-token-server.js")
    state = tempfile.mkdtemp(prefix="twilio-functions-bench-")
    try:
        ours_port, api_port, node_port = free_port(), free_port(), free_port()
        ours_command = [SERVER, "serve", "--port", str(ours_port), "--api-port", str(api_port), "--in-memory", "--log-level", "warning"]
        ours = start(ours_command)
        node_command = ["node", os.path.join(PEERS, "node-token-server.js"), str(node_port), ENVIRONMENT]
        node = start(node_command)
        targets = {
            "swift /hello": f"http://127.0.0.1:{ours_port}/hello",
            "swift /token": f"http://127.0.0.1:{ours_port}/token?identity=alice",
            "swift /live-access-token": f"http://127.0.0.1:{ours_port}/live-access-token",
            "node /hello": f"http://127.0.0.1:{node_port}/hello",
            "node /token": f"http://127.0.0.1:{node_port}/token?identity=alice",
        }
        # The same build with handlers on the event loops: no hop from the event loop to the global pool and back.
        loops_port, loops_api_port = free_port(), free_port()
        start([SERVER, "serve", "--port", str(loops_port), "--api-port", str(loops_api_port), "--in-memory", "--log-level", "warning",
               "--executor", "event-loops"])
        targets["swift /hello (event loops)"] = f"http://127.0.0.1:{loops_port}/hello"
        targets["swift /token (event loops)"] = f"http://127.0.0.1:{loops_port}/token?identity=alice"
        if BASELINE:
            if not os.path.isfile(BASELINE):
                sys.exit(f"bench/run.py: BENCH_BASELINE={BASELINE} is not a file; point it at another build's twilio-functions")
            baseline_port, baseline_api_port = free_port(), free_port()
            start([BASELINE, "serve", "--port", str(baseline_port), "--api-port", str(baseline_api_port), "--in-memory",
                   "--log-level", "warning"], cwd=ROOT)
            targets["baseline /hello"] = f"http://127.0.0.1:{baseline_port}/hello"
            targets["baseline /token"] = f"http://127.0.0.1:{baseline_port}/token?identity=alice"
            targets["baseline /live-access-token"] = f"http://127.0.0.1:{baseline_port}/live-access-token"
        floors = {}
        if os.path.isfile(FLOOR):
            # The floors under /hello: the same framework with a constant route, and no framework.
            hummingbird_port, nio_port = free_port(), free_port()
            floors["hummingbird constant"] = start([FLOOR, "hummingbird", str(hummingbird_port)])
            floors["swift-nio constant"] = start([FLOOR, "nio", str(nio_port)])
            targets["hummingbird constant"] = f"http://127.0.0.1:{hummingbird_port}/"
            targets["swift-nio constant"] = f"http://127.0.0.1:{nio_port}/"
        if shutil.which("nginx"):
            start(["nginx", "-p", PEERS, "-c", "nginx.conf", "-g", "error_log stderr;"])
            targets["nginx constant"] = "http://127.0.0.1:3004/"
        try:
            import gunicorn, twilio  # noqa: F401
            python_port = free_port()
            env = dict(os.environ, ENVIRONMENT_FILE=ENVIRONMENT)
            start(["gunicorn", "--chdir", PEERS, "-k", "gthread", "-w", "2", "--threads", "8", "-b", f"127.0.0.1:{python_port}", "python-token-server:app"], env=env)
            targets["python /token"] = f"http://127.0.0.1:{python_port}/token?identity=alice"
        except ImportError:
            print("(python peer skipped: pip install twilio gunicorn)")

        for name, url in targets.items():
            if not wait_for(url):
                sys.exit(f"{name} did not answer at {url}")
        idle = {"swift": rss_mb(ours.pid), "node": rss_mb(node.pid)}
        idle_private = {"swift": rss_mb(ours.pid, "RssAnon"), "node": rss_mb(node.pid, "RssAnon")}
        floor_idle = {name: (rss_mb(process.pid), rss_mb(process.pid, "RssAnon")) for name, process in floors.items()}

        for url in targets.values():  # warm-up
            subprocess.run(["wrk", "-t2", f"-c{CONNECTIONS}", "-d2s", url], capture_output=True)

        samples = {name: [] for name in targets}
        for round_number in range(ROUNDS):
            for name, url in targets.items():
                samples[name].append(wrk(url))
            print(f"round {round_number + 1}/{ROUNDS} done", file=sys.stderr)
        loaded = {"swift": rss_mb(ours.pid), "node": rss_mb(node.pid)}
        loaded_private = {"swift": rss_mb(ours.pid, "RssAnon"), "node": rss_mb(node.pid, "RssAnon")}
        stop_all()

        cold = {
            "swift": cold_start([SERVER, "serve", "--port", str(ours_port), "--api-port", str(api_port), "--in-memory", "--log-level", "warning"],
                                f"http://127.0.0.1:{ours_port}/token?identity=alice"),
            "node": cold_start(node_command, f"http://127.0.0.1:{node_port}/token?identity=alice"),
        }

        print(f"\nwrk -t2 -c{CONNECTIONS} -d{DURATION}s on 127.0.0.1, {ROUNDS} alternating rounds, medians ({os.cpu_count()} cores shared with wrk)\n")
        print(f"| target | req/s | p50 ms | p99 ms | non-2xx |")
        print(f"| --- | ---: | ---: | ---: | ---: |")
        medians = {}
        for name, rows in samples.items():
            rps = statistics.median(r[0] for r in rows)
            p50 = statistics.median(r[1] for r in rows)
            p99 = statistics.median(r[2] for r in rows)
            errors = sum(r[3] for r in rows)
            medians[name] = (rps, p50, p99)
            print(f"| {name} | {rps:,.0f} | {p50:.2f} | {p99:.2f} | {errors} |")

        def round_ratios(a, b, field=0):
            return [x[field] / y[field] for x, y in zip(samples[a], samples[b])]

        def ratio(a, b, field=0):
            # Each round measures a and b within a minute of each other, so a ratio within a round is spared
            # most of the machine's drift over the run; the median of those ratios is reported.
            return statistics.median(round_ratios(a, b, field))

        def spread(a, b, field=0):
            values = round_ratios(a, b, field)
            return f"{min(values):.2f}–{max(values):.2f}"

        print("\nRatios: the median over the rounds of each round's ratio, and their range.\n")
        print("| target | measured | range | goal | holds |")
        print("| --- | ---: | ---: | ---: | --- |")
        checks = [
            ("swift /token ÷ node /token req/s", ratio("swift /token", "node /token"), spread("swift /token", "node /token"),
             ">= 2.0", ratio("swift /token", "node /token") >= 2.0),
            ("swift /token ÷ swift /hello req/s", ratio("swift /token", "swift /hello"), spread("swift /token", "swift /hello"),
             ">= 0.85", ratio("swift /token", "swift /hello") >= 0.85),
            ("swift /token p99 ÷ node /token p99", ratio("swift /token", "node /token", 2), spread("swift /token", "node /token", 2),
             "<= 1.0", ratio("swift /token", "node /token", 2) <= 1.0),
            ("swift /live-access-token ÷ swift /token req/s", ratio("swift /live-access-token", "swift /token"),
             spread("swift /live-access-token", "swift /token"), ">= 0.5", ratio("swift /live-access-token", "swift /token") >= 0.5),
            ("cold start swift ÷ node", cold["swift"] / cold["node"], "", "<= 0.5", cold["swift"] <= 0.5 * cold["node"]),
            ("idle RSS swift ÷ node", idle["swift"] / idle["node"], "", "<= 0.75", idle["swift"] <= 0.75 * idle["node"]),
            ("RSS after load ÷ idle (swift)", loaded["swift"] / idle["swift"], "", "<= 1.2", loaded["swift"] <= 1.2 * idle["swift"]),
        ]
        if "nginx constant" in samples:
            checks.insert(1, ("swift /token ÷ nginx constant req/s", ratio("swift /token", "nginx constant"),
                              spread("swift /token", "nginx constant"), ">= 0.5", ratio("swift /token", "nginx constant") >= 0.5))
        for name, value, values_range, goal, holds in checks:
            # Three decimals where two would round a missed goal onto it (0.849 against >= 0.85).
            shown = f"{value:.2f}"
            if float(shown) == float(goal.split()[-1]):
                shown = f"{value:.3f}"
            print(f"| {name} | {shown} | {values_range} | {goal} | {'yes' if holds else 'NO'} |")

        if BASELINE:
            print(f"\nThis build beside BENCH_BASELINE ({BASELINE}); 1.00 is no change:\n")
            print("| ratio | measured | range |")
            print("| --- | ---: | ---: |")
            for path in ("/hello", "/token", "/live-access-token"):
                a, b = f"swift {path}", f"baseline {path}"
                print(f"| {a} ÷ {b} | {ratio(a, b):.2f} | {spread(a, b)} |")

        print("\nHandlers on the event loops (`--executor event-loops`) beside the same build on Swift's global pool (the default):\n")
        print("| ratio | measured | range |")
        print("| --- | ---: | ---: |")
        for path in ("/hello", "/token"):
            a, b = f"swift {path} (event loops)", f"swift {path}"
            print(f"| {a} ÷ {b} req/s | {ratio(a, b):.2f} | {spread(a, b)} |")
            print(f"| {a} ÷ {b} p99 | {ratio(a, b, 2):.2f} | {spread(a, b, 2)} |")

        if "hummingbird constant" in medians:
            print("\nThe floors (no goal; where the time of a request goes):\n")
            print("| ratio | measured | range |")
            print("| --- | ---: | ---: |")
            for a, b, what in [
                ("swift /hello", "hummingbird constant", " (the runtime's cost over routing)"),
                ("swift /token", "hummingbird constant", ""),
                ("hummingbird constant", "swift-nio constant", " (the framework's cost over NIO)"),
            ]:
                print(f"| {a} ÷ {b}{what} | {ratio(a, b):.2f} | {spread(a, b)} |")

        print(f"\n| process | cold start to first /token 200 (median of 5) | idle RSS (private) | RSS after load (private) |")
        print("| --- | ---: | ---: | ---: |")
        for who in ("swift", "node"):
            print(f"| {who} | {cold[who]:.0f} ms | {idle[who]:.1f} MB ({idle_private[who]:.1f} MB) | {loaded[who]:.1f} MB ({loaded_private[who]:.1f} MB) |")
        for name, (total, private) in floor_idle.items():
            print(f"| {name} | | {total:.1f} MB ({private:.1f} MB) | |")

        if os.path.isfile(MICRO):
            print("\nIn-process costs (functions-bench, release):\n")
            print("```")
            print(subprocess.run([MICRO], capture_output=True, text=True).stdout.rstrip())
            print("```")
    finally:
        stop_all()
        shutil.rmtree(state, ignore_errors=True)


if __name__ == "__main__":
    main()
