"""The ADMIN_TOKENS setting: each admin's own token, written `name:token` (the name is who the
decisions and the audit trail will show, usually an email address), pairs separated by commas
or new lines. Parsed and checked here; Settings calls these and nothing reads the environment.
"""

from __future__ import annotations

# Shorter tokens are guessable; production refuses them.
MIN_ADMIN_TOKEN_CHARS = 16
# Words that mark a token as a placeholder copied from an example file, never a real secret.
PLACEHOLDER_MARKERS = ("change-me", "changeme", "change_me", "placeholder", "dev-only")


def admin_token_pairs(text: str) -> tuple[list[tuple[str, str]], int]:
    """The (name, token) pairs of an ADMIN_TOKENS value, and how many entries were malformed.

    An entry is `name:token` (the token may itself hold colons); entries are split on commas
    and whitespace, so a name never holds a space.
    """
    pairs: list[tuple[str, str]] = []
    malformed = 0
    for entry in text.replace(",", " ").split():
        name, sep, token = entry.partition(":")
        if sep and name and token and name.isprintable():
            pairs.append((name, token))
        else:
            malformed += 1
    return pairs, malformed


def is_placeholder(token: str) -> bool:
    """True for a token too short to be secret, or one copied from an example file."""
    lowered = token.lower()
    return len(token) < MIN_ADMIN_TOKEN_CHARS or any(m in lowered for m in PLACEHOLDER_MARKERS)


def admin_problems(text: str, *, shared_token: str, production: bool) -> list[str]:
    """What is wrong with the admin credentials (never quoting a token): ADMIN_TOKENS must
    parse and name each admin once with a token of their own; production also refuses the
    shared ADMIN_TOKEN, no admin at all, and short or placeholder tokens."""
    pairs, malformed = admin_token_pairs(text)
    problems: list[str] = []
    if malformed:
        problems.append(
            f"ADMIN_TOKENS has {malformed} malformed entr{'y' if malformed == 1 else 'ies'}:"
            " write name:token pairs separated by commas"
        )
    names = [name for name, _ in pairs]
    if len(set(names)) != len(names):
        problems.append("ADMIN_TOKENS names an admin twice")
    tokens = [token for _, token in pairs]
    if len(set(tokens)) != len(tokens):
        problems.append("ADMIN_TOKENS gives two admins the same token")
    if not production:
        return problems
    if shared_token:
        problems.append(
            "ADMIN_TOKEN is one shared credential that names nobody: give each admin their own"
            " in ADMIN_TOKENS (name:token, ...)"
        )
    elif not pairs:
        problems.append("ADMIN_TOKENS must name each admin with their own token (name:token)")
    if any(is_placeholder(token) for token in tokens):
        problems.append("ADMIN_TOKENS must hold random tokens of 16+ characters each")
    return problems
