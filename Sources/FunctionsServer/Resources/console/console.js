// The developer console at /_console: plain JavaScript, no dependencies, no inline handlers.
// Every call goes to the console API of the server that served this page (relative URLs);
// calls that change state carry `X-Console: 1`, which the server requires.
// The Sync panel is in sync.js and the Phone panel in phone.js, loaded after this file in that order;
// they use its helpers.
"use strict";

const API = "/_console/api";
const $ = (id) => document.getElementById(id);
const state = { overview: null, doc: null, requests: 0 };

// ---------------------------------------------------------------- helpers

class ApiError extends Error {
  constructor(status, message, body) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

/** The message of an API error body: the console's `error`, or Twilio's `message` (with its code). */
function errorText(status, data, text) {
  if (data && typeof data === "object") {
    if (typeof data.error === "string") return data.error;
    if (typeof data.message === "string") return data.code ? `${data.message} (error ${data.code})` : data.message;
  }
  const snippet = (text || "").trim().slice(0, 200);
  return snippet ? `HTTP ${status}: ${snippet}` : `HTTP ${status}`;
}

/**
 * Calls the console API. `json` sends a JSON body, `form` a form-encoded one (an array of pairs or an object).
 * Resolves with `{status, data, headers}`; rejects with an ApiError for a non-2xx answer.
 */
async function call(path, { method = "GET", json, form, headers = {} } = {}) {
  const h = { Accept: "application/json", ...headers };
  let body;
  if (method !== "GET" && method !== "HEAD") h["X-Console"] = "1";
  if (json !== undefined) {
    h["Content-Type"] = "application/json";
    body = JSON.stringify(json);
  } else if (form !== undefined) {
    h["Content-Type"] = "application/x-www-form-urlencoded";
    body = new URLSearchParams(form).toString();
  }
  let response;
  try {
    response = await fetch(path, { method, headers: h, body, credentials: "same-origin", cache: "no-store" });
  } catch (error) {
    throw new ApiError(0, `The server did not answer (${error.message}). Is twilio-functions serve still running?`);
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch { data = null; }
  }
  if (!response.ok) throw new ApiError(response.status, errorText(response.status, data, text), data);
  return { status: response.status, data, headers: response.headers };
}

const twilio = (path, options) => call(`${API}/twilio${path}`, options);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function say(target, text, kind = "") {
  const node = typeof target === "string" ? $(target) : target;
  node.textContent = text || "";
  node.className = `message ${kind}`.trim();
}

const pretty = (value) => JSON.stringify(value, null, 2);

/** Pretty-prints a body that is JSON; any other text is shown as it is. */
function prettyBody(text) {
  const trimmed = (text || "").trim();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    try { return pretty(JSON.parse(trimmed)); } catch { /* not JSON after all */ }
  }
  return text;
}

/** Parses lines of `name=value` (or `Name: value` when `separator` is ":") into pairs. */
function pairs(text, separator = "=") {
  const result = [];
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    const at = line.indexOf(separator);
    if (at < 0) result.push([line, ""]);
    else result.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
  }
  return result;
}

function statusClass(status) {
  return `status s${String(status).charAt(0)}`;
}

function visibilityChip(visibility) {
  return el("span", { class: `chip vis-${visibility}`, text: visibility });
}

function busy(button, promise) {
  button.disabled = true;
  return promise.finally(() => { button.disabled = false; });
}

function formatMs(ms) {
  if (typeof ms !== "number") return "";
  return ms < 10 ? `${ms.toFixed(2)} ms` : ms < 1000 ? `${ms.toFixed(1)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

// ---------------------------------------------------------------- overview

async function loadOverview() {
  try {
    const { data } = await call(`${API}/overview`);
    state.overview = data;
    $("global-error").hidden = true;
    renderFacts(data);
    renderFunctions(data);
    renderEnvironment(data);
    return data;
  } catch (error) {
    $("global-error").textContent = `Could not load the overview: ${error.message}`;
    $("global-error").hidden = false;
    throw error;
  }
}

function renderFacts(o) {
  const facts = $("overview-facts");
  const twilioKinds = { emulated: "ok", twilio: "warn", none: "" };
  facts.replaceChildren(
    el("span", { class: "chip mono", title: "Functions", text: o.baseURL }),
    o.apiBaseURL ? el("span", { class: "chip mono", title: "Emulated Twilio API (Sync, Media)", text: `API ${o.apiBaseURL}` }) : null,
    el("span", { class: `chip ${twilioKinds[o.twilio] || ""}`, id: "fact-twilio", text: `Twilio: ${o.twilio}` }),
    el("span", { class: "chip mono", title: "manifest", text: o.manifest }),
    el("span", { class: "chip mono", title: "environment file", text: o.environmentFile }),
  );
  $("sync-service").textContent = o.syncServiceSid
    ? `Service ${o.syncServiceSid} (SYNC_SERVICE_SID)`
    : "No SYNC_SERVICE_SID in the environment: set one to browse Sync.";
  if (o.twilio !== "emulated") {
    const note = o.twilio === "twilio"
      ? "The server talks to Twilio itself: the console only browses the emulated services."
      : "No Twilio API is configured for this server.";
    syncUnavailable(note);
    say("streamers-message", note, "error");
  }
}

function renderFunctions(o) {
  const body = $("functions-body");
  const select = $("invoke-path");
  const previous = select.value;
  body.replaceChildren();
  select.replaceChildren();
  for (const fn of o.functions) {
    const reachable = fn.visibility !== "private";
    const invoke = reachable
      ? el("button", { type: "button", class: "small", text: "Invoke", dataset: { path: fn.path }, onclick: () => chooseFunction(fn.path, true) })
      : el("span", { class: "hint", text: "not reachable over HTTP" });
    body.append(el("tr", { dataset: { path: fn.path } },
      el("td", {}, reachable ? el("a", { href: fn.url, target: "_blank", rel: "noopener", class: "mono", text: fn.path }) : el("span", { class: "mono", text: fn.path })),
      el("td", { class: "mono", text: fn.handler }),
      el("td", {}, visibilityChip(fn.visibility)),
      el("td", {}, invoke),
    ));
    if (reachable) select.append(el("option", { value: fn.path, text: fn.visibility === "protected" ? `${fn.path}  (protected)` : fn.path }));
  }
  if (!o.functions.length) body.append(el("tr", {}, el("td", { colspan: 4, class: "hint", text: `No functions in ${o.manifest}.` })));
  $("functions-count").textContent = o.functions.length;
  if (previous && [...select.options].some((option) => option.value === previous)) select.value = previous;
  updateInvokeForm();

  const assets = $("assets-body");
  assets.replaceChildren(...(o.assets || []).map((asset) => el("tr", {},
    el("td", {}, asset.visibility === "public" ? el("a", { href: o.baseURL + asset.path, target: "_blank", rel: "noopener", class: "mono", text: asset.path }) : el("span", { class: "mono", text: asset.path })),
    el("td", {}, visibilityChip(asset.visibility)),
    el("td", { class: "mono", text: asset.contentType || "" }),
  )));
  $("assets-count").textContent = (o.assets || []).length;
}

function renderEnvironment(o) {
  $("environment-file").textContent = o.environmentFile ? `from ${o.environmentFile}` : "";
  const body = $("env-body");
  body.replaceChildren(...o.environment.map((entry) => el("tr", { dataset: { key: entry.key } },
    el("td", { text: entry.key }),
    el("td", {}, entry.value, entry.masked ? el("span", { class: "chip masked", text: "masked" }) : null),
  )));
  if (!o.environment.length) body.append(el("tr", {}, el("td", { colspan: 2, class: "hint", text: "The environment is empty." })));
}

// ---------------------------------------------------------------- invoke

function functionFor(path) {
  return state.overview?.functions.find((fn) => fn.path === path);
}

function chooseFunction(path, focus) {
  $("invoke-path").value = path;
  updateInvokeForm();
  if (focus) {
    $("invoke-form").scrollIntoView({ block: "nearest" });
    $("invoke-query").focus();
  }
}

function bodyKind() {
  return document.querySelector('input[name="invoke-body-kind"]:checked').value;
}

function updateInvokeForm() {
  const post = $("invoke-method").value === "POST";
  $("invoke-body-fields").disabled = !post;
  $("invoke-body").placeholder = bodyKind() === "json" ? '{"name": "value"}' : "name=value (one a line)";
  const fn = functionFor($("invoke-path").value);
  $("invoke-signing").hidden = !(fn && fn.visibility === "protected");
}

async function invoke(event) {
  event.preventDefault();
  const method = $("invoke-method").value;
  const path = $("invoke-path").value;
  if (!path) return;
  const request = { method, path, query: pairs($("invoke-query").value), headers: pairs($("invoke-headers").value, ":") };
  if (method === "POST" && $("invoke-body").value.trim()) {
    if (bodyKind() === "json") {
      const text = $("invoke-body").value;
      try { JSON.parse(text); } catch (error) { say("invoke-message", `The JSON body does not parse: ${error.message}`, "error"); return; }
      request.json = text;
    } else {
      request.form = pairs($("invoke-body").value);
    }
  }
  say("invoke-message", "Invoking…");
  try {
    const { data } = await busy($("invoke-submit"), call(`${API}/invoke`, { method: "POST", json: request }));
    say("invoke-message", "");
    renderInvocation(request, data);
  } catch (error) {
    say("invoke-message", error.message, "error");
  }
}

function renderInvocation(request, result) {
  $("invoke-result").hidden = false;
  const status = $("invoke-status");
  status.textContent = result.status;
  status.className = statusClass(result.status);
  const query = new URLSearchParams(request.query).toString();
  $("invoke-request-line").textContent = `${request.method} ${request.path}${query ? `?${query}` : ""}`;
  $("invoke-duration").textContent = formatMs(result.durationMs);
  $("invoke-signed").hidden = !result.signed;
  $("invoke-signed").title = "signed with AUTH_TOKEN (X-Twilio-Signature)";

  const out = $("invoke-body-out");
  if (result.bodyBase64) {
    const bytes = atob(result.bodyBase64).length;
    out.textContent = `(binary body, ${bytes} bytes, base64)\n${result.bodyBase64}`;
  } else {
    out.textContent = result.body ? prettyBody(result.body) : "(empty body)";
  }
  const headers = $("invoke-headers-out").tBodies[0];
  headers.replaceChildren(...(result.headers || []).map(([name, value]) => el("tr", {}, el("td", { text: name }), el("td", { text: value }))));
  if (!(result.headers || []).length) headers.append(el("tr", {}, el("td", { class: "hint", text: "no headers" })));

  const tokens = $("invoke-tokens");
  tokens.replaceChildren();
  if ((result.tokens || []).length) {
    tokens.append(el("h3", { text: result.tokens.length === 1 ? "Token in the body" : `${result.tokens.length} tokens in the body` }));
    for (const token of result.tokens) tokens.append(renderToken(token));
  }
}

// ---------------------------------------------------------------- tokens

const signatureViews = {
  valid: ["ok", "signature valid"],
  invalid: ["bad", "signature invalid"],
  unverified: ["warn", "signature not checked"],
};

function renderToken(decoded) {
  const node = $("token-template").content.firstElementChild.cloneNode(true);
  const identity = node.querySelector(".identity");
  if (decoded.identity === null || decoded.identity === undefined) {
    identity.textContent = "none";
    identity.classList.add("none");
  } else {
    identity.textContent = decoded.identity;
  }
  const [kind, label] = signatureViews[decoded.signature] || ["", `signature ${decoded.signature}`];
  const sig = node.querySelector(".sig");
  sig.textContent = label;
  sig.classList.add(kind);
  sig.dataset.signature = decoded.signature;
  node.querySelector(".sig-note").textContent = decoded.signatureNote || "";
  const countdown = node.querySelector(".countdown");
  if (typeof decoded.expiresAt === "number") {
    countdown.dataset.expiresAt = decoded.expiresAt;
    countdown.title = `expires ${new Date(decoded.expiresAt * 1000).toLocaleString()}` +
      (typeof decoded.issuedAt === "number" ? `; issued ${new Date(decoded.issuedAt * 1000).toLocaleString()}` : "");
  } else {
    countdown.textContent = "no expiry";
  }
  node.querySelector(".t-header").textContent = pretty(decoded.header);
  const claims = { ...decoded.payload };
  delete claims.grants;
  node.querySelector(".t-claims").textContent = pretty(claims);
  const times = [["issued", decoded.issuedAt], ["not before", claims.nbf], ["expires", decoded.expiresAt]]
    .filter(([, value]) => typeof value === "number")
    .map(([label, value]) => `${label} ${new Date(value * 1000).toLocaleString()}`);
  node.querySelector(".t-times").textContent = times.join(" · ");
  node.querySelector(".t-grants").textContent = decoded.grants ? pretty(decoded.grants) : "(no grants)";
  node.querySelector(".t-raw").textContent = decoded.token;
  tickCountdown(countdown);
  return node;
}

function tickCountdown(node) {
  const expiresAt = Number(node.dataset.expiresAt);
  if (!expiresAt) return;
  const left = Math.round(expiresAt - Date.now() / 1000);
  const span = (seconds) => {
    const s = Math.abs(seconds);
    const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
    const pad = (n) => String(n).padStart(2, "0");
    return h ? `${h}:${pad(m)}:${pad(sec)}` : `${m}:${pad(sec)}`;
  };
  node.textContent = left > 0 ? `expires in ${span(left)}` : `expired ${span(left)} ago`;
  node.classList.toggle("expired", left <= 0);
  node.classList.toggle("soon", left > 0 && left < 300);
}

function tickAllCountdowns() {
  for (const node of document.querySelectorAll(".countdown[data-expires-at]")) tickCountdown(node);
}

async function decodePasted(event) {
  event.preventDefault();
  const token = $("token-input").value.trim().replace(/^Bearer\s+/i, "");
  const target = $("token-decoded");
  if (!token) { say("token-message", "Paste a token first.", "error"); return; }
  say("token-message", "");
  try {
    const { data } = await busy($("token-decode"), call(`${API}/decode-token`, { method: "POST", json: { token } }));
    target.replaceChildren(renderToken(data));
  } catch (error) {
    target.replaceChildren();
    say("token-message", error.message, "error");
  }
}

// ---------------------------------------------------------------- player streamers

async function loadStreamers() {
  if (state.overview && state.overview.twilio !== "emulated") return;
  try {
    const { data } = await twilio("/v1/PlayerStreamers?PageSize=100");
    const streamers = data.player_streamers || [];
    $("streamers-count").textContent = streamers.length + (data.meta?.next_page_url ? "+" : "");
    const statusKinds = { created: "", started: "ok", ended: "", failed: "bad" };
    $("streamers-body").replaceChildren(...streamers.map((s) => el("tr", { dataset: { sid: s.sid, status: s.status } },
      el("td", { class: "mono", text: s.sid, title: s.date_created ? `created ${s.date_created}` : null }),
      el("td", {}, el("span", { class: `chip ${statusKinds[s.status] || ""}`, text: s.status }),
        s.ended_reason ? el("div", { class: "hint", text: s.ended_reason }) : null),
      el("td", { text: s.video ? "yes" : "no" }),
      el("td", { class: "mono", text: `${s.max_duration} s` }),
      el("td", {}, s.status === "ended" || s.status === "failed" ? null : el("button", {
        type: "button", class: "small danger", text: "End", dataset: { sid: s.sid },
        onclick: (event) => endStreamer(s.sid, event.currentTarget),
      })),
    )));
    if (!streamers.length) $("streamers-body").append(el("tr", {}, el("td", { colspan: 5, class: "hint", text: "No player streamers." })));
    say("streamers-message", "");
  } catch (error) {
    say("streamers-message", error.message, "error");
  }
}

async function createStreamer(event) {
  event.preventDefault();
  const form = [["Video", $("streamer-video").checked ? "true" : "false"]];
  const max = $("streamer-max").value.trim();
  if (max) form.push(["MaxDuration", max]);
  try {
    const { data } = await busy($("streamer-create-submit"), twilio("/v1/PlayerStreamers", { method: "POST", form }));
    await loadStreamers();
    say("streamers-message", `Created ${data.sid} (${data.status}).`, "ok");
  } catch (error) {
    say("streamers-message", error.message, "error");
  }
}

async function endStreamer(sid, button) {
  try {
    await busy(button, twilio(`/v1/PlayerStreamers/${encodeURIComponent(sid)}`, { method: "POST", form: [["Status", "ended"]] }));
    await loadStreamers();
    say("streamers-message", `Ended ${sid}.`, "ok");
  } catch (error) {
    say("streamers-message", error.message, "error");
  }
}

// ---------------------------------------------------------------- verify codes

async function loadVerifyCodes() {
  if (state.overview && state.overview.twilio !== "emulated") return;
  if (document.hidden) return;
  try {
    const { data } = await twilio("/_emulator/VerifyCodes");
    const verifications = data.verifications || [];
    $("verify-count").textContent = verifications.length || "";
    const statusKinds = { pending: "", approved: "ok", canceled: "", expired: "", max_attempts_reached: "bad" };
    $("verify-body").replaceChildren(...verifications.map((v) => el("tr", { dataset: { sid: v.sid, status: v.status } },
      el("td", { class: "mono", text: v.to }),
      el("td", { text: v.channel }),
      el("td", { class: "mono code", text: v.code, dataset: { testid: "verify-code" } }),
      el("td", {}, el("span", { class: `chip ${statusKinds[v.status] || ""}`, text: v.status })),
      el("td", { class: "mono", text: v.date_created }),
      el("td", { class: "mono hint", text: v.sid }),
    )));
    if (!verifications.length) $("verify-body").append(el("tr", {}, el("td", { colspan: 6, class: "hint", text: "No verifications yet: a Function that starts one shows up here." })));
    say("verify-message", "");
  } catch (error) {
    say("verify-message", error.message, "error");
  }
}

// ---------------------------------------------------------------- live requests

const MAX_REQUEST_ROWS = 300;

function connectRequests() {
  const indicator = $("requests-state");
  const source = new EventSource(`${API}/requests`);
  const seen = new Set();
  source.addEventListener("open", () => {
    indicator.textContent = "live";
    indicator.className = "chip ok";
  });
  source.addEventListener("error", () => {
    // EventSource reconnects by itself; the server then sends the recent entries again.
    indicator.textContent = source.readyState === EventSource.CLOSED ? "disconnected" : "reconnecting…";
    indicator.className = "chip bad";
  });
  const onEntry = (event) => {
    let entry;
    try { entry = JSON.parse(event.data); } catch { return; }
    // After a reconnect the server sends its recent entries again; a rebuilt server (watch mode)
    // numbers its entries from 1 again, so an entry is known by its id and time together.
    const key = `${entry.id}|${entry.time}`;
    if (seen.has(key)) return;
    seen.add(key);
    addRequestRow(entry);
  };
  source.addEventListener("request", onEntry);
  source.addEventListener("message", onEntry);
}

function addRequestRow(entry) {
  $("requests-empty").hidden = true;
  const list = $("requests-list");
  const time = entry.time ? new Date(entry.time) : null;
  const when = time && !Number.isNaN(time.getTime())
    ? time.toLocaleTimeString([], { hour12: false }) + `.${String(time.getMilliseconds()).padStart(3, "0")}`
    : "";
  const query = (entry.query || "").replace(/^\?/, "");
  const target = query ? `${entry.path}?${query}` : entry.path;
  const response = entry.response || {};
  let loaded = false;
  const detail = el("div", { class: "detail" });
  const row = el("details", { class: "fresh", dataset: { id: entry.id, path: entry.path, status: entry.status } },
    el("summary", {},
      el("span", { class: "when", text: when, title: entry.time || "" }),
      el("span", { class: statusClass(entry.status) + " small", text: entry.status }),
      el("span", { text: entry.method }),
      el("span", { class: "path", text: target, title: target }),
      el("span", { class: "dur", text: formatMs(entry.durationMs) }),
    ),
    detail,
  );
  // The detail is built when the row is first opened: the log can hold large events.
  row.addEventListener("toggle", () => {
    if (!row.open || loaded) return;
    loaded = true;
    const headers = (response.headers || []).map(([name, value]) => `${name}: ${value}`).join("\n");
    let body = response.body === undefined || response.body === null ? "" : prettyBody(response.body);
    if (response.truncated) body += "\n… (truncated)";
    detail.append(
      el("div", {}, el("h4", { text: "Event the handler received" }),
        el("pre", { class: "code", text: entry.event === null || entry.event === undefined ? "(no event: the request did not reach a handler)" : pretty(entry.event) })),
      el("div", {}, el("h4", { text: `Response ${entry.status}` }),
        el("pre", { class: "code", text: (headers ? `${headers}\n\n` : "") + (body || "(empty body)") })),
    );
  });
  list.insertBefore(row, list.firstChild);
  setTimeout(() => row.classList.remove("fresh"), 1500);
  state.requests += 1;
  while (list.querySelectorAll("details").length > MAX_REQUEST_ROWS) list.lastElementChild.remove();
  $("requests-count").textContent = state.requests;
}

function clearRequests() {
  for (const row of $("requests-list").querySelectorAll("details")) row.remove();
  state.requests = 0;
  $("requests-count").textContent = "";
  $("requests-empty").hidden = false;
}

// ---------------------------------------------------------------- start

function start() {
  $("invoke-form").addEventListener("submit", invoke);
  $("invoke-method").addEventListener("change", updateInvokeForm);
  $("invoke-path").addEventListener("change", updateInvokeForm);
  for (const radio of document.querySelectorAll('input[name="invoke-body-kind"]')) radio.addEventListener("change", updateInvokeForm);
  $("token-form").addEventListener("submit", decodePasted);
  startSync();
  startPhone();
  $("streamers-refresh").addEventListener("click", loadStreamers);
  $("streamer-create").addEventListener("submit", createStreamer);
  $("requests-clear").addEventListener("click", clearRequests);
  $("verify-refresh").addEventListener("click", loadVerifyCodes);
  setInterval(tickAllCountdowns, 1000);
  setInterval(loadVerifyCodes, 3000);

  connectRequests();
  loadOverview()
    .then(() => Promise.all([loadSync(), loadStreamers(), loadVerifyCodes(), loadPhone()]))
    .catch(() => { /* shown in the banner */ })
    .finally(() => { document.body.dataset.ready = "true"; });
}

// Deferred scripts run in order before DOMContentLoaded, so sync.js and phone.js are there when start runs.
if (document.readyState === "complete") start();
else document.addEventListener("DOMContentLoaded", start);
