"""Twilio's official Python library (`twilio`) against the emulated Sync API.

Run through .ci/python-library-tests, which creates the venv .build/ci-venv, starts the server and runs this file
with Tests/python/test_verify_lookups_library.py; or by hand with that venv's python:

    .build/ci-venv/bin/python Tests/python/test_sync_library.py -v
    .build/ci-venv/bin/python -m unittest Tests/python/test_sync_library.py -k Document

With TWILIO_EMULATOR_API_URL (or SYNC_EMULATOR_API_URL) set, as the runner does, the tests use that server, with
the credentials of the shipped `environment` file; without it they start `.build/debug/twilio-functions serve
--in-memory` themselves. Every request the library makes for https://sync.twilio.com goes to the emulated port
instead (emulator_support.EmulatorHttpClient); any other address is refused, so nothing leaves 127.0.0.1.
"""

import itertools
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import emulator_support as support  # noqa: E402  (Tests/python/emulator_support.py)
from emulator_support import SYNC_ORIGIN, EmulatorTestCase  # noqa: E402

_names = itertools.count(1)


def setUpModule():
    support.connect()


def unique(prefix):
    return f"{prefix}-{next(_names)}"


class SyncTestCase(EmulatorTestCase):
    def setUp(self):
        super().setUp()
        self.service_sid = support.ENV["SYNC_SERVICE_SID"]
        self.service = self.client.sync.v1.services(self.service_sid)


# --------------------------------------------------------------------------- Services


class ServiceTests(SyncTestCase):
    def test_seeded_service_is_fetched(self):
        service = self.client.sync.v1.services(self.service_sid).fetch()
        self.assertEqual(service.sid, self.service_sid)
        self.assertEqual(service.account_sid, self.account)
        self.assertEqual(service.links["documents"], f"{service.url}/Documents")

    def test_urls_name_the_emulated_api(self):
        # Resource URLs and paging links must be followable: Twilio's host (which clients send to the emulator
        # as this test's client does) or the port the API is served on, never the port 0 it was asked for.
        service = self.client.sync.v1.services(self.service_sid).fetch()
        self.assertIn(service.url, (f"{SYNC_ORIGIN}/v1/Services/{self.service_sid}",
                                    f"{support.API_URL}/v1/Services/{self.service_sid}"))
        self.client.sync.v1.services.create(friendly_name="second")  # so that a page of one has a next page
        next_page = self.client.sync.v1.services.page(page_size=1).next_page_url
        self.assertTrue(next_page.startswith((f"{SYNC_ORIGIN}/v1/Services?", f"{support.API_URL}/v1/Services?")), next_page)

    def test_create_fetch_and_list(self):
        created = self.client.sync.v1.services.create(friendly_name="library-created")
        self.assertSid(created.sid, "IS")
        self.assertEqual(created.friendly_name, "library-created")
        self.assertEqual(created.account_sid, self.account)
        self.assertFalse(created.acl_enabled)
        self.assertFalse(created.webhooks_from_rest_enabled)
        self.assertFalse(created.reachability_webhooks_enabled)
        self.assertEqual(created.reachability_debouncing_window, 5000)
        fetched = self.client.sync.v1.services(created.sid).fetch()
        self.assertEqual((fetched.sid, fetched.friendly_name), (created.sid, "library-created"))
        sids = [service.sid for service in self.client.sync.v1.services.list()]
        self.assertIn(created.sid, sids)
        self.assertIn(self.service_sid, sids)

    def test_update_friendly_name_and_acl(self):
        created = self.client.sync.v1.services.create(friendly_name="before")
        updated = self.client.sync.v1.services(created.sid).update(friendly_name="after", acl_enabled=True)
        self.assertEqual(updated.sid, created.sid)
        self.assertEqual(updated.friendly_name, "after")
        self.assertTrue(updated.acl_enabled)
        fetched = self.client.sync.v1.services(created.sid).fetch()
        self.assertEqual((fetched.friendly_name, fetched.acl_enabled), ("after", True))
        again = self.client.sync.v1.services(created.sid).update(acl_enabled=False)
        self.assertEqual((again.friendly_name, again.acl_enabled), ("after", False))

    def test_delete(self):
        created = self.client.sync.v1.services.create(friendly_name="to-delete")
        self.assertTrue(self.client.sync.v1.services(created.sid).delete())
        self.assertRestError(lambda: self.client.sync.v1.services(created.sid).fetch(), 404, 20404)
        sids = [service.sid for service in self.client.sync.v1.services.list()]
        self.assertNotIn(created.sid, sids)


# --------------------------------------------------------------------------- Documents


class DocumentTests(SyncTestCase):
    def test_create_fetch_update_delete(self):
        name = unique("doc")
        created = self.service.documents.create(unique_name=name, data={"count": 1, "tags": ["a"]})
        self.assertSid(created.sid, "ET")
        self.assertEqual(created.unique_name, name)
        self.assertEqual(created.account_sid, self.account)
        self.assertEqual(created.service_sid, self.service_sid)
        self.assertEqual(created.data, {"count": 1, "tags": ["a"]})
        self.assertEqual(created.revision, "0")
        self.assertIsNone(created.date_expires)

        by_name = self.service.documents(name).fetch()
        self.assertEqual((by_name.sid, by_name.data, by_name.revision), (created.sid, {"count": 1, "tags": ["a"]}, "0"))

        updated = self.service.documents(created.sid).update(data={"count": 2}, if_match="0")
        self.assertEqual(updated.data, {"count": 2})
        self.assertEqual(updated.revision, "1")
        self.assertEqual(self.service.documents(created.sid).fetch().data, {"count": 2})

        self.assertTrue(self.service.documents(created.sid).delete())
        self.assertRestError(lambda: self.service.documents(created.sid).fetch(), 404, 20404)
        self.assertRestError(lambda: self.service.documents(name).fetch(), 404, 20404)

    def test_stale_if_match_is_refused_and_changes_nothing(self):
        created = self.service.documents.create(unique_name=unique("doc"), data={"v": 1})
        self.service.documents(created.sid).update(data={"v": 2}, if_match=created.revision)
        self.assertRestError(lambda: self.service.documents(created.sid).update(data={"v": 3}, if_match="0"), 412, 54103)
        fetched = self.service.documents(created.sid).fetch()
        self.assertEqual((fetched.data, fetched.revision), ({"v": 2}, "1"))

    def test_update_without_if_match(self):
        created = self.service.documents.create(data={"v": 1})
        self.assertIsNone(created.unique_name)
        updated = self.service.documents(created.sid).update(data={"v": "x"})
        self.assertEqual((updated.data, updated.revision), ({"v": "x"}, "1"))

    def test_duplicate_unique_name(self):
        name = unique("doc")
        self.service.documents.create(unique_name=name)
        self.assertRestError(lambda: self.service.documents.create(unique_name=name), 409, 54301)

    def test_list(self):
        names = {unique("listed"), unique("listed")}
        for name in names:
            self.service.documents.create(unique_name=name, data={"name": name})
        documents = {document.unique_name: document for document in self.service.documents.list()}
        for name in names:
            self.assertIn(name, documents)
            self.assertEqual(documents[name].data, {"name": name})


# --------------------------------------------------------------------------- Lists and list items


class ListTests(SyncTestCase):
    def make_list(self, items=0):
        sync_list = self.service.sync_lists.create(unique_name=unique("list"))
        for n in range(items):
            self.service.sync_lists(sync_list.sid).sync_list_items.create(data={"n": n})
        return sync_list

    def indexes(self, sync_list, **kwargs):
        return [item.index for item in self.service.sync_lists(sync_list.sid).sync_list_items.list(**kwargs)]

    def test_create_fetch_update_delete_list(self):
        name = unique("list")
        created = self.service.sync_lists.create(unique_name=name)
        self.assertSid(created.sid, "ES")
        self.assertEqual((created.unique_name, created.service_sid, created.account_sid),
                         (name, self.service_sid, self.account))
        self.assertEqual(created.links["items"], f"{created.url}/Items")
        self.assertEqual(created.links["permissions"], f"{created.url}/Permissions")
        fetched = self.service.sync_lists(name).fetch()
        self.assertEqual(fetched.sid, created.sid)
        updated = self.service.sync_lists(created.sid).update(ttl=3600)
        self.assertIsNotNone(updated.date_expires)
        self.assertIn(created.sid, [sync_list.sid for sync_list in self.service.sync_lists.list()])
        self.assertTrue(self.service.sync_lists(created.sid).delete())
        self.assertRestError(lambda: self.service.sync_lists(created.sid).fetch(), 404, 20404)

    def test_items_are_appended_with_indexes_that_keep_growing(self):
        sync_list = self.make_list()
        items = self.service.sync_lists(sync_list.sid).sync_list_items
        created = [items.create(data={"n": n}) for n in range(3)]
        self.assertEqual([item.index for item in created], [0, 1, 2])
        self.assertEqual(created[1].data, {"n": 1})
        self.assertEqual(created[1].list_sid, sync_list.sid)
        self.assertTrue(items(2).delete())
        self.assertEqual(items.create(data={"n": 3}).index, 3)
        self.assertTrue(items(0).delete())
        self.assertEqual(items.create(data={"n": 4}).index, 4)
        self.assertEqual(self.indexes(sync_list), [1, 3, 4])

    def test_item_listing_order_from_and_bounds(self):
        sync_list = self.make_list(items=4)
        self.assertEqual(self.indexes(sync_list), [0, 1, 2, 3])
        self.assertEqual(self.indexes(sync_list, order="asc"), [0, 1, 2, 3])
        self.assertEqual(self.indexes(sync_list, order="desc"), [3, 2, 1, 0])
        self.assertEqual(self.indexes(sync_list, from_="1"), [1, 2, 3])
        self.assertEqual(self.indexes(sync_list, from_="1", bounds="inclusive"), [1, 2, 3])
        self.assertEqual(self.indexes(sync_list, from_="1", bounds="exclusive"), [2, 3])
        self.assertEqual(self.indexes(sync_list, order="desc", from_="2"), [2, 1, 0])
        self.assertEqual(self.indexes(sync_list, order="desc", from_="2", bounds="exclusive"), [1, 0])
        self.assertEqual(self.indexes(sync_list, page_size=2), [0, 1, 2, 3])  # two pages

    def test_item_fetch_update_delete(self):
        sync_list = self.make_list(items=2)
        items = self.service.sync_lists(sync_list.sid).sync_list_items
        fetched = items(1).fetch()
        self.assertEqual((fetched.index, fetched.data), (1, {"n": 1}))
        updated = items(1).update(data={"n": "one"}, if_match=fetched.revision)
        self.assertEqual((updated.index, updated.data), (1, {"n": "one"}))
        self.assertNotEqual(updated.revision, fetched.revision)
        self.assertEqual(items(1).fetch().data, {"n": "one"})
        self.assertRestError(lambda: items(1).update(data={"n": "stale"}, if_match=fetched.revision), 412)
        self.assertTrue(items(1).delete())
        self.assertRestError(lambda: items(1).fetch(), 404, 20404)
        self.assertEqual(self.indexes(sync_list), [0])


# --------------------------------------------------------------------------- Maps and map items


class MapTests(SyncTestCase):
    def keys(self, sync_map, **kwargs):
        return [item.key for item in self.service.sync_maps(sync_map.sid).sync_map_items.list(**kwargs)]

    def test_create_fetch_delete_map(self):
        name = unique("map")
        created = self.service.sync_maps.create(unique_name=name)
        self.assertSid(created.sid, "MP")
        self.assertEqual((created.unique_name, created.service_sid, created.account_sid),
                         (name, self.service_sid, self.account))
        self.assertEqual(self.service.sync_maps(name).fetch().sid, created.sid)
        self.assertIn(created.sid, [sync_map.sid for sync_map in self.service.sync_maps.list()])
        self.assertTrue(self.service.sync_maps(created.sid).delete())
        self.assertRestError(lambda: self.service.sync_maps(created.sid).fetch(), 404, 20404)

    def test_items_by_key(self):
        sync_map = self.service.sync_maps.create(unique_name=unique("map"))
        items = self.service.sync_maps(sync_map.sid).sync_map_items
        created = items.create(key="alice", data={"score": 10})
        self.assertEqual((created.key, created.data, created.map_sid), ("alice", {"score": 10}, sync_map.sid))
        fetched = items("alice").fetch()
        self.assertEqual((fetched.key, fetched.data), ("alice", {"score": 10}))
        updated = items("alice").update(data={"score": 11}, if_match=fetched.revision)
        self.assertEqual(updated.data, {"score": 11})
        self.assertNotEqual(updated.revision, fetched.revision)
        self.assertTrue(items("alice").delete())
        self.assertRestError(lambda: items("alice").fetch(), 404, 20404)

    def test_duplicate_key_is_a_conflict(self):
        sync_map = self.service.sync_maps.create(unique_name=unique("map"))
        items = self.service.sync_maps(sync_map.sid).sync_map_items
        items.create(key="only", data={"n": 1})
        error = self.assertRestError(lambda: items.create(key="only", data={"n": 2}), 409, 54208)
        self.assertEqual(error.method, "POST")
        self.assertEqual(items("only").fetch().data, {"n": 1})

    def test_item_listing_order_from_and_bounds(self):
        sync_map = self.service.sync_maps.create(unique_name=unique("map"))
        items = self.service.sync_maps(sync_map.sid).sync_map_items
        for key in ("m", "a", "z", "c"):
            items.create(key=key, data={"key": key})
        self.assertEqual(self.keys(sync_map), ["a", "c", "m", "z"])
        self.assertEqual(self.keys(sync_map, order="desc"), ["z", "m", "c", "a"])
        self.assertEqual(self.keys(sync_map, from_="c"), ["c", "m", "z"])
        self.assertEqual(self.keys(sync_map, from_="c", bounds="exclusive"), ["m", "z"])
        self.assertEqual(self.keys(sync_map, order="desc", from_="m", bounds="exclusive"), ["c", "a"])


# --------------------------------------------------------------------------- Streams and messages


class StreamTests(SyncTestCase):
    def test_create_fetch_update_delete_stream(self):
        name = unique("stream")
        created = self.service.sync_streams.create(unique_name=name)
        self.assertSid(created.sid, "TO")
        self.assertEqual((created.unique_name, created.service_sid, created.account_sid),
                         (name, self.service_sid, self.account))
        self.assertEqual(created.links["messages"], f"{created.url}/Messages")
        self.assertEqual(self.service.sync_streams(name).fetch().sid, created.sid)
        updated = self.service.sync_streams(created.sid).update(ttl=600)
        self.assertIsNotNone(updated.date_expires)
        self.assertIn(created.sid, [stream.sid for stream in self.service.sync_streams.list()])
        self.assertTrue(self.service.sync_streams(created.sid).delete())
        self.assertRestError(lambda: self.service.sync_streams(created.sid).fetch(), 404, 20404)

    def test_publish_message(self):
        stream = self.service.sync_streams.create(unique_name=unique("stream"))
        message = self.service.sync_streams(stream.sid).stream_messages.create(data={"text": "hi", "n": 1})
        self.assertSid(message.sid, "TZ")
        self.assertEqual(message.data, {"text": "hi", "n": 1})


# --------------------------------------------------------------------------- Permissions


class PermissionTests(SyncTestCase):
    def check(self, permissions, object_field, object_sid):
        alice = permissions("alice").update(read=True, write=False, manage=False)
        self.assertEqual((alice.identity, alice.read, alice.write, alice.manage), ("alice", True, False, False))
        self.assertEqual((getattr(alice, object_field), alice.service_sid, alice.account_sid),
                         (object_sid, self.service_sid, self.account))
        fetched = permissions("alice").fetch()
        self.assertEqual((fetched.identity, fetched.read, fetched.write, fetched.manage), ("alice", True, False, False))
        changed = permissions("alice").update(read=True, write=True, manage=True)
        self.assertEqual((changed.read, changed.write, changed.manage), (True, True, True))
        permissions("bob").update(read=False, write=True, manage=False)
        listed = {p.identity: (p.read, p.write, p.manage) for p in permissions.list()}
        self.assertEqual(listed, {"alice": (True, True, True), "bob": (False, True, False)})
        self.assertTrue(permissions("alice").delete())
        self.assertRestError(lambda: permissions("alice").fetch(), 404, 20404)
        self.assertEqual([p.identity for p in permissions.list()], ["bob"])

    def test_document_permissions(self):
        document = self.service.documents.create(unique_name=unique("doc"))
        self.check(self.service.documents(document.sid).document_permissions, "document_sid", document.sid)

    def test_list_permissions(self):
        sync_list = self.service.sync_lists.create(unique_name=unique("list"))
        self.check(self.service.sync_lists(sync_list.sid).sync_list_permissions, "list_sid", sync_list.sid)

    def test_map_permissions(self):
        sync_map = self.service.sync_maps.create(unique_name=unique("map"))
        self.check(self.service.sync_maps(sync_map.sid).sync_map_permissions, "map_sid", sync_map.sid)


# --------------------------------------------------------------------------- running


if __name__ == "__main__":
    sys.exit(support.main(module="__main__"))
