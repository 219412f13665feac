"""Twilio's official Python library (`twilio`) against the emulated 2010 API: Messages and IncomingPhoneNumbers.

Run through .ci/python-library-tests (with the other Tests/python/test_*.py), or by hand with the venv's python:

    .build/ci-venv/bin/python Tests/python/test_messages_library.py -v
    .build/ci-venv/bin/python Tests/python/test_messages_library.py -k Undelivered

The server, the credentials and the redirection of https://api.twilio.com to the emulated port are
emulator_support's (see there). Messages are sent From +15005550006, the number emulator-seed.json gives the
account. An outbound message moves by itself on the server's clock (queued, then sending, sent and delivered within
about 3 s); a test that does not want to wait POSTs the emulator's own /_emulator/DeliverMessages, which moves every
outbound message to its last status at once. Status callbacks go to a small HTTP receiver this module runs on
127.0.0.1, which checks their X-Twilio-Signature with the AUTH_TOKEN of the shipped `environment` file.
"""

import http.server
import itertools
import os
import sys
import threading
import time
import urllib.parse

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import emulator_support as support  # noqa: E402  (Tests/python/emulator_support.py)
from emulator_support import EmulatorTestCase  # noqa: E402
from twilio.request_validator import RequestValidator  # noqa: E402

FROM = "+15005550006"  # emulator-seed.json's number
UNDELIVERED_TO = "+15005530003"  # the emulator's magic number: ends undelivered with error 30003
FINAL_STATUSES = {"delivered", "undelivered", "failed", "canceled"}

_recipients = itertools.count(3100)
_numbers = itertools.count(31)
_receiver = None


def new_recipient():
    """A different valid US number for every message, so a filtered list holds only one test's messages."""
    return f"+1415555{next(_recipients):04d}"


def new_number():
    """A number not yet on the account, for IncomingPhoneNumbers.create."""
    return f"+150055500{next(_numbers):02d}"


# --------------------------------------------------------------------------- the status callback receiver


class CallbackReceiver:
    """An HTTP server on 127.0.0.1 recording every request the emulator sends it: (path, headers, form)."""

    def __init__(self):
        self.requests = []
        self.changed = threading.Condition()
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode(), keep_blank_values=True))
                with receiver.changed:
                    receiver.requests.append((self.path, dict(self.headers), form))
                    receiver.changed.notify_all()
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def for_message(self, sid):
        with self.changed:
            return [entry for entry in self.requests if entry[2].get("MessageSid") == sid]

    def wait_for(self, sid, count, timeout=6):
        """The callbacks for message `sid`, once there are `count` of them (or whatever came within `timeout`)."""
        deadline = time.monotonic() + timeout
        with self.changed:
            while True:
                found = [entry for entry in self.requests if entry[2].get("MessageSid") == sid]
                left = deadline - time.monotonic()
                if len(found) >= count or left <= 0:
                    return found
                self.changed.wait(left)

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


def setUpModule():
    global _receiver
    support.connect()
    _receiver = CallbackReceiver()


def tearDownModule():
    if _receiver:
        _receiver.stop()


# --------------------------------------------------------------------------- Messages


class MessagesTestCase(EmulatorTestCase):
    def send(self, to=None, body="Hello from the library", **kwargs):
        return self.client.messages.create(to=to or new_recipient(), from_=FROM, body=body, **kwargs)

    def deliver_now(self):
        response = self.api.post("/_emulator/DeliverMessages")
        self.assertLess(response.status, 300, response.text[:300])

    def wait_for_final_status(self, sid, timeout=6):
        """Polls the message until it settles, on the server's own clock; returns it and the statuses seen."""
        deadline = time.monotonic() + timeout
        seen = []
        while True:
            message = self.client.messages(sid).fetch()
            if not seen or seen[-1] != message.status:
                seen.append(message.status)
            if message.status in FINAL_STATUSES or time.monotonic() > deadline:
                return message, seen
            time.sleep(0.2)

    def emulator_entry(self, sid):
        """The message as GET /_emulator/Messages shows it, with `history` and `callbacks`."""
        response = self.api.get("/_emulator/Messages")
        self.assertEqual(response.status, 200, response.text[:300])
        entries = [entry for entry in response.json()["messages"] if entry["sid"] == sid]
        self.assertTrue(entries, f"{sid} is not in /_emulator/Messages")
        return entries[0]


class MessageTests(MessagesTestCase):
    def test_create_is_queued(self):
        to = new_recipient()
        message = self.client.messages.create(to=to, from_=FROM, body="Queued?",
                                              status_callback=f"{_receiver.url}/status")
        self.assertSid(message.sid, "SM")
        self.assertEqual(message.status, "queued")
        self.assertEqual((message.to, message.from_, message.body), (to, FROM, "Queued?"))
        self.assertEqual((message.direction, message.account_sid), ("outbound-api", self.account))
        self.assertEqual((message.num_media, message.num_segments), ("0", "1"))
        self.assertIsNone(message.error_code)
        self.assertEqual(message.uri, f"/2010-04-01/Accounts/{self.account}/Messages/{message.sid}.json")

    def test_fetch(self):
        created = self.send(body="Fetch me")
        fetched = self.client.messages(created.sid).fetch()
        self.assertEqual((fetched.sid, fetched.to, fetched.from_, fetched.body),
                         (created.sid, created.to, FROM, "Fetch me"))
        self.assertEqual(fetched.date_created, created.date_created)

    def test_list_filtered_by_to(self):
        to = new_recipient()
        first = self.send(to=to, body="first")
        second = self.send(to=to, body="second")
        self.send(body="someone else")
        listed = self.client.messages.list(to=to, limit=20)
        self.assertEqual([message.sid for message in listed], [second.sid, first.sid])  # newest first
        self.assertTrue(all(message.to == to for message in listed))
        self.assertEqual(len(self.client.messages.list(to=to, limit=1)), 1)
        self.assertEqual(self.client.messages.list(to=to, from_=FROM, limit=20)[0].sid, second.sid)

    def test_delivered_on_the_servers_clock_with_signed_callbacks(self):
        message = self.send(body="Deliver me", status_callback=f"{_receiver.url}/status")
        settled, seen = self.wait_for_final_status(message.sid)
        self.assertEqual(settled.status, "delivered", f"statuses seen: {seen}")
        self.assertIsNone(settled.error_code)
        self.assertIsNotNone(settled.date_sent)
        history = [step["status"] for step in self.emulator_entry(message.sid)["history"]]
        self.assertEqual(history, ["queued", "sending", "sent", "delivered"])

        callbacks = _receiver.wait_for(message.sid, 3)
        self.assertEqual([form.get("MessageStatus") for _, _, form in callbacks], ["sending", "sent", "delivered"])
        validator = RequestValidator(support.ENV["AUTH_TOKEN"])
        for path, headers, form in callbacks:
            self.assertEqual(path, "/status")
            self.assertEqual((form.get("To"), form.get("From"), form.get("AccountSid")),
                             (message.to, FROM, self.account))
            signature = headers.get("X-Twilio-Signature") or ""
            self.assertTrue(validator.validate(f"{_receiver.url}/status", form, signature),
                            f"the {form.get('MessageStatus')} callback's X-Twilio-Signature {signature!r} is not "
                            f"Twilio's signature with the environment's AUTH_TOKEN")

    def test_deliver_messages_now(self):
        message = self.send(body="No waiting")
        self.deliver_now()
        self.assertEqual(self.client.messages(message.sid).fetch().status, "delivered")

    def test_undelivered_with_error_30003(self):
        message = self.send(to=UNDELIVERED_TO, body="Nobody home", status_callback=f"{_receiver.url}/status")
        self.assertEqual(message.status, "queued")
        self.deliver_now()
        settled = self.client.messages(message.sid).fetch()
        self.assertEqual((settled.status, settled.error_code), ("undelivered", 30003))
        self.assertTrue(settled.error_message)
        callbacks = _receiver.wait_for(message.sid, 3)
        self.assertEqual(callbacks[-1][2].get("MessageStatus"), "undelivered")
        self.assertEqual(callbacks[-1][2].get("ErrorCode"), "30003")

    def test_invalid_to_is_refused(self):
        self.assertRestError(lambda: self.client.messages.create(to="not-a-number", from_=FROM, body="x"), 400, 21211)

    def test_from_must_be_an_account_number(self):
        self.assertRestError(lambda: self.client.messages.create(to=new_recipient(), from_="+15005550009", body="x"),
                             400, 21606)

    def test_body_or_media_is_required(self):
        self.assertRestError(lambda: self.client.messages.create(to=new_recipient(), from_=FROM), 400, 21602)

    def test_media(self):
        message = self.send(body="With a picture", media_url=["https://demo.twilio.com/owl.png"])
        self.assertSid(message.sid, "MM")
        self.assertEqual(message.num_media, "1")
        media = self.client.messages(message.sid).media.list()
        self.assertEqual(len(media), 1)
        self.assertSid(media[0].sid, "ME")
        self.assertEqual(media[0].parent_sid, message.sid)

    def test_redact_and_delete(self):
        message = self.send(body="Secret")
        self.deliver_now()
        redacted = self.client.messages(message.sid).update(body="")
        self.assertEqual((redacted.sid, redacted.body), (message.sid, ""))
        self.assertTrue(self.client.messages(message.sid).delete())
        self.assertRestError(lambda: self.client.messages(message.sid).fetch(), 404)


# --------------------------------------------------------------------------- IncomingPhoneNumbers


class IncomingPhoneNumberTests(MessagesTestCase):
    def test_seeded_number_is_listed(self):
        numbers = {number.phone_number: number for number in self.client.incoming_phone_numbers.list()}
        self.assertIn(FROM, numbers)
        seeded = numbers[FROM]
        self.assertSid(seeded.sid, "PN")
        self.assertEqual(seeded.account_sid, self.account)
        self.assertTrue(seeded.capabilities.get("sms"))
        self.assertTrue(seeded.sms_url, "the seed gives +15005550006 an SmsUrl (/forward-message)")
        self.assertEqual([number.sid for number in self.client.incoming_phone_numbers.list(phone_number=FROM)],
                         [seeded.sid])

    def test_create_update_and_delete(self):
        phone_number = new_number()
        created = self.client.incoming_phone_numbers.create(phone_number=phone_number, friendly_name="library number")
        self.assertSid(created.sid, "PN")
        self.assertEqual((created.phone_number, created.friendly_name), (phone_number, "library number"))
        self.assertIn(created.sid, [number.sid for number in self.client.incoming_phone_numbers.list()])

        updated = self.client.incoming_phone_numbers(created.sid).update(sms_url="https://example.com/sms",
                                                                         sms_method="GET")
        self.assertEqual((updated.sid, updated.sms_url, updated.sms_method),
                         (created.sid, "https://example.com/sms", "GET"))
        fetched = self.client.incoming_phone_numbers(created.sid).fetch()
        self.assertEqual((fetched.sms_url, fetched.friendly_name), ("https://example.com/sms", "library number"))

        # A number of the account's is a From for messages, until it is released.
        message = self.client.messages.create(to=new_recipient(), from_=phone_number, body="From the new number")
        self.assertEqual(message.from_, phone_number)
        self.assertTrue(self.client.incoming_phone_numbers(created.sid).delete())
        self.assertRestError(lambda: self.client.incoming_phone_numbers(created.sid).fetch(), 404)
        self.assertNotIn(created.sid, [number.sid for number in self.client.incoming_phone_numbers.list()])
        self.assertRestError(
            lambda: self.client.messages.create(to=new_recipient(), from_=phone_number, body="x"), 400, 21606)


if __name__ == "__main__":
    sys.exit(support.main(module="__main__"))
