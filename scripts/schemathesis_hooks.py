"""Hooks of scripts/schemathesis.sh (loaded through SCHEMATHESIS_HOOKS).

An Idempotency-Key names one request: the server answers a second request with the same key as the first, or with
422 idempotency_key_reused when it differs. A generator draws the same few short keys again and again ("0", "!"), so
most writes were refused as a reuse of a key before their own rules ran. A client makes one key per request it
means; so here: a well-formed key is replaced, just before the call, by one derived from the request itself (and
the key drawn), so that requests that differ have keys that differ and the same request sent again keeps its key —
a replay. A malformed key (for the 400) is left as drawn. Derived, not random, so that a run stays repeatable.
"""

import hashlib
import json
import re

import schemathesis

WELL_FORMED = re.compile(r"[\x21-\x7e]{1,200}")


@schemathesis.hook
def before_call(context, case, kwargs):
    headers = case.headers or {}
    name = next((n for n in headers if n.lower() == "idempotency-key"), None)
    key = headers.get(name) if name is not None else None
    if not isinstance(key, str) or not WELL_FORMED.fullmatch(key):
        return
    request = json.dumps(
        [case.method, case.formatted_path, case.query, case.body, key], sort_keys=True, default=repr
    )
    headers[name] = "st-" + hashlib.sha256(request.encode()).hexdigest()[:40]
