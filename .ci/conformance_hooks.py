"""Schemathesis hooks for .ci/conformance (one product per schemathesis run), loaded through SCHEMATHESIS_HOOKS.

- `after_call` appends one JSON line per response to the file named by CONFORMANCE_RECORD:
  {"operation": "GET /v1/Services/{Sid}", "method": "GET", "status": 200}. `method` is the method actually
  sent, which differs from the operation's for the coverage phase's unexpected-method probes.
- `twilio_fields_present`, a check: a 2xx JSON body has every property its documented schema names (null
  allowed), at every level (list pages, their `meta`, each item). Twilio's schemas mark no property required,
  so response_schema_conformance accepts a body that leaves fields out; Twilio itself always sends them all,
  and the generated helper libraries read them. The spec is read from CONFORMANCE_SPEC.
- `urls_point_at_this_api`, a check: the `url`, `links` and `meta` page URLs of a 2xx body name either
  Twilio's host for the product (the spec's first `servers` URL, e.g. https://sync.twilio.com) or the origin
  the request was sent to, so a client can follow them (e.g. not port 0 when the server was started with
  --api-port 0).
- `flatmap_path_parameters`: when CONFORMANCE_EXAMPLE_PATH_VALUES is a JSON object such as
  {"PhoneNumber": ["+14155552671", ...]}, a generated path parameter of that name is either kept as generated
  or replaced by one of those values, so fuzzing reaches both the documented and the arbitrary inputs.
- `flatmap_body`: the same for form bodies, per operation, when CONFORMANCE_EXAMPLE_BODY_VALUES is a JSON object
  such as {"POST /2010-04-01/Accounts/{AccountSid}/Messages.json": {"From": ["+15005550006"], ...}}: each named
  field is kept as generated (or left out) or set to one of its values, so e.g. a CreateMessage also reaches 201.
- `before_call`: when CONFORMANCE_LOOPBACK_ORIGIN is set (e.g. http://127.0.0.1:40124, the Functions server), an
  absolute http(s) URL in a form body (e.g. a message's StatusCallback, which the server then calls) whose host is
  not a loopback address is sent with that origin instead, path and query kept, so the server under test never
  reaches out of 127.0.0.1. Every request goes through it: examples, coverage, fuzzing and stateful phases.
"""

import ipaddress
import json
import os
import threading
import urllib.parse

import schemathesis
from hypothesis import strategies as st

_LOCK = threading.Lock()
_RECORD = os.environ.get("CONFORMANCE_RECORD")
_EXAMPLES = json.loads(os.environ.get("CONFORMANCE_EXAMPLE_PATH_VALUES") or "{}")
_BODY_EXAMPLES = json.loads(os.environ.get("CONFORMANCE_EXAMPLE_BODY_VALUES") or "{}")
_LOOPBACK_ORIGIN = (os.environ.get("CONFORMANCE_LOOPBACK_ORIGIN") or "").rstrip("/")
_SPEC = None


def _record(case, status):
    if not _RECORD:
        return
    line = json.dumps({"operation": case.operation.label, "method": str(case.method).upper(), "status": status})
    with _LOCK, open(_RECORD, "a", encoding="utf-8") as handle:
        handle.write(line + "\n")


@schemathesis.hook
def after_call(context, case, response):
    _record(case, response.status_code)


@schemathesis.hook
def after_network_error(context, case, request):
    _record(case, "network error")


if _EXAMPLES:
    @schemathesis.hook
    def flatmap_path_parameters(context, path_parameters):
        if not isinstance(path_parameters, dict):
            return st.just(path_parameters)
        choices = [st.just(path_parameters)]
        for name, values in _EXAMPLES.items():
            if name in path_parameters and values:
                choices.append(st.sampled_from(values).map(lambda value, name=name: {**path_parameters, name: value}))
        return st.one_of(*choices)


if _BODY_EXAMPLES:
    @schemathesis.hook
    def flatmap_body(context, body):
        examples = _BODY_EXAMPLES.get(getattr(context.operation, "label", None)) if context.operation else None
        if not examples or not isinstance(body, dict):
            return st.just(body)
        strategy = st.just(dict(body))
        for name, values in examples.items():
            strategy = strategy.flatmap(lambda current, name=name, values=values: st.one_of(
                st.just(current), st.sampled_from(values).map(lambda value: {**current, name: value})))
        return strategy


def _is_loopback(host):
    try:
        return host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _to_loopback(value):
    if not isinstance(value, str) or not value.lower().startswith(("http://", "https://")):
        return value
    try:
        parts = urllib.parse.urlsplit(value)
        host = parts.hostname or ""
    except ValueError:
        return _LOOPBACK_ORIGIN + "/_conformance"
    if _is_loopback(host):
        return value
    return _LOOPBACK_ORIGIN + (parts.path if parts.path.startswith("/") else "/" + parts.path) + (
        "?" + parts.query if parts.query else "")


if _LOOPBACK_ORIGIN:
    @schemathesis.hook
    def before_call(context, case, kwargs):
        body = case.body
        if isinstance(body, dict):
            for name, value in list(body.items()):
                if isinstance(value, list):
                    body[name] = [_to_loopback(item) for item in value]
                else:
                    body[name] = _to_loopback(value)


def _spec():
    global _SPEC
    if _SPEC is None:
        with open(os.environ["CONFORMANCE_SPEC"], encoding="utf-8") as handle:
            _SPEC = json.load(handle)
    return _SPEC


def _resolve(schema):
    while isinstance(schema, dict) and "$ref" in schema:
        node = _spec()
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def _missing(schema, value, where, out):
    schema = _resolve(schema)
    if not isinstance(schema, dict):
        return
    for part in schema.get("allOf", []):  # e.g. {"allOf": [{"$ref": ...}], "nullable": true}
        _missing(part, value, where, out)
    properties = schema.get("properties")
    if properties and isinstance(value, dict):
        for name, child in properties.items():
            path = f"{where}.{name}" if where else name
            if name not in value:
                out.append(path)
            else:
                _missing(child, value[name], path, out)
    items = schema.get("items")
    if items is not None and isinstance(value, list):
        for index, element in enumerate(value[:3]):
            _missing(items, element, f"{where}[{index}]", out)


@schemathesis.check
def twilio_fields_present(ctx, response, case):
    """Every property of the documented 2xx schema is in the body."""
    status = response.status_code
    if not 200 <= status < 300 or status == 204 or str(case.method).upper() != case.operation.method.upper():
        return None
    operation = _spec()["paths"].get(case.operation.path, {}).get(case.operation.method.lower(), {})
    documented = operation.get("responses", {}).get(str(status), {})
    schema = documented.get("content", {}).get("application/json", {}).get("schema")
    if schema is None:
        return None
    try:
        body = json.loads(response.content)
    except ValueError:
        return None  # content_type_conformance and response_schema_conformance speak to that
    missing = []
    _missing(schema, body, "", missing)
    if missing:
        raise AssertionError(
            f"The {status} response lacks {len(missing)} documented field(s): {', '.join(missing[:12])}"
            + (" ..." if len(missing) > 12 else "")
        )
    return None


def _origin(url):
    parts = urllib.parse.urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _twilio_origin():
    servers = _spec().get("servers") or [{}]
    return _origin(servers[0].get("url", "https://api.twilio.com"))


def _followable(value, key, parent, out):
    if isinstance(value, dict):
        for name, child in value.items():
            _followable(child, name, key, out)
    elif isinstance(value, list):
        for child in value:
            _followable(child, key, parent, out)
    elif isinstance(value, str) and (key == "url" or key.endswith("_page_url") or parent == "links"):
        if value.startswith(("http://", "https://")):
            out.append((key, value))


@schemathesis.check
def urls_point_at_this_api(ctx, response, case):
    """Resource, link and page URLs name Twilio's host or the emulated API's own origin."""
    if not 200 <= response.status_code < 300 or response.status_code == 204:
        return None
    try:
        body = json.loads(response.content)
    except ValueError:
        return None
    here = _origin(response.request.url)
    twilio = _twilio_origin()
    found = []
    _followable(body, "", "", found)
    wrong = [f"{key}: {url}" for key, url in found if _origin(url) not in (here, twilio)]
    if wrong:
        raise AssertionError(
            f"{len(wrong)} URL(s) in the body name neither {here} nor {twilio}: {'; '.join(wrong[:3])}"
        )
    return None
