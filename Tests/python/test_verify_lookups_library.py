"""Twilio's official Python library (`twilio`) against the emulated Verify v2 and Lookups v2 APIs.

Run through .ci/python-library-tests (with Tests/python/test_sync_library.py), or by hand with the venv's python:

    .build/ci-venv/bin/python Tests/python/test_verify_lookups_library.py -v
    .build/ci-venv/bin/python Tests/python/test_verify_lookups_library.py -k Lookups

The server, the credentials and the redirection of https://verify.twilio.com and https://lookups.twilio.com to the
emulated port are emulator_support's (see there). The code a verification "sent" is read from the emulator's own
`GET /_emulator/VerifyCodes` (same Basic auth), newest first.
"""

import itertools
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import emulator_support as support  # noqa: E402  (Tests/python/emulator_support.py)
from emulator_support import LOOKUPS_ORIGIN, EmulatorTestCase  # noqa: E402

_numbers = itertools.count(2600)
_names = itertools.count(1)

VALIDATION_ERRORS = {"TOO_SHORT", "TOO_LONG", "INVALID_BUT_POSSIBLE", "INVALID_COUNTRY_CODE", "INVALID_LENGTH",
                     "NOT_A_NUMBER"}
DATA_PACKAGES = ("caller_name", "sim_swap", "call_forwarding", "line_status", "line_type_intelligence",
                 "identity_match", "reassigned_number", "sms_pumping_risk", "phone_number_quality_score", "pre_fill")


def setUpModule():
    support.connect()


def new_number():
    """A different valid US number for every verification, so no test resends another's pending one."""
    return f"+1415555{next(_numbers):04d}"


def unique(prefix):
    return f"{prefix}-{next(_names)}"


# --------------------------------------------------------------------------- Verify


class VerifyTestCase(EmulatorTestCase):
    def setUp(self):
        super().setUp()
        self.services = self.client.verify.v2.services

    def sent_code(self, verification_sid):
        """The code the emulator "sent" for a verification, from GET /_emulator/VerifyCodes."""
        response = self.api.get("/_emulator/VerifyCodes")
        self.assertEqual(response.status, 200, response.text[:300])
        entries = [entry for entry in response.json()["verifications"] if entry["sid"] == verification_sid]
        self.assertTrue(entries, f"{verification_sid} is not in /_emulator/VerifyCodes")
        return entries[0]["code"]


class VerifyServiceTests(VerifyTestCase):
    def test_seeded_service_is_fetched(self):
        sid = support.ENV["VERIFY_SERVICE_SID"]
        service = self.services(sid).fetch()
        self.assertEqual((service.sid, service.account_sid), (sid, self.account))
        self.assertEqual(service.links["verifications"], f"{service.url}/Verifications")

    def test_create_fetch_and_list(self):
        name = unique("library-verify")
        created = self.services.create(friendly_name=name)
        self.assertSid(created.sid, "VA")
        self.assertEqual((created.friendly_name, created.account_sid), (name, self.account))
        self.assertEqual(created.code_length, 6)
        fetched = self.services(created.sid).fetch()
        self.assertEqual((fetched.sid, fetched.friendly_name), (created.sid, name))
        sids = [service.sid for service in self.services.list()]
        self.assertIn(created.sid, sids)
        self.assertIn(support.ENV["VERIFY_SERVICE_SID"], sids)

    def test_update_and_delete(self):
        created = self.services.create(friendly_name=unique("before"))
        updated = self.services(created.sid).update(friendly_name="after", code_length=4)
        self.assertEqual((updated.sid, updated.friendly_name, updated.code_length), (created.sid, "after", 4))
        self.assertTrue(self.services(created.sid).delete())
        self.assertRestError(lambda: self.services(created.sid).fetch(), 404, 20404)
        self.assertNotIn(created.sid, [service.sid for service in self.services.list()])


class VerificationTests(VerifyTestCase):
    @classmethod
    def setUpClass(cls):
        support.connect()
        cls.service_sid = support.make_client().verify.v2.services.create(friendly_name=unique("verifications")).sid

    def setUp(self):
        super().setUp()
        self.service = self.services(self.service_sid)

    def start(self, to=None, channel="sms"):
        return self.service.verifications.create(to=to or new_number(), channel=channel)

    def test_sms_code_is_approved(self):
        to = new_number()
        verification = self.start(to)
        self.assertSid(verification.sid, "VE")
        self.assertEqual((verification.service_sid, verification.account_sid), (self.service_sid, self.account))
        self.assertEqual((verification.to, verification.channel, verification.status, verification.valid),
                         (to, "sms", "pending", False))
        code = self.sent_code(verification.sid)
        self.assertRegex(code, r"^[0-9]{6}$")  # the service's code_length

        check = self.service.verification_checks.create(to=to, code=code)
        self.assertEqual((check.sid, check.to, check.channel), (verification.sid, to, "sms"))
        self.assertEqual((check.status, check.valid), ("approved", True))
        self.assertEqual(self.service.verifications(verification.sid).fetch().status, "approved")

    def test_wrong_code_stays_pending(self):
        to = new_number()
        verification = self.start(to)
        code = self.sent_code(verification.sid)
        wrong = "000000" if code != "000000" else "111111"
        check = self.service.verification_checks.create(to=to, code=wrong)
        self.assertEqual((check.sid, check.status, check.valid), (verification.sid, "pending", False))
        self.assertEqual(self.service.verifications(verification.sid).fetch().status, "pending")
        # The wrong attempt did not use the verification up: the right code still approves it.
        self.assertEqual(self.service.verification_checks.create(verification_sid=verification.sid, code=code).status,
                         "approved")

    def test_pending_verification_is_resent_not_replaced(self):
        to = new_number()
        first = self.start(to)
        again = self.start(to)
        self.assertEqual(again.sid, first.sid)
        self.assertEqual(again.status, "pending")

    def test_fetch_and_cancel(self):
        to = new_number()
        verification = self.start(to)
        fetched = self.service.verifications(verification.sid).fetch()
        self.assertEqual((fetched.sid, fetched.to, fetched.status), (verification.sid, to, "pending"))
        canceled = self.service.verifications(verification.sid).update(status="canceled")
        self.assertEqual((canceled.sid, canceled.status), (verification.sid, "canceled"))
        self.assertEqual(self.service.verifications(verification.sid).fetch().status, "canceled")
        # Nothing pending is left to check.
        self.assertRestError(lambda: self.service.verification_checks.create(to=to, code="123456"), 404, 20404)

    def test_bad_channel_is_refused(self):
        error = self.assertRestError(lambda: self.start(channel="carrier-pigeon"), 400, 60200)
        self.assertEqual(error.method, "POST")

    def test_bad_number_is_refused(self):
        self.assertRestError(lambda: self.start(to="not-a-number"), 400, 60200)


# --------------------------------------------------------------------------- Lookups


class LookupsTests(EmulatorTestCase):
    def test_valid_number(self):
        number = self.client.lookups.v2.phone_numbers("+14155552671").fetch()
        self.assertTrue(number.valid)
        self.assertEqual(number.phone_number, "+14155552671")
        self.assertEqual(number.national_format, "(415) 555-2671")
        self.assertEqual((number.country_code, number.calling_country_code), ("US", "1"))
        self.assertIsNone(number.validation_errors)
        for package in DATA_PACKAGES:  # none asked for in Fields: answered null, as in Twilio's examples
            self.assertIsNone(getattr(number, package), package)
        self.assertTrue(number.url.startswith((f"{LOOKUPS_ORIGIN}/v2/PhoneNumbers/", f"{support.API_URL}/v2/PhoneNumbers/")),
                        number.url)

    def test_national_number_with_country_code(self):
        number = self.client.lookups.v2.phone_numbers("4155552671").fetch(country_code="US")
        self.assertTrue(number.valid)
        self.assertEqual((number.phone_number, number.national_format), ("+14155552671", "(415) 555-2671"))

    def test_invalid_number(self):
        number = self.client.lookups.v2.phone_numbers("+141555526710").fetch()
        self.assertFalse(number.valid)
        self.assertEqual(number.phone_number, "+141555526710")
        self.assertIsNone(number.national_format)
        self.assertTrue(number.validation_errors, "an invalid number has validation_errors")
        self.assertLessEqual(set(number.validation_errors), VALIDATION_ERRORS)
        self.assertIn("TOO_LONG", number.validation_errors)

    def test_not_a_number(self):
        number = self.client.lookups.v2.phone_numbers("hello").fetch()
        self.assertFalse(number.valid)
        self.assertEqual(number.validation_errors, ["NOT_A_NUMBER"])


# --------------------------------------------------------------------------- running


if __name__ == "__main__":
    sys.exit(support.main(module="__main__"))
