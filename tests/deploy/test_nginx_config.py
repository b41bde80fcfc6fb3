"""deploy/nginx/nginx.conf: its access log names paths without review tokens or query strings,
review pages keep the error log (which quotes request lines) to critical errors, and the proxy
waits longer than the longest chat turn the settings allow."""

from __future__ import annotations

import json
import re

from services.chat_api.limits import TooManyInFlight, sentence
from services.common.config import Settings
from tests.deploy.compose_support import REPO_ROOT
from tests.support.nginx import SESSION_BUDGET_PER_MINUTE

CONF = (REPO_ROOT / "deploy" / "nginx" / "nginx.conf").read_text()
# nginx variables that carry the request's raw URI or its query string.
RAW_URI_VARIABLES = ("$request", "$request_uri", "$uri", "$args", "$query_string", "$arg_")
TOKEN = "eyJ3IjoicmVmdW5kLTQyIn0.c2lnbmF0dXJl"


def _block(name: str) -> str:
    """The text between the braces of the first `name ... {` block (no nested braces)."""
    match = re.search(re.escape(name) + r"[^{]*\{([^{}]*)\}", CONF)
    assert match, name
    return match.group(1)


def _log_format() -> str:
    match = re.search(r"log_format\s+main\s+((?:'[^']*'\s*)+);", CONF)
    assert match, "log_format main"
    return "".join(re.findall(r"'([^']*)'", match.group(1)))


def _map_of(variable: str) -> tuple[str, list[tuple[str, str]], str]:
    """(source variable, [(regex, value)], default) of `map <source> <variable>`."""
    match = re.search(r"map\s+(\$\w+)\s+\$" + variable[1:] + r"\s*\{([^}]*)\}", CONF)
    assert match, f"no map defines {variable}"
    entries = re.findall(r'"([^"]*)"\s+"([^"]*)"\s*;', match.group(2))
    default = re.search(r"default\s+(\S+)\s*;", match.group(2))
    assert default, "the map has a default"
    return match.group(1), entries, default.group(1)


def _logged_path(uri: str) -> str:
    """The path the access log writes for a request whose decoded path is `uri`."""
    source, entries, default = _map_of("$loggable_path")
    assert source == "$uri"
    for regex, value in entries:
        assert regex.startswith("~"), "only regex entries"
        if re.search(regex[1:], uri):
            return value
    return uri if default == "$uri" else default


def test_the_access_log_writes_no_review_token_and_no_query_string():
    access = re.search(r"^\s*access_log\s+(\S+)\s+(\w+);", CONF, re.M)
    assert access and access.group(2) == "main"
    fmt = _log_format()
    assert "$loggable_path" in fmt
    for variable in RAW_URI_VARIABLES:
        used = re.findall(re.escape(variable) + r"(?![\w])", fmt.replace("$request_id", ""))
        assert not used, f"the access log writes {variable}"
    assert _logged_path(f"/review/{TOKEN}") == "/review/[redacted]"
    assert TOKEN not in _logged_path(f"//review/{TOKEN}")
    assert _logged_path("/api/orders") == "/api/orders"
    assert _logged_path("/api/admin/reviews/42/decision") == "/api/admin/reviews/42/decision"


def test_review_pages_log_only_critical_errors():
    review = _block("location /review/")
    assert re.search(r"error_log\s+\S+\s+crit\s*;", review), review
    assert "proxy_pass http://chat_api;" in review


def test_the_proxy_waits_longer_than_the_longest_chat_turn():
    defaults = {name: field.default for name, field in Settings.model_fields.items()}
    longest = (
        defaults["chat_turn_wait_seconds"]
        + defaults["chat_turn_deadline_seconds"]
        + defaults["db_command_timeout_seconds"]
    )
    timeouts = re.findall(r"proxy_read_timeout\s+(\d+)s\s*;", CONF)
    assert timeouts, "proxy_read_timeout is set"
    assert all(int(seconds) > longest for seconds in timeouts), (timeouts, longest)


def test_nginx_refuses_a_sessions_flood_with_the_chat_apis_own_answer():
    api = _block("location /api/")
    limit = re.search(r"limit_conn\s+per_session\s+(\d+);", api)
    assert limit, "the API's location counts each session's requests in progress"
    assert re.search(r"limit_conn_zone\s+\$cookie_rr_session\s+zone=per_session:", CONF)
    bound = int(limit.group(1))
    # Wider than the chat API's own limit, so nginx never refuses what the app allows.
    assert bound >= Settings.model_fields["customer_concurrent_requests"].default
    # (its body has braces of its own: up to the location's closing line)
    found = re.search(r"^( *)location @too_many_in_progress \{(.*?)\n\1\}\n", CONF, re.S | re.M)
    assert found, "location @too_many_in_progress"
    refusal = found.group(2)
    # (the last answer: the first is a rate refusal's, below)
    bodies = re.findall(r"return\s+429\s+'([^']*)';", refusal)
    assert bodies, "the refusal answers 429 with a body"
    assert json.loads(bodies[-1]) == {"detail": sentence(TooManyInFlight(bound))}
    assert re.search(r"add_header\s+Retry-After\s+1\s+always;", refusal)
    assert "application/json" in refusal
    assert re.search(r"limit_conn_status\s+429;", CONF)


def test_nginx_limits_a_sessions_rate_to_the_chat_apis_allowances_together():
    budget = SESSION_BUDGET_PER_MINUTE
    zone = re.search(
        r"limit_req_zone\s+\$cookie_rr_session\s+zone=session_rate:\w+\s+rate=(\d+)r/m;", CONF
    )
    assert zone, "a session's requests are limited by its cookie"
    assert int(zone.group(1)) == budget
    api = _block("location /api/")
    burst = re.search(r"limit_req\s+zone=session_rate\s+burst=(\d+)\s+nodelay;", api)
    assert burst, "the API's location limits each session's rate, without delaying any"
    # The whole budget at once, as the chat API's own allowances each allow theirs.
    assert int(burst.group(1)) == budget
    assert re.search(r"limit_req_status\s+429;", CONF)
    found = re.search(r"if \(\$limit_req_status = REJECTED\) \{\s*return\s+429\s+'([^']*)';", CONF)
    assert found, "a rate refusal has its own sentence"
    assert json.loads(found.group(1))["detail"].startswith(
        f"You are sending requests faster than {budget} a minute;"
    )
