// The console's Sync panel: the Documents, Lists, Maps and Streams of the service SYNC_SERVICE_SID,
// read and written through the relay at /_console/api/twilio, which adds the credentials, so the
// page sees Twilio's own answers and never a secret. Loaded after console.js and uses its helpers
// ($, state, call, twilio, el, say, busy, pretty, ApiError); its start calls startSync and, once the
// overview is in, loadSync.
"use strict";

const sync = {
  view: "documents",
  open: { list: null, map: null }, // the List or Map shown, as Twilio returned it
  item: { list: null, map: null }, // the item in its editor
  feedAfter: 0, // the number of the latest Stream message received
  feedSeen: new Set(), // the SIDs of the messages in the feed
  feedTimer: 0,
  polling: false,
};

// ---------------------------------------------------------------- Sync views

const SYNC_VIEWS = ["documents", "lists", "maps", "streams"];

/** Whether there is an emulated Sync service to browse. */
function syncReady() {
  return Boolean(state.overview?.syncServiceSid) && state.overview.twilio === "emulated";
}

/** The relay path of `suffix` below the service, e.g. `/Lists/ES…/Items`. */
function syncPath(suffix) {
  const sid = state.overview?.syncServiceSid;
  if (!sid) throw new ApiError(0, "No SYNC_SERVICE_SID in the environment.");
  return `/v1/Services/${encodeURIComponent(sid)}${suffix}`;
}

/** Shows why Sync cannot be browsed in every view. */
function syncUnavailable(note) {
  for (const id of ["sync-message", "lists-message", "maps-message", "streams-message"]) say(id, note, "error");
}

/**
 * Whether `text` is the JSON object a Sync item or message takes (Twilio refuses any other JSON);
 * when not, says why in `message`, so nothing is sent.
 */
function validSyncData(text, message) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    say(message, `The data is not JSON: ${error.message}`, "error");
    return false;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    say(message, 'The data must be a JSON object, such as {"key": "value"}: Sync keeps objects, not other JSON values.', "error");
    return false;
  }
  return true;
}

/** A table row that opens something on a click or Enter, with `dataset` for finding it again. */
function openableRow(dataset, selected, open, ...cells) {
  return el("tr", {
    class: `selectable${selected ? " selected" : ""}`,
    dataset,
    title: "Open",
    tabindex: 0,
    onclick: open,
    onkeydown: (event) => { if (event.key === "Enter") open(); },
  }, ...cells);
}

/** Marks the rows of `body` whose `data-<field>` is `value` as selected; `null` unmarks all. */
function markSelected(body, field, value) {
  for (const row of $(body).rows) row.classList.toggle("selected", value !== null && row.dataset[field] === value);
}

const emptyRow = (columns, text) => el("tr", {}, el("td", { colspan: columns, class: "hint", text }));
const shortSid = (sid) => el("td", { class: "mono", text: `${sid.slice(0, 10)}…`, title: sid });

function formatDate(iso) {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return iso || "";
  return `${date.toLocaleDateString()} ${date.toLocaleTimeString([], { hour12: false })}`;
}

function showSyncView(view, focus = false) {
  sync.view = view;
  for (const tab of document.querySelectorAll("#sync-tabs [role=tab]")) {
    const selected = tab.dataset.view === view;
    tab.setAttribute("aria-selected", String(selected));
    tab.tabIndex = selected ? 0 : -1;
    $(tab.getAttribute("aria-controls")).hidden = !selected;
    if (selected && focus) tab.focus();
  }
  if (view === "streams") scheduleFeed(0);
}

/** Arrow keys, Home and End move between the tabs, as in the ARIA tabs pattern. */
function onSyncTabKey(event) {
  const at = SYNC_VIEWS.indexOf(event.currentTarget.dataset.view);
  const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: SYNC_VIEWS.length - 1 }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  showSyncView(SYNC_VIEWS[(next + SYNC_VIEWS.length) % SYNC_VIEWS.length], true);
}

function refreshSyncView() {
  switch (sync.view) {
    case "lists": return refreshCollection("list");
    case "maps": return refreshCollection("map");
    case "streams":
      scheduleFeed(0);
      return loadStreams();
    default: return loadDocuments();
  }
}

// ---------------------------------------------------------------- Sync documents

function documentsPath(suffix = "") {
  return syncPath(`/Documents${suffix}`);
}

async function loadDocuments() {
  if (!syncReady()) return;
  try {
    const { data } = await twilio(documentsPath("?PageSize=100"));
    const docs = data.documents || [];
    $("sync-count").textContent = docs.length + (data.meta?.next_page_url ? "+" : "");
    const body = $("sync-body");
    body.replaceChildren(...docs.map((doc) => openableRow(
      { sid: doc.sid, uniqueName: doc.unique_name || "" }, state.doc?.sid === doc.sid, () => openDocument(doc.sid),
      el("td", { class: "mono", text: doc.unique_name || "—" }),
      shortSid(doc.sid),
      el("td", { class: "mono", text: doc.revision }),
      el("td", { class: "data", text: JSON.stringify(doc.data), title: JSON.stringify(doc.data) }),
    )));
    if (!docs.length) body.append(emptyRow(4, "No documents yet."));
    say("sync-message", "");
  } catch (error) {
    say("sync-message", error.message, "error");
  }
}

function showDocument(doc) {
  state.doc = doc;
  $("sync-editor").hidden = false;
  $("sync-editor-title").textContent = doc.unique_name || doc.sid;
  $("sync-editor-meta").textContent =
    `${doc.sid} · revision ${doc.revision} · updated ${doc.date_updated || "?"}` + (doc.date_expires ? ` · expires ${doc.date_expires}` : "");
  $("sync-edit-data").value = pretty(doc.data);
  $("sync-edit-revision").value = doc.revision;
  markSelected("sync-body", "sid", doc.sid);
}

async function openDocument(sid) {
  say("sync-edit-message", "");
  try {
    const { data } = await twilio(documentsPath(`/${encodeURIComponent(sid)}`));
    showDocument(data);
  } catch (error) {
    say("sync-message", error.message, "error");
  }
}

async function createDocument(event) {
  event.preventDefault();
  const name = $("sync-create-name").value.trim();
  const text = $("sync-create-data").value.trim() || "{}";
  try { JSON.parse(text); } catch (error) { say("sync-create-message", `The data is not JSON: ${error.message}`, "error"); return; }
  const form = [["Data", text]];
  if (name) form.unshift(["UniqueName", name]);
  try {
    const { data } = await busy($("sync-create-submit"), twilio(documentsPath(), { method: "POST", form }));
    say("sync-create-message", `Created ${data.unique_name || data.sid}.`, "ok");
    $("sync-create-name").value = "";
    showDocument(data);
    await loadDocuments();
  } catch (error) {
    say("sync-create-message", error.message, "error");
  }
}

async function saveDocument() {
  const doc = state.doc;
  if (!doc) return;
  const text = $("sync-edit-data").value;
  try { JSON.parse(text); } catch (error) { say("sync-edit-message", `The data is not JSON: ${error.message}`, "error"); return; }
  const revision = $("sync-edit-revision").value.trim();
  const headers = revision ? { "If-Match": revision } : {};
  try {
    const { data } = await busy($("sync-save"), twilio(documentsPath(`/${encodeURIComponent(doc.sid)}`), { method: "POST", form: [["Data", text]], headers }));
    showDocument(data);
    say("sync-edit-message", `Saved: now revision ${data.revision}.`, "ok");
    await loadDocuments();
  } catch (error) {
    if (error.status === 412) {
      say("sync-edit-message",
        `Conflict (412): the document changed since revision ${revision} was loaded, so nothing was saved. ` +
        `${error.message}. Reload the document to see its current data, then edit again.`, "conflict");
      $("sync-edit-message").append(" ", el("button", {
        type: "button", class: "small", text: "Reload document",
        onclick: () => openDocument(doc.sid),
      }));
    } else {
      say("sync-edit-message", error.message, "error");
    }
  }
}

async function deleteDocument() {
  const doc = state.doc;
  if (!doc) return;
  if (!window.confirm(`Delete the document ${doc.unique_name || doc.sid}?`)) return;
  try {
    await busy($("sync-delete"), twilio(documentsPath(`/${encodeURIComponent(doc.sid)}`), { method: "DELETE" }));
    closeDocument();
    await loadDocuments();
    say("sync-message", `Deleted ${doc.unique_name || doc.sid}.`, "ok");
  } catch (error) {
    say("sync-edit-message", error.message, "error");
  }
}

function closeDocument() {
  state.doc = null;
  $("sync-editor").hidden = true;
  markSelected("sync-body", "sid", null);
}

// ---------------------------------------------------------------- Sync Lists and Maps

/**
 * What differs between Lists and Maps. Their views are built alike: the ids of a view's elements
 * start with the kind (`list-add-data`, `map-add-data`), the tables with its plural (`lists-body`).
 */
const COLLECTIONS = {
  list: {
    noun: "List", plural: "lists", path: "Lists", keyed: false,
    keyOf: (item) => String(item.index),
    itemName: (item) => `item ${item.index}`,
  },
  map: {
    noun: "Map", plural: "maps", path: "Maps", keyed: true,
    keyOf: (item) => item.key,
    itemName: (item) => `item “${item.key}”`,
  },
};

const part = (kind, name) => $(`${kind}-${name}`);
const nameOf = (object) => object.unique_name || object.sid;

/** The relay path of the service's Lists or Maps, or of one and its items (`key` names one item). */
function collectionPath(kind, collection, ...rest) {
  const base = `/${COLLECTIONS[kind].path}`;
  if (!collection) return syncPath(base);
  const segments = [collection.sid, ...rest].map((segment) => encodeURIComponent(segment));
  return syncPath(`${base}/${segments.join("/")}`);
}

async function loadCollections(kind) {
  if (!syncReady()) return;
  const { plural } = COLLECTIONS[kind];
  try {
    const { data } = await twilio(`${collectionPath(kind)}?PageSize=100`);
    const objects = data[plural] || [];
    $(`${plural}-count`).textContent = objects.length + (data.meta?.next_page_url ? "+" : "");
    const body = $(`${plural}-body`);
    body.replaceChildren(...objects.map((object) => openableRow(
      { sid: object.sid, uniqueName: object.unique_name || "" }, sync.open[kind]?.sid === object.sid, () => openCollection(kind, object.sid),
      el("td", { class: "mono", text: object.unique_name || "—" }),
      shortSid(object.sid),
      el("td", { class: "mono", text: formatDate(object.date_created), title: object.date_created }),
    )));
    if (!objects.length) body.append(emptyRow(3, `No ${plural} yet.`));
    say(`${plural}-message`, "");
  } catch (error) {
    say(`${plural}-message`, error.message, "error");
  }
}

async function openCollection(kind, sid) {
  const { plural } = COLLECTIONS[kind];
  try {
    const { data } = await twilio(collectionPath(kind, { sid }));
    showCollection(kind, data);
    await loadItems(kind);
  } catch (error) {
    if (error.status === 404 && sync.open[kind]?.sid === sid) closeCollection(kind);
    say(`${plural}-message`, error.message, "error");
  }
}

function showCollection(kind, collection) {
  const { noun, plural } = COLLECTIONS[kind];
  if (sync.open[kind]?.sid !== collection.sid) {
    closeItem(kind);
    say(`${kind}-add-message`, "");
    part(kind, "items-body").replaceChildren();
    part(kind, "items-count").textContent = "";
  }
  sync.open[kind] = collection;
  part(kind, "detail").hidden = false;
  part(kind, "title").textContent = `${noun} ${nameOf(collection)}`;
  part(kind, "meta").textContent = `${collection.sid} · created ${collection.date_created}` +
    (collection.date_expires ? ` · expires ${collection.date_expires}` : "");
  markSelected(`${plural}-body`, "sid", collection.sid);
}

function closeCollection(kind) {
  closeItem(kind);
  sync.open[kind] = null;
  part(kind, "detail").hidden = true;
  markSelected(`${COLLECTIONS[kind].plural}-body`, "sid", null);
}

async function refreshCollection(kind) {
  await loadCollections(kind);
  if (sync.open[kind]) await openCollection(kind, sync.open[kind].sid);
}

async function createCollection(kind, event) {
  event.preventDefault();
  const message = `${kind}-create-message`;
  const name = part(kind, "create-name").value.trim();
  try {
    const { data } = await busy(part(kind, "create-submit"),
      twilio(collectionPath(kind), { method: "POST", form: name ? [["UniqueName", name]] : [] }));
    part(kind, "create-name").value = "";
    showCollection(kind, data);
    await Promise.all([loadCollections(kind), loadItems(kind)]);
    say(message, `Created ${nameOf(data)}.`, "ok");
  } catch (error) {
    say(message, error.message, "error");
  }
}

async function deleteCollection(kind) {
  const collection = sync.open[kind];
  if (!collection) return;
  const { noun, plural } = COLLECTIONS[kind];
  if (!window.confirm(`Delete the ${noun} ${nameOf(collection)} and all its items?`)) return;
  try {
    await busy(part(kind, "delete"), twilio(collectionPath(kind, collection), { method: "DELETE" }));
    closeCollection(kind);
    await loadCollections(kind);
    say(`${plural}-message`, `Deleted ${nameOf(collection)}.`, "ok");
  } catch (error) {
    say(`${kind}-items-message`, error.message, "error");
  }
}

async function loadItems(kind) {
  const collection = sync.open[kind];
  if (!collection) return;
  const { keyOf } = COLLECTIONS[kind];
  try {
    const { data } = await twilio(`${collectionPath(kind, collection, "Items")}?PageSize=100`);
    if (sync.open[kind]?.sid !== collection.sid) return; // another one was opened meanwhile
    const items = data.items || [];
    part(kind, "items-count").textContent = items.length + (data.meta?.next_page_url ? "+" : "");
    const body = part(kind, "items-body");
    const open = sync.item[kind] && keyOf(sync.item[kind]);
    body.replaceChildren(...items.map((item) => openableRow(
      { key: keyOf(item), revision: item.revision }, keyOf(item) === open, () => showItem(kind, item),
      el("td", { class: "mono", text: keyOf(item) }),
      el("td", { class: "data", text: JSON.stringify(item.data), title: JSON.stringify(item.data) }),
      el("td", { class: "mono", text: item.revision }),
    )));
    if (!items.length) body.append(emptyRow(3, "No items yet."));
    say(`${kind}-items-message`, "");
  } catch (error) {
    say(`${kind}-items-message`, error.message, "error");
  }
}

function showItem(kind, item) {
  const { keyOf, itemName } = COLLECTIONS[kind];
  if (!sync.item[kind] || keyOf(sync.item[kind]) !== keyOf(item)) say(`${kind}-item-message`, "");
  sync.item[kind] = item;
  part(kind, "item-editor").hidden = false;
  const name = itemName(item);
  part(kind, "item-title").textContent = name.charAt(0).toUpperCase() + name.slice(1);
  part(kind, "item-meta").textContent = `revision ${item.revision} · updated ${item.date_updated || "?"}` +
    (item.date_expires ? ` · expires ${item.date_expires}` : "");
  part(kind, "item-data").value = pretty(item.data);
  part(kind, "item-revision").value = item.revision;
  markSelected(`${kind}-items-body`, "key", keyOf(item));
}

async function openItem(kind, key) {
  const collection = sync.open[kind];
  if (!collection) return;
  say(`${kind}-item-message`, "");
  try {
    const { data } = await twilio(collectionPath(kind, collection, "Items", key));
    showItem(kind, data);
  } catch (error) {
    say(`${kind}-item-message`, error.message, "error");
  }
}

function closeItem(kind) {
  sync.item[kind] = null;
  part(kind, "item-editor").hidden = true;
  say(`${kind}-item-message`, "");
  markSelected(`${kind}-items-body`, "key", null);
}

async function addItem(kind, event) {
  event.preventDefault();
  const collection = sync.open[kind];
  if (!collection) return;
  const { keyed, itemName } = COLLECTIONS[kind];
  const message = `${kind}-add-message`;
  const form = [];
  if (keyed) {
    const key = part(kind, "add-key").value;
    if (!key) { say(message, "A Map item needs a key.", "error"); return; }
    form.push(["Key", key]);
  }
  const text = part(kind, "add-data").value.trim() || "{}";
  if (!validSyncData(text, message)) return;
  form.push(["Data", text]);
  say(message, "");
  try {
    const { data } = await busy(part(kind, "add-submit"), twilio(collectionPath(kind, collection, "Items"), { method: "POST", form }));
    if (keyed) part(kind, "add-key").value = "";
    await loadItems(kind);
    say(message, `Added ${itemName(data)}.`, "ok");
  } catch (error) {
    say(message, error.message, "error");
  }
}

async function saveItem(kind) {
  const collection = sync.open[kind];
  const item = sync.item[kind];
  if (!collection || !item) return;
  const { keyOf, itemName } = COLLECTIONS[kind];
  const message = `${kind}-item-message`;
  const text = part(kind, "item-data").value;
  if (!validSyncData(text, message)) return;
  const revision = part(kind, "item-revision").value.trim();
  const headers = revision ? { "If-Match": revision } : {};
  try {
    const { data } = await busy(part(kind, "item-save"),
      twilio(collectionPath(kind, collection, "Items", keyOf(item)), { method: "POST", form: [["Data", text]], headers }));
    showItem(kind, data);
    say(message, `Saved: now revision ${data.revision}.`, "ok");
    await loadItems(kind);
  } catch (error) {
    if (error.status === 412) {
      say(message,
        `Conflict (412): ${itemName(item)} changed since revision ${revision} was loaded, so nothing was saved. ` +
        `${error.message}. Reload the item to see its current data, then edit again.`, "conflict");
      $(message).append(" ", el("button", {
        type: "button", class: "small", text: "Reload item",
        onclick: () => openItem(kind, keyOf(item)),
      }));
    } else {
      say(message, error.message, "error");
    }
  }
}

async function deleteItem(kind) {
  const collection = sync.open[kind];
  const item = sync.item[kind];
  if (!collection || !item) return;
  const { keyOf, itemName } = COLLECTIONS[kind];
  if (!window.confirm(`Delete ${itemName(item)} of ${nameOf(collection)}?`)) return;
  try {
    await busy(part(kind, "item-delete"), twilio(collectionPath(kind, collection, "Items", keyOf(item)), { method: "DELETE" }));
    closeItem(kind);
    await loadItems(kind);
    say(`${kind}-items-message`, `Deleted ${itemName(item)}.`, "ok");
  } catch (error) {
    say(`${kind}-item-message`, error.message, "error");
  }
}

// ---------------------------------------------------------------- Sync Streams

async function loadStreams() {
  if (!syncReady()) return;
  try {
    const { data } = await twilio(syncPath("/Streams?PageSize=100"));
    const streams = data.streams || [];
    $("streams-count").textContent = streams.length + (data.meta?.next_page_url ? "+" : "");
    const target = $("stream-publish-target");
    const chosen = target.value;
    const body = $("streams-body");
    body.replaceChildren(...streams.map((stream) => openableRow(
      { sid: stream.sid, uniqueName: stream.unique_name || "" }, stream.sid === chosen, () => chooseStream(stream.sid),
      el("td", { class: "mono", text: stream.unique_name || "—" }),
      shortSid(stream.sid),
      el("td", { class: "mono", text: formatDate(stream.date_created), title: stream.date_created }),
    )));
    if (!streams.length) body.append(emptyRow(3, "No streams yet."));
    target.replaceChildren(...streams.map((stream) => el("option", { value: stream.sid, text: nameOf(stream) })));
    if (!streams.length) target.append(el("option", { value: "", text: "(create a stream first)" }));
    if (streams.some((stream) => stream.sid === chosen)) target.value = chosen;
    markSelected("streams-body", "sid", target.value);
    say("streams-message", "");
  } catch (error) {
    say("streams-message", error.message, "error");
  }
}

/** Makes `sid` the stream the publish form sends to. */
function chooseStream(sid) {
  $("stream-publish-target").value = sid;
  markSelected("streams-body", "sid", sid);
}

async function createStream(event) {
  event.preventDefault();
  const name = $("stream-create-name").value.trim();
  try {
    const { data } = await busy($("stream-create-submit"),
      twilio(syncPath("/Streams"), { method: "POST", form: name ? [["UniqueName", name]] : [] }));
    $("stream-create-name").value = "";
    await loadStreams();
    chooseStream(data.sid);
    say("stream-create-message", `Created ${nameOf(data)}.`, "ok");
  } catch (error) {
    say("stream-create-message", error.message, "error");
  }
}

async function publishMessage(event) {
  event.preventDefault();
  const message = "stream-publish-message";
  const target = $("stream-publish-target");
  if (!target.value) { say(message, "Create a stream first, then publish to it.", "error"); return; }
  const text = $("stream-publish-data").value.trim() || "{}";
  if (!validSyncData(text, message)) return;
  const name = target.selectedOptions[0]?.textContent || target.value;
  try {
    const { data } = await busy($("stream-publish-submit"),
      twilio(syncPath(`/Streams/${encodeURIComponent(target.value)}/Messages`), { method: "POST", form: [["Data", text]] }));
    say(message, `Published ${data.sid} to ${name}.`, "ok");
    scheduleFeed(0);
  } catch (error) {
    say(message, error.message, "error");
  }
}

// ---------------------------------------------------------------- live Stream messages

// Messages are not stored, so the emulator keeps the latest 100 in memory, numbered, for the
// console to poll: the feed shows those published anywhere (a Function, the CLI, an SDK) while
// the Streams view is visible.
const FEED_INTERVAL_MS = 1000;
const FEED_RETRY_MS = 5000;
const MAX_FEED_ENTRIES = 200;

function feedActive() {
  return sync.view === "streams" && !document.hidden && state.overview?.twilio === "emulated";
}

function scheduleFeed(delay = FEED_INTERVAL_MS) {
  clearTimeout(sync.feedTimer);
  sync.feedTimer = setTimeout(pollFeed, delay);
}

async function pollFeed() {
  if (!feedActive()) {
    setFeedState("paused");
    return; // showSyncView and visibilitychange start it again
  }
  if (sync.polling) return; // the poll under way schedules the next one
  sync.polling = true;
  let delay = FEED_INTERVAL_MS;
  try {
    const { data } = await twilio(`/_emulator/StreamMessages?After=${sync.feedAfter}`);
    if (data.latest < sync.feedAfter) {
      // A restarted server (watch mode) numbers its messages from 1 again.
      sync.feedAfter = 0;
      delay = 0;
    } else {
      for (const message of data.messages || []) addFeedEntry(message);
      sync.feedAfter = data.latest;
    }
    setFeedState("live");
    say("stream-feed-message", "");
  } catch (error) {
    setFeedState("error");
    say("stream-feed-message", `The feed stopped: ${error.message} (trying again every ${FEED_RETRY_MS / 1000} s)`, "error");
    delay = FEED_RETRY_MS;
  } finally {
    sync.polling = false;
  }
  if (feedActive()) scheduleFeed(delay);
  else setFeedState("paused");
}

function setFeedState(kind) {
  const [chip, text] = { live: ["ok", "live"], paused: ["", "paused"], error: ["bad", "not answering"] }[kind];
  const node = $("stream-feed-state");
  node.textContent = text;
  node.className = `chip ${chip}`.trim();
}

function addFeedEntry(message) {
  if (!message || sync.feedSeen.has(message.sid)) return;
  sync.feedSeen.add(message.sid);
  $("stream-feed-empty").hidden = true;
  const time = new Date(message.date_published);
  const when = Number.isNaN(time.getTime()) ? message.date_published || "" : time.toLocaleTimeString([], { hour12: false });
  const entry = el("article", {
    class: "feed-entry fresh",
    dataset: { sequence: message.sequence, sid: message.sid, streamSid: message.stream_sid, streamName: message.stream_unique_name || "" },
  },
    el("div", { class: "feed-head" },
      el("span", { class: "when mono", text: when, title: message.date_published }),
      el("strong", { class: "mono", text: message.stream_unique_name || message.stream_sid, title: `stream ${message.stream_sid}` }),
      el("span", { class: "hint mono", text: message.sid, title: "message SID" }),
    ),
    el("pre", { class: "code", text: pretty(message.data) }),
  );
  const feed = $("stream-feed");
  feed.insertBefore(entry, feed.firstChild);
  setTimeout(() => entry.classList.remove("fresh"), 1500);
  while (feed.childElementCount > MAX_FEED_ENTRIES) {
    sync.feedSeen.delete(feed.lastElementChild.dataset.sid);
    feed.lastElementChild.remove();
  }
  $("stream-feed-count").textContent = feed.childElementCount;
}

function clearFeed() {
  $("stream-feed").replaceChildren();
  $("stream-feed-count").textContent = "";
  $("stream-feed-empty").hidden = false;
}

// ---------------------------------------------------------------- start

function startSync() {
  for (const tab of document.querySelectorAll("#sync-tabs [role=tab]")) {
    tab.addEventListener("click", () => showSyncView(tab.dataset.view));
    tab.addEventListener("keydown", onSyncTabKey);
  }
  $("sync-refresh").addEventListener("click", refreshSyncView);
  $("sync-create").addEventListener("submit", createDocument);
  $("sync-save").addEventListener("click", saveDocument);
  $("sync-delete").addEventListener("click", deleteDocument);
  $("sync-close").addEventListener("click", closeDocument);
  for (const kind of Object.keys(COLLECTIONS)) {
    part(kind, "create").addEventListener("submit", (event) => createCollection(kind, event));
    part(kind, "close").addEventListener("click", () => closeCollection(kind));
    part(kind, "delete").addEventListener("click", () => deleteCollection(kind));
    part(kind, "add").addEventListener("submit", (event) => addItem(kind, event));
    part(kind, "item-save").addEventListener("click", () => saveItem(kind));
    part(kind, "item-delete").addEventListener("click", () => deleteItem(kind));
    part(kind, "item-close").addEventListener("click", () => closeItem(kind));
  }
  $("stream-create").addEventListener("submit", createStream);
  $("stream-publish").addEventListener("submit", publishMessage);
  $("stream-publish-target").addEventListener("change", (event) => markSelected("streams-body", "sid", event.target.value));
  $("stream-feed-clear").addEventListener("click", clearFeed);
  document.addEventListener("visibilitychange", () => { if (feedActive()) scheduleFeed(0); });
}

/** Loads every view (the tabs show their counts); called once the overview is in. */
function loadSync() {
  if (feedActive()) scheduleFeed(0);
  return Promise.all([loadDocuments(), loadCollections("list"), loadCollections("map"), loadStreams()]);
}
