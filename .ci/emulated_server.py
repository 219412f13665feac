"""Shared by the CI scripts that drive the emulated Twilio API from Python (.ci/conformance, .ci/sync-conformance,
.ci/python-library-tests and Tests/python): the venv they use, the server they start, and a small HTTP client.

Python 3 standard library only, so the scripts run on the system's python3 before the venv exists.

- `ensure_venv()` creates or reuses `.build/ci-venv` (git-ignored, removed with `rm -rf .build`) and installs
  REQUIREMENTS into it from PyPI when they are missing or changed.
- `EmulatedServer` starts `.build/debug/twilio-functions serve --port 0 --api-port 0 --in-memory` (or
  $TWILIO_FUNCTIONS_BIN) in a temporary copy of the project files, as scripts/console-browser-test does, and reads
  the bound ports from its output; `stop()` ends its process group. The files are copied from the repository, or
  from $TWILIO_FUNCTIONS_PROJECT (a directory), e.g. to pair a binary with the functions.json it was built for.
- `ApiClient` sends form-encoded requests with Basic auth to the emulated API port, never through a proxy and
  never to anything but a loopback address.
"""

import base64
import ipaddress
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, ".build", "ci-venv")
# Major versions pinned: schemathesis's configuration file and CLI changed shape at 4.0; these are the versions
# the scripts were written against (schemathesis 4.32.5, twilio 9.13.0).
REQUIREMENTS = ["schemathesis>=4.32,<5", "twilio>=9.13,<10"]
PROJECT_FILES = ["functions.json", "environment", "emulator-seed.json", "assets"]
SYNC_SPEC = os.path.join(ROOT, "spec", "twilio-oai", "twilio_sync_v1.json")


class Failure(Exception):
    pass


def log(message=""):
    print(message, flush=True)


# --------------------------------------------------------------------------- the venv


def venv_python():
    return os.path.join(VENV, "bin", "python")


def _runs(argv):
    try:
        return subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, timeout=120).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def ensure_venv(requirements=REQUIREMENTS, imports=("schemathesis", "twilio")):
    """Creates or reuses `.build/ci-venv` with `requirements` installed; returns its python."""
    python = venv_python()
    stamp = os.path.join(VENV, ".ci-requirements")
    wanted = "\n".join(requirements) + "\n"
    if os.path.exists(python) and not _runs([python, "-c", "pass"]):
        log(f"ci-venv: {VENV} is broken (its interpreter does not run); recreating it")
        shutil.rmtree(VENV, ignore_errors=True)
    if not os.path.exists(python):
        log(f"ci-venv: creating {VENV}")
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True, stdin=subprocess.DEVNULL)
    try:
        with open(stamp, encoding="utf-8") as handle:
            installed = handle.read()
    except OSError:
        installed = None
    check = "import " + ", ".join(imports)
    if installed == wanted and _runs([python, "-c", check]):
        return python
    log(f"ci-venv: pip install {' '.join(requirements)}")
    started = time.monotonic()
    result = subprocess.run(
        [python, "-m", "pip", "install", "--disable-pip-version-check", "--quiet", *requirements],
        stdin=subprocess.DEVNULL,
    )
    if result.returncode != 0 or not _runs([python, "-c", check]):
        raise Failure(f"pip install {' '.join(requirements)} into {VENV} failed (exit {result.returncode})")
    with open(stamp, "w", encoding="utf-8") as handle:
        handle.write(wanted)
    versions = subprocess.run(
        [python, "-c", "import importlib.metadata as m; print(', '.join(f'{n} {m.version(n)}' for n in "
                       + repr(list(imports)) + "))"],
        capture_output=True, text=True,
    ).stdout.strip()
    log(f"ci-venv: installed {versions} in {time.monotonic() - started:.0f} s")
    return python


def venv_executable(name):
    return os.path.join(VENV, "bin", name)


# --------------------------------------------------------------------------- the environment file


def read_environment(path):
    """The dotenv file at `path` as a dict: `KEY=value`, optional `export `, quotes stripped, `#` comments."""
    values = {}
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            line = raw.strip()
            if not line or line.startswith("#") or "=" not in line:
                continue
            key, value = line.split("=", 1)
            key = key.strip().removeprefix("export ").strip()
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            values[key] = value
    return values


# --------------------------------------------------------------------------- the server


class Process:
    """A child process in its own process group whose output lines are collected by a thread."""

    def __init__(self, argv, cwd=None):
        self.lines = []
        self.closed = False
        self.changed = threading.Condition()
        self.proc = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self):
        for raw in iter(self.proc.stdout.readline, b""):
            with self.changed:
                self.lines.append(raw.decode(errors="replace").rstrip("\n"))
                self.changed.notify_all()
        with self.changed:
            self.closed = True
            self.changed.notify_all()

    def wait_for_line(self, pattern, timeout, what):
        deadline = time.monotonic() + timeout
        with self.changed:
            while True:
                for line in self.lines:
                    match = re.search(pattern, line)
                    if match:
                        return match
                if self.closed:
                    self.proc.wait(timeout=5)
                    raise Failure(f"{what}: the server exited with status {self.proc.returncode}")
                left = deadline - time.monotonic()
                if left <= 0:
                    raise Failure(f"{what}: not seen within {timeout} s")
                self.changed.wait(left)

    def output(self, last=40):
        with self.changed:
            return "\n".join(self.lines[-last:])

    def stop(self):
        if self.proc.poll() is not None:
            return
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait(timeout=5)


def server_binary():
    return os.environ.get("TWILIO_FUNCTIONS_BIN") or os.path.join(ROOT, ".build", "debug", "twilio-functions")


def project_root():
    """Where the project files the server is started with are copied from."""
    return os.environ.get("TWILIO_FUNCTIONS_PROJECT") or ROOT


def require_loopback(url):
    host = urllib.parse.urlsplit(url).hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise Failure(f"{url} is not a loopback address; these scripts only talk to 127.0.0.1")


class EmulatedServer:
    """`twilio-functions serve --port 0 --api-port 0 --in-memory` in a temporary copy of the project files.

    After `start()`: `api_url` (the emulated Twilio API, e.g. http://127.0.0.1:40123), `base_url` (the Functions
    port) and `env` (the shipped `environment` file). Use as a context manager to always stop it.
    """

    def __init__(self, binary=None, startup_timeout=120):
        self.binary = binary or server_binary()
        self.startup_timeout = startup_timeout
        self.process = None
        self.workdir = None
        self.api_url = None
        self.base_url = None
        self.env = {}

    def start(self):
        if not os.access(self.binary, os.X_OK):
            raise Failure(f"{self.binary} is not built (run swift build, or set TWILIO_FUNCTIONS_BIN)")
        self.workdir = tempfile.mkdtemp(prefix="emulated-server.")
        project = os.path.join(self.workdir, "project")
        os.mkdir(project)
        for name in PROJECT_FILES:
            source = os.path.join(project_root(), name)
            if os.path.isdir(source):
                shutil.copytree(source, os.path.join(project, name), symlinks=True)
            elif os.path.exists(source):
                shutil.copy2(source, os.path.join(project, name))
        self.env = read_environment(os.path.join(project, "environment"))
        missing = [key for key in ("ACCOUNT_SID", "API_KEY", "API_SECRET", "SYNC_SERVICE_SID") if not self.env.get(key)]
        if missing:
            raise Failure(f"the environment file lacks {', '.join(missing)}")
        self.process = Process([self.binary, "serve", "--port", "0", "--api-port", "0", "--in-memory"], cwd=project)
        api = self.process.wait_for_line(r"Emulated Twilio API \([^)]*\): (http://\S+)", self.startup_timeout,
                                         "the server's API URL")
        self.api_url = api.group(1).rstrip("/")
        require_loopback(self.api_url)
        functions = self.process.wait_for_line(r"^\s+(?:\[protected\]\s+)?(https?://[^/\s]+)/", 10,
                                               "the server's Functions URL")
        self.base_url = functions.group(1)
        return self

    def client(self):
        return ApiClient(self.api_url, self.env["API_KEY"], self.env["API_SECRET"])

    def output(self, last=40):
        return self.process.output(last) if self.process else ""

    def stop(self):
        if self.process:
            self.process.stop()
        if self.workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)
            self.workdir = None

    def __enter__(self):
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc):
        self.stop()
        return False


# --------------------------------------------------------------------------- HTTP


class Response:
    def __init__(self, status, text, headers):
        self.status = status
        self.text = text
        self.headers = headers

    def json(self):
        try:
            return json.loads(self.text)
        except ValueError:
            return None

    def __repr__(self):
        return f"<{self.status} {self.text[:200]!r}>"


class ApiClient:
    """Form-encoded requests with Basic auth to the emulated API port; no proxies, loopback only."""

    def __init__(self, api_url, username, password, timeout=15):
        require_loopback(api_url)
        self.api_url = api_url.rstrip("/")
        self.authorization = "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()
        self.timeout = timeout
        self.opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def request(self, method, path, form=None, query=None, headers=None):
        url = self.api_url + path
        if query:
            url += "?" + urllib.parse.urlencode(query)
        body = None
        request_headers = {"Accept": "application/json", "Authorization": self.authorization}
        if form is not None:
            body = urllib.parse.urlencode(form).encode()
            request_headers["Content-Type"] = "application/x-www-form-urlencoded"
        request_headers.update(headers or {})
        request = urllib.request.Request(url, data=body, method=method, headers=request_headers)
        try:
            with self.opener.open(request, timeout=self.timeout) as response:
                return Response(response.status, response.read().decode(errors="replace"), dict(response.headers))
        except urllib.error.HTTPError as error:
            return Response(error.code, error.read().decode(errors="replace"), dict(error.headers))

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post(self, path, form=None, **kwargs):
        return self.request("POST", path, form=form if form is not None else {}, **kwargs)

    def delete(self, path, **kwargs):
        return self.request("DELETE", path, **kwargs)
