"""Shared by the tests that drive the emulated Twilio API with Twilio's official Python library (`twilio`):
Tests/python/test_sync_library.py, Tests/python/test_verify_lookups_library.py and
Tests/python/test_messages_library.py.

- `connect()`: the emulated API's URL (`API_URL`) and the shipped `environment` file (`ENV`). With
  TWILIO_EMULATOR_API_URL (or the older SYNC_EMULATOR_API_URL) set, as .ci/python-library-tests does, that server
  is used; without it `.build/debug/twilio-functions serve --in-memory` (or $TWILIO_FUNCTIONS_BIN) is started once
  for the whole process and stopped at exit.
- `EmulatorHttpClient`: the library's own HTTP client, sending every request the library makes for
  https://sync.twilio.com, https://verify.twilio.com, https://lookups.twilio.com or https://api.twilio.com (the
  2010 API: Messages, IncomingPhoneNumbers) to the emulated port instead; any other address is refused, so
  nothing leaves 127.0.0.1.
- `EmulatorTestCase`: a unittest case with `self.client` (a `twilio.rest.Client` using that HTTP client),
  `self.api` (plain form-encoded HTTP to the emulated port, for the emulator's own endpoints such as
  /_emulator/VerifyCodes or /_emulator/Messages) and assertions for Twilio REST errors and SIDs.
- `main()`: unittest's runner, closing with a plain `python-library-tests: N passed, N failed` line.
"""

import atexit
import os
import sys
import unittest

sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
if os.path.join(ROOT, ".ci") not in sys.path:
    sys.path.insert(0, os.path.join(ROOT, ".ci"))

import emulated_server  # noqa: E402  (.ci/emulated_server.py)
from twilio.base.exceptions import TwilioRestException  # noqa: E402
from twilio.http.http_client import TwilioHttpClient  # noqa: E402
from twilio.rest import Client  # noqa: E402

SYNC_ORIGIN = "https://sync.twilio.com"
VERIFY_ORIGIN = "https://verify.twilio.com"
LOOKUPS_ORIGIN = "https://lookups.twilio.com"
API_ORIGIN = "https://api.twilio.com"
EMULATED_ORIGINS = (SYNC_ORIGIN, VERIFY_ORIGIN, LOOKUPS_ORIGIN, API_ORIGIN)

API_URL = None
ENV = {}
_server = None


def connect():
    """Sets API_URL and ENV (once per process); starts a server when no URL is given."""
    global _server, API_URL, ENV
    if API_URL:
        return API_URL
    ENV = emulated_server.read_environment(os.path.join(ROOT, "environment"))
    url = os.environ.get("TWILIO_EMULATOR_API_URL") or os.environ.get("SYNC_EMULATOR_API_URL")
    if not url:
        _server = emulated_server.EmulatedServer().start()
        atexit.register(_server.stop)
        url = _server.api_url
    emulated_server.require_loopback(url)
    API_URL = url.rstrip("/")
    return API_URL


class EmulatorHttpClient(TwilioHttpClient):
    """The library's own HTTP client, sending Sync's, Verify's, Lookups' and the 2010 API's requests to the
    emulated port and refusing any other host."""

    def __init__(self, api_url):
        super().__init__(timeout=15)
        emulated_server.require_loopback(api_url)
        self.api_url = api_url.rstrip("/")
        self.session.trust_env = False  # no proxy from the environment: straight to 127.0.0.1

    def request(self, method, url, *args, **kwargs):
        for origin in EMULATED_ORIGINS:
            if url.startswith(origin + "/"):
                url = self.api_url + url[len(origin):]
                break
        else:
            if not url.startswith(self.api_url + "/"):
                raise AssertionError(f"the library asked for {url}; only the emulated API at {self.api_url} "
                                     f"(for {', '.join(EMULATED_ORIGINS)}) is allowed")
        return super().request(method, url, *args, **kwargs)


def make_client():
    # A non-empty `environment` keeps TWILIO_EDGE / TWILIO_REGION of the caller's shell out of the URLs.
    return Client(ENV["API_KEY"], ENV["API_SECRET"], ENV["ACCOUNT_SID"],
                  http_client=EmulatorHttpClient(connect()), environment={"TWILIO_EMULATED": "1"})


class EmulatorTestCase(unittest.TestCase):
    def setUp(self):
        connect()
        self.client = make_client()
        self.account = ENV["ACCOUNT_SID"]
        self.api = emulated_server.ApiClient(API_URL, ENV["API_KEY"], ENV["API_SECRET"])

    def assertRestError(self, call, status, code=None):
        """`call()` raises TwilioRestException with `status` (and Twilio error `code`)."""
        with self.assertRaises(TwilioRestException) as caught:
            call()
        error = caught.exception
        self.assertEqual(error.status, status, f"{error.method} {error.uri}: {error.msg}")
        if code is not None:
            self.assertEqual(error.code, code, f"{error.method} {error.uri}: {error.msg}")
        return error

    def assertSid(self, sid, prefix):
        self.assertRegex(sid or "", rf"^{prefix}[0-9a-f]{{32}}$")


# --------------------------------------------------------------------------- running


class Result(unittest.TextTestResult):
    """Notes the Twilio REST error behind each failed test, for the closing summary."""

    rest_errors = []

    def _note(self, test, err):
        error = err[1]
        if isinstance(error, TwilioRestException):
            self.rest_errors.append((test, f"{error.status} (code {error.code}) on {error.method} {error.uri}"))
        elif isinstance(error, AssertionError) and "TwilioRestException not raised" not in str(error):
            self.rest_errors.append((test, "assertion: " + str(error).splitlines()[0][:160]))
        else:
            self.rest_errors.append((test, f"{type(error).__name__}: {str(error).splitlines()[0][:160] if str(error) else ''}"))

    def addError(self, test, err):
        super().addError(test, err)
        self._note(test, err)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._note(test, err)


def main(module=None, tests=None, argv=None):
    """unittest's runner over `module` (e.g. "__main__"), or over `tests`, names of that module's attributes, when
    no test names are given; with unittest's own arguments (-v, -k PATTERN, test names). Closes with a plain
    `python-library-tests: N passed, N failed` line."""
    argv = list(sys.argv if argv is None else argv)
    runner = unittest.TextTestRunner(resultclass=Result, verbosity=2 if "-v" in argv else 1, stream=sys.stdout)
    program = unittest.main(module=module, defaultTest=tests, argv=argv, exit=False, testRunner=runner)
    result = program.result
    failed = len(result.failures) + len(result.errors) + len(result.unexpectedSuccesses)
    skipped = len(result.skipped)
    passed = result.testsRun - failed - skipped
    if Result.rest_errors:
        print("failed tests, and the first error each met:", flush=True)
        for test, what in Result.rest_errors:
            print(f"  {test.id().removeprefix('__main__.')}: {what}", flush=True)
    print(f"python-library-tests: {passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""),
          flush=True)
    return 0 if result.wasSuccessful() and result.testsRun else 1
