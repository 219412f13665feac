// The console's Phone panel: the account's numbers (IncomingPhoneNumbers), a form that texts one of
// them as a phone would (POST /_emulator/Trigger/Sms: the server sends the webhook, signed, to the
// number's SMS URL, and each <Message> of the TwiML answer becomes a reply), and the messages in and
// out, newest first, each with its status history and status callbacks. Everything goes through the
// relay at /_console/api/twilio, which adds the credentials, so the page sees Twilio's own answers and
// never a secret. Loaded after console.js and sync.js and uses their helpers ($, state, twilio, el, say,
// busy, statusClass, prettyBody, emptyRow, formatDate); console.js's start calls startPhone and, once the
// overview is in, loadPhone.
"use strict";

const phone = {
  onScreen: false, // whether any of the Phone card is in the viewport
  timer: 0,
  polling: false,
  entries: new Map(), // message SID → {node, key, message, built}: the outbox entries shown
  rendered: false, // whether the outbox was shown once (later entries are new ones, and flash)
};

// The emulator moves an outbound message about once a second, so the outbox asks that often while
// it can be seen: a reply visibly goes queued → sending → sent → delivered.
const OUTBOX_INTERVAL_MS = 1000;
const OUTBOX_RETRY_MS = 5000;

const MESSAGE_STATUS_KINDS = {
  received: "ok", delivered: "ok", read: "ok", canceled: "warn", undelivered: "bad", failed: "bad",
};

/** Whether there is an emulated API to ask: the live one would need real numbers and sends real texts. */
function phoneReady() {
  return state.overview?.twilio === "emulated";
}

/** The account of the 2010 API's paths: the overview's, else the environment's ACCOUNT_SID (not a secret). */
function accountSid() {
  const overview = state.overview;
  if (overview?.accountSid) return overview.accountSid;
  const entry = overview?.environment?.find((variable) => variable.key === "ACCOUNT_SID");
  return entry && !entry.masked && entry.value ? entry.value : null;
}

function messageStatusChip(status) {
  return el("span", { class: `chip ${MESSAGE_STATUS_KINDS[status] || ""}`.trim(), text: status, dataset: { status } });
}

/** A time of day with seconds, e.g. 14:03:07; the full value goes in the title. */
function timeOfDay(value) {
  const date = new Date(value);
  return value && !Number.isNaN(date.getTime()) ? date.toLocaleTimeString([], { hour12: false }) : value || "";
}

// ---------------------------------------------------------------- numbers

async function loadNumbers() {
  if (!phoneReady()) return;
  const sid = accountSid();
  if (!sid) {
    say("numbers-message", "No ACCOUNT_SID in the environment: the account's numbers are listed at /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json. Add it to that file.", "error");
    return;
  }
  try {
    const { data } = await twilio(`/2010-04-01/Accounts/${encodeURIComponent(sid)}/IncomingPhoneNumbers.json?PageSize=100`);
    renderNumbers(data.incoming_phone_numbers || [], Boolean(data.next_page_uri));
    say("numbers-message", "");
  } catch (error) {
    say("numbers-message", error.message, "error");
  }
}

function urlCell(url, method) {
  if (!url) return el("td", { class: "hint", text: "none" });
  return el("td", { class: "mono", text: url, title: `${method || "POST"} ${url}` });
}

function renderNumbers(numbers, more) {
  $("numbers-count").textContent = numbers.length + (more ? "+" : "");
  const body = $("numbers-body");
  body.replaceChildren(...numbers.map((number) => el("tr", { dataset: { phoneNumber: number.phone_number, sid: number.sid } },
    el("td", { class: "mono nowrap", text: number.phone_number, title: number.sid }),
    el("td", { text: number.friendly_name }),
    urlCell(number.sms_url, number.sms_method),
    urlCell(number.voice_url, number.voice_method),
    el("td", {}, el("button", {
      type: "button", class: "small nowrap", text: "Text it", "aria-label": `Text ${number.phone_number}`,
      onclick: () => chooseNumber(number.phone_number),
    })),
  )));
  if (!numbers.length) body.append(emptyRow(5, "The account has no numbers: add one to emulator-seed.json, or POST …/IncomingPhoneNumbers.json."));

  for (const select of [$("sms-to"), $("call-to")]) {
    const chosen = select.value;
    select.replaceChildren(...numbers.map((number) => el("option", {
      value: number.phone_number,
      text: number.friendly_name && number.friendly_name !== number.phone_number ? `${number.phone_number} · ${number.friendly_name}` : number.phone_number,
    })));
    if (!numbers.length) select.append(el("option", { value: "", text: "(no numbers)" }));
    if (numbers.some((number) => number.phone_number === chosen)) select.value = chosen;
  }
}

/** Makes `number` the one the form texts, ready for a body. */
function chooseNumber(number) {
  $("sms-to").value = number;
  $("sms-form").scrollIntoView({ block: "nearest" });
  $("sms-body").focus();
}

// ---------------------------------------------------------------- text a number

async function sendSms(event) {
  event.preventDefault();
  const message = "sms-message";
  const to = $("sms-to").value;
  if (!to) { say(message, "The account has no number to text: add one to emulator-seed.json, or POST …/IncomingPhoneNumbers.json.", "error"); return; }
  const form = [["From", $("sms-from").value.trim()], ["To", to], ["Body", $("sms-body").value]];
  say(message, "Sending…");
  try {
    const { data } = await busy($("sms-submit"), twilio("/_emulator/Trigger/Sms", { method: "POST", form }));
    say(message, "");
    renderDelivery(data);
    if (outboxActive()) scheduleOutbox(0);
  } catch (error) {
    $("sms-result").hidden = true;
    say(message, error.message, "error");
  }
}

/** What happened to a text sent with the form: the webhook and its answer, any problem, the replies. */
function renderDelivery({ message, webhook, replies, problem }) {
  const result = $("sms-result");
  result.hidden = false;
  result.dataset.messageSid = message?.sid || "";
  const hook = webhook || {};
  const status = $("sms-webhook-status");
  status.textContent = hook.error ? "no answer" : hook.status;
  status.className = hook.error ? "status s5" : statusClass(hook.status);
  status.dataset.status = hook.error ? "" : String(hook.status);
  $("sms-webhook-line").textContent = `${hook.method || "POST"} ${hook.url || ""}`;
  $("sms-webhook-type").textContent = hook.content_type || "";
  $("sms-webhook-type").hidden = !hook.content_type;
  $("sms-received").textContent = message ? `${message.sid} ${message.status}` : "";
  $("sms-answer-title").textContent = hook.error ? "The webhook got no answer" : "The Function's answer";
  $("sms-webhook-body").textContent = hook.error || twimlText(hook.body, hook.content_type);
  say("sms-problem", problem || "", problem ? "error" : "");

  const list = $("sms-replies");
  const sent = replies || [];
  $("sms-replies-count").textContent = sent.length;
  list.replaceChildren(...sent.map((reply) => el("li", { dataset: { sid: reply.sid, to: reply.to } },
    el("span", { class: "mono", text: `${reply.from} → ${reply.to}` }), " ",
    el("span", { class: "reply-body", text: reply.body }), " ",
    el("button", { type: "button", class: "small", text: "Show in messages", onclick: () => showMessage(reply.sid) }),
  )));
  if (!sent.length) list.append(el("li", { class: "hint", text: problem ? "No replies." : "No replies: the answer has no <Message>." }));
}

/** A TwiML answer that came on one line, one element a line and indented; other text as it is. */
function twimlText(text, contentType) {
  if (!text) return "(empty body)";
  const trimmed = text.trim();
  if (!/xml/i.test(contentType || "") && !trimmed.startsWith("<")) return prettyBody(text);
  if (trimmed.includes("\n")) return text;
  let depth = 0;
  return trimmed.replace(/>\s*</g, ">\n<").split("\n").map((line) => {
    if (line.startsWith("</")) depth = Math.max(0, depth - 1);
    const indented = "  ".repeat(depth) + line;
    const opens = /^<[^!?/]/.test(line) && !line.endsWith("/>") && !/<\/[^>]+>$/.test(line);
    if (opens) depth += 1;
    return indented;
  }).join("\n");
}

// ---------------------------------------------------------------- messages in and out

function outboxActive() {
  return phone.onScreen && !document.hidden && phoneReady();
}

function scheduleOutbox(delay = OUTBOX_INTERVAL_MS) {
  clearTimeout(phone.timer);
  phone.timer = setTimeout(pollOutbox, delay);
}

async function loadOutbox() {
  const { data } = await twilio("/_emulator/Messages");
  renderOutbox(data.messages || []);
}

async function pollOutbox() {
  if (!outboxActive()) {
    setOutboxState("paused");
    return; // the card coming into view, or the tab coming back, starts it again
  }
  if (phone.polling) return; // the poll under way schedules the next one
  phone.polling = true;
  let delay = OUTBOX_INTERVAL_MS;
  try {
    await loadOutbox();
    setOutboxState("live");
    say("outbox-message", "");
  } catch (error) {
    setOutboxState("error");
    say("outbox-message", `The messages stopped updating: ${error.message} (trying again every ${OUTBOX_RETRY_MS / 1000} s)`, "error");
    delay = OUTBOX_RETRY_MS;
  } finally {
    phone.polling = false;
  }
  if (outboxActive()) scheduleOutbox(delay);
  else setOutboxState("paused");
}

function setOutboxState(kind) {
  const [chip, text] = { live: ["ok", "live"], paused: ["", "paused"], error: ["bad", "not answering"] }[kind];
  const node = $("outbox-state");
  node.textContent = text;
  node.className = `chip ${chip}`.trim();
}

/** Shows `messages` (newest first), keeping each entry shown, and whether it is open, across updates. */
function renderOutbox(messages) {
  const list = $("outbox");
  const seen = new Set();
  messages.forEach((message, index) => {
    if (!message?.sid) return;
    seen.add(message.sid);
    let entry = phone.entries.get(message.sid);
    if (!entry) {
      entry = newOutboxEntry(message);
      phone.entries.set(message.sid, entry);
    } else {
      updateOutboxEntry(entry, message);
    }
    // Only what is out of place moves: moving a node takes the focus away from it.
    if (list.children[index] !== entry.node) list.insertBefore(entry.node, list.children[index] || null);
  });
  for (const [sid, entry] of phone.entries) {
    if (seen.has(sid)) continue;
    entry.node.remove();
    phone.entries.delete(sid);
  }
  phone.rendered = true;
  $("outbox-empty").hidden = phone.entries.size > 0;
  $("outbox-count").textContent = phone.entries.size || "";
}

/** What an entry shows; when it changes, the entry is drawn again. */
function outboxKey(message) {
  return JSON.stringify([message.status, message.error_code, message.body, message.history?.length, message.callbacks?.length]);
}

function newOutboxEntry(message) {
  const summary = el("summary");
  const detail = el("div", { class: "detail" });
  const node = el("details", { class: phone.rendered ? "fresh" : "" }, summary, detail);
  const entry = { node, summary, detail, key: "", message, built: false };
  // The detail is built when the entry is first opened, and kept up to date from then on.
  node.addEventListener("toggle", () => {
    if (!node.open || entry.built) return;
    entry.built = true;
    fillOutboxDetail(entry);
  });
  if (phone.rendered) setTimeout(() => node.classList.remove("fresh"), 1500);
  updateOutboxEntry(entry, message);
  return entry;
}

function updateOutboxEntry(entry, message) {
  const key = outboxKey(message);
  if (key === entry.key) return;
  const moved = entry.key !== "" && entry.message.status !== message.status;
  entry.key = key;
  entry.message = message;
  const inbound = message.direction === "inbound";
  Object.assign(entry.node.dataset, {
    sid: message.sid, status: message.status, direction: message.direction, from: message.from || "", to: message.to || "",
  });
  const media = (message.media_urls || []).length;
  const status = messageStatusChip(message.status);
  if (moved) status.classList.add("moved");
  entry.summary.replaceChildren(
    el("span", { class: "when", text: timeOfDay(message.date_created), title: message.date_created }),
    el("span", { class: `chip dir ${inbound ? "in" : "out"}`, text: inbound ? "in" : "out", title: message.direction }),
    el("span", { class: "route", text: `${message.from || "?"} → ${message.to}` }),
    el("span", { class: "state" }, status,
      message.error_code ? el("span", { class: "chip bad", text: `error ${message.error_code}`, title: message.error_message || "" }) : null),
    el("span", { class: "text", text: message.body || (media ? "" : "(no body)"), title: message.body || "" },
      media ? el("span", { class: "hint", text: ` +${media} media` }) : null),
  );
  if (entry.built) fillOutboxDetail(entry);
}

function fillOutboxDetail(entry) {
  const message = entry.message;
  const history = message.history || [];
  const callbacks = message.callbacks || [];
  const segments = Number(message.num_segments) || 1;
  const facts = [message.sid, message.direction, `${segments} segment${segments === 1 ? "" : "s"}`];
  entry.detail.replaceChildren(...[
    el("p", { class: "hint mono", text: facts.join(" · ") }),
    message.error_code ? el("p", { class: "message error", text: `Error ${message.error_code}: ${message.error_message || ""}` }) : null,
    message.body ? el("p", { class: "full-body", text: message.body }) : null,
    (message.media_urls || []).length
      ? el("ul", { class: "media" }, message.media_urls.map((url) => el("li", { class: "mono", text: url })))
      : null,
    el("table", { class: "grid history", dataset: { testid: "message-history" } },
      el("caption", { class: "hint", text: "Status history" }),
      el("thead", {}, el("tr", {}, el("th", { text: "Status" }), el("th", { text: "At" }))),
      el("tbody", {}, history.map((step) => el("tr", { dataset: { status: step.status } },
        el("td", {}, messageStatusChip(step.status)),
        el("td", { class: "mono", text: formatDate(step.at), title: step.at }),
      ))),
    ),
    el("table", { class: "grid callbacks", dataset: { testid: "message-callbacks" } },
      el("caption", { class: "hint", text: message.status_callback ? `Status callbacks to ${message.status_callback}` : "Status callbacks" }),
      el("thead", {}, el("tr", {}, el("th", { text: "Status" }), el("th", { text: "URL" }), el("th", { text: "Response" }), el("th", { text: "At" }))),
      el("tbody", {}, callbacks.length ? callbacks.map((callback) => el("tr", { dataset: { status: callback.status } },
        el("td", {}, messageStatusChip(callback.status)),
        el("td", { class: "mono", text: callback.url }),
        el("td", {}, callback.error
          ? el("span", { class: "message error", text: callback.error })
          : el("span", { class: `${statusClass(callback.response_status)} small`, text: callback.response_status })),
        el("td", { class: "mono", text: timeOfDay(callback.at), title: callback.at }),
      )) : emptyRow(4, message.status_callback ? "None made yet." : "None: the message has no StatusCallback.")),
    ),
  ].filter(Boolean));
}

/** Opens the entry of message `sid` in the outbox and moves there. */
async function showMessage(sid) {
  if (!phone.entries.has(sid)) {
    try {
      await loadOutbox();
    } catch (error) {
      say("outbox-message", error.message, "error");
      return;
    }
  }
  const entry = phone.entries.get(sid);
  if (!entry) return;
  entry.node.open = true;
  entry.node.scrollIntoView({ block: "nearest" });
  entry.summary.focus();
}

async function refreshPhone() {
  await loadNumbers();
  if (outboxActive()) {
    scheduleOutbox(0);
    return;
  }
  try {
    await loadOutbox();
    say("outbox-message", "");
  } catch (error) {
    say("outbox-message", error.message, "error");
  }
}

// ---------------------------------------------------------------- call a number

async function placeCall(event) {
  event.preventDefault();
  const message = "call-message";
  const to = $("call-to").value;
  if (!to) { say(message, "The account has no number to call: add one to emulator-seed.json, or POST …/IncomingPhoneNumbers.json.", "error"); return; }
  const form = [["From", $("call-from").value.trim()], ["To", to], ["Digits", $("call-digits").value.trim()]];
  say(message, "Calling…");
  try {
    const { data } = await busy($("call-submit"), twilio("/_emulator/Trigger/Call", { method: "POST", form }));
    say(message, "");
    renderCall(data);
  } catch (error) {
    $("call-result").hidden = true;
    say(message, error.message, "error");
  }
}

/** One line per step of a call: the requests made and what each verb did. */
function callStepText(step) {
  switch (step.verb) {
    case "request": return `${step.method || "POST"} ${step.url} → ${step.status ?? step.error}`;
    case "Say": return `Say${step.voice ? ` (${step.voice})` : ""}: ${step.text}`;
    case "Play": return `Play ${step.url || step.text}`;
    case "Gather": return step.digits ? `Gather: pressed ${step.digits}, then ${step.action}` : `Gather: no input (${step.note || "goes on"})`;
    default: return [step.verb, step.text, step.to, step.url, step.length, step.note].filter(Boolean).join(" ");
  }
}

function renderCall({ call, steps, problem }) {
  $("call-result").hidden = false;
  $("call-sid").textContent = call?.sid || "";
  const status = $("call-status");
  status.textContent = call?.status || "";
  status.className = `chip ${call?.status === "completed" ? "ok" : "bad"}`;
  say("call-problem", problem || "", problem ? "error" : "");
  $("call-steps").replaceChildren(...(steps || []).map((step) =>
    el("li", { class: step.verb === "request" ? "mono hint" : "", dataset: { verb: step.verb }, text: callStepText(step) })));
}

// ---------------------------------------------------------------- start

function startPhone() {
  $("phone-refresh").addEventListener("click", refreshPhone);
  $("sms-form").addEventListener("submit", sendSms);
  $("call-form").addEventListener("submit", placeCall);
  // The outbox asks every second only while the card can be seen, as the Streams feed does while its tab is shown.
  new IntersectionObserver((changes) => {
    phone.onScreen = changes[changes.length - 1].isIntersecting;
    if (outboxActive()) scheduleOutbox(0);
    else setOutboxState("paused");
  }).observe($("phone"));
  document.addEventListener("visibilitychange", () => { if (outboxActive()) scheduleOutbox(0); });
}

/** Loads the numbers, and the messages when the card is on screen; called once the overview is in. */
function loadPhone() {
  if (!phoneReady()) {
    const note = state.overview?.twilio === "twilio"
      ? "The server talks to Twilio itself: the console texts emulated numbers only."
      : "No Twilio API is configured for this server.";
    say("numbers-message", note, "error");
    $("sms-submit").disabled = true;
    $("call-submit").disabled = true;
    return Promise.resolve();
  }
  if (outboxActive()) scheduleOutbox(0);
  return loadNumbers();
}
