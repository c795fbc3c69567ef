"""Speech acts of a clause and the actors it addresses.

Acts are verb lemmas (``request``, ``condemn``, ``welcome`` …). Addressees come only
from verbs that ask something of someone (ask, request, urge, call on, demand, appeal
to, invite, encourage): the noun phrase after the verb, up to the infinitive or the
relative clause that says what is asked, split into its coordinated actors.
"""

from __future__ import annotations

import re

__all__ = ["find_acts", "find_addressees"]

#: Each act: its lemma, the forms that state it, and cues: lower-case strings of which
#: every form contains one (a text without any cue is not searched for the act).
_ACT_FORMS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("request", r"request(?:s|ed|ing)?", ("request",)),
    ("request", r"ask(?:s|ed|ing)?", ("ask",)),
    ("call", r"call(?:s|ed|ing)?\s+(?:on|upon|for)", ("call",)),
    ("urge", r"urg(?:e|es|ed|ing)", ("urg",)),
    ("demand", r"demand(?:s|ed|ing)?", ("demand",)),
    ("appeal", r"appeal(?:s|ed|ing)?\s+to", ("appeal",)),
    ("invite", r"invit(?:e|es|ed|ing)", ("invit",)),
    ("encourage", r"encourag(?:e|es|ed|ing)", ("encourag",)),
    ("condemn", r"condemn(?:s|ed|ing)?", ("condemn",)),
    ("reject", r"reject(?:s|ed|ing)?", ("reject",)),
    ("welcome", r"welcom(?:e|es|ed|ing)", ("welcom",)),
    ("support", r"support(?:s|ed|ing)?", ("support",)),
    ("commit", r"commit(?:s|ted|ting)?|committed", ("commit",)),
    ("thank", r"thank(?:s|ed|ing)?|gratitude|appreciation", ("thank", "gratitude", "appreciation")),
    ("consider", r"consider(?:s|ed|ing)?|believe[sd]?|believing", ("consider", "believ")),
    ("agree", r"agree(?:s|d|ing)?", ("agree",)),
    ("reaffirm", r"reaffirm(?:s|ed|ing)?|renew(?:s|ed)?\s+(?:our|their)\s+commitment", ("reaffirm", "renew")),
    ("affirm", r"affirm(?:s|ed|ing)?", ("affirm",)),
    ("concern", r"(?:deep|grave|serious)?\s*concern(?:ed)?", ("concern",)),
    ("note", r"not(?:e|es|ed|ing)", ("not",)),
    (
        "emphasize",
        r"emphasi[sz](?:e|es|ed|ing)|stress(?:es|ed|ing)?|underlin(?:e|es|ed|ing)|underscor(?:e|es|ed|ing)",
        ("emphasi", "stress", "underlin", "underscor"),
    ),
    ("recognize", r"recogni[sz](?:e|es|ed|ing)|acknowledg(?:e|es|ed|ing)", ("recogni", "acknowledg")),
    ("resolve", r"resolv(?:e|es|ed)", ("resolv",)),
    ("decide", r"decid(?:e|es|ed)", ("decid",)),
    ("declare", r"declar(?:e|es|ed)", ("declar",)),
    ("endorse", r"endors(?:e|es|ed|ing)", ("endors",)),
    ("deplore", r"deplor(?:e|es|ed|ing)|regret(?:s|ted)?", ("deplor", "regret")),
    ("commend", r"commend(?:s|ed|ing)?|prais(?:e|es|ed)", ("commend", "prais")),
)
_ACT_RE = [
    (lemma, re.compile(r"\b(?:" + form + r")\b", re.IGNORECASE), cues) for lemma, form, cues in _ACT_FORMS
]
#: The characters other than ASCII letters that a case-blind ASCII letter matches
#: (Python's ``re.IGNORECASE``): made those letters before a text is lower-cased for the cues.
_CASE_TWINS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def find_acts(text: str) -> tuple[str, ...]:
    """The speech acts of ``text``, as lemmas in order of first use."""
    lowered = text.translate(_CASE_TWINS).lower()
    found: list[tuple[int, str]] = []
    for lemma, pattern, cues in _ACT_RE:
        if not any(cue in lowered for cue in cues):
            continue
        match = pattern.search(text)
        if match and lemma not in {f[1] for f in found}:
            found.append((match.start(), lemma))
    return tuple(lemma for _, lemma in sorted(found))


_ASKING = re.compile(
    r"\b(?:(?:ask|request|urge|demand|invite|encourage)(?:s|d|ed|ing)?"
    r"|urg(?:es|ed|ing)|invit(?:es|ed|ing)|encourag(?:es|ed|ing)|task(?:s|ed)|instruct(?:s|ed)?|mandate[sd]?"
    r"|call(?:s|ed|ing)?\s+(?:on|upon)|appeal(?:s|ed|ing)?\s+to|attention\s+of)\s+(that\s+)?",
    re.IGNORECASE,
)
# Words after which the noun phrase of the addressee is over.
_STOPS = re.compile(
    r"\s+to\s+(?!the\b|all\b|its\b|their\b)|\s+(?:whose|who|which|that|so that|in order|for the|with a view)\b|[;:.!?]|,\s+(?:which|who|whose|without|while|in order|so that|as|by|to|in|on|at|and to)\b|\s+–\s+whose\b"
)
_DETERMINERS = re.compile(
    r"^(?:(?:all|both|each)\s+(?=(?:of\s+)?(?:the|our|their|its|your)\b))?(?:of\s+)?(?:the|our|their|its|his|her|your|these|those)\s+",
    re.IGNORECASE,
)
_SPLIT = re.compile(
    r",?\s+(?:as well as|together with)\s+|,\s*(?:especially|particularly|in particular|notably|including)\s+|,\s+(?:and\s+)?|\s+and\s+(?=(?:the|all|other|its|their|our|[a-z]))",
    re.IGNORECASE,
)
_PARENS = re.compile(r"\s*\([^()]{0,120}\)")
_PREPOSITIONS = frozenset(
    "of in for on at with from by to and or the a an all other its their our his her this that these those".split()
)
_MODALS = frozenset("should shall must will would can could may might do does not be are is".split())
_DETERMINER_AFTER = frozenset("the a an all their its our his her this that these those".split())


# Participles that English uses as adjectives before actors ("developing countries").
_ING_ADJECTIVES = frozenset(
    "remaining developing neighbouring neighboring warring leading existing participating contracting emerging "
    "concerning belligerent governing ruling".split()
)
_QUANTIFIED_PAIR = re.compile(r"(?:all|both)\s+[^,;]{1,80}?\s+and\s+[a-z]{3,30}", re.IGNORECASE)


def _phrase_end(text: str, start: int, subjunctive: bool) -> int:
    """End of the addressee phrase that starts at ``start``."""
    limit = min(len(text), start + 240)
    depth = 0
    for position in range(start, limit):
        char = text[position]
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        if depth:
            continue
        match = _STOPS.match(text, position)
        if match and position > start:
            limit = position
            break
    end = limit
    if subjunctive:
        words = list(re.finditer(r"\S+", text[start:end]))
        tokens = [w.group().strip(",;()").lower() for w in words]
        content = next((w.group() for w, t in zip(words, tokens, strict=True) if t not in _PREPOSITIONS), "")
        proper = content[:1].isupper()
        for index, word in enumerate(words[:-1]):
            token = tokens[index]
            if not index or not token.isalpha() or token in _PREPOSITIONS:
                continue
            # "that the Conference on X examine …": the first lower-case verb after a name;
            # "that the international community recognize the …": a word before an object.
            if (
                (proper and word.group()[:1].islower())
                or tokens[index + 1] in _DETERMINER_AFTER
                or token in _MODALS
                or (len(token) > 4 and token.endswith("ly"))
            ):
                return start + word.start()
            after = tokens[index + 1]
            if (
                len(token) > 3
                and token.endswith("s")
                and not token.endswith(("ss", "us", "is"))
                and words[index + 1].group()[:1].islower()
                and after.isalpha()
                and after not in _PREPOSITIONS
                and after not in _MODALS
            ):
                # "that the donors provide …": a plural subject, then its verb.
                return start + word.end()
    return end


def _clean_name(name: str) -> str:
    name = _PARENS.sub("", name).strip(" ,;–—-")
    previous = None
    while previous != name:
        previous = name
        name = _DETERMINERS.sub("", name).strip(" ,;–—-")
    words = name.split()
    if len(words) >= 3 and words[-1].isupper() and words[-1].isalpha():
        initials = "".join(w[0] for w in words[:-1] if w[0].isupper())
        if initials.endswith(words[-1]) or words[-1] == initials:
            name = " ".join(words[:-1])
    return name


def find_addressees(text: str) -> tuple[str, ...]:
    """The actors that ``text`` asks, urges or calls on, in order, as written.

    >>> find_addressees("We ask the United Nations and the international community to act.")
    ('United Nations', 'international community')
    """
    out: list[str] = []
    for match in _ASKING.finditer(text):
        start = match.end()
        subjunctive = match.group(1) is not None
        following = text[start : start + 40].lstrip()
        first = following.split(" ", 1)[0].lower() if following else ""
        if not following or first in {
            "and",
            "or",
            "to",
            "for",
            "that",
            "on",
            "upon",
            "in",
            "it",
            "them",
            "him",
            "her",
            "you",
            "us",
            "a",
            "an",
            "of",
            "by",
            "from",
            "with",
            "as",
            "is",
            "was",
            "are",
            "were",
            "be",
        }:
            continue
        content = _DETERMINERS.sub("", following).split(" ", 1)[0].lower()
        if (content.endswith("ing") and content not in _ING_ADJECTIVES) or (
            first.endswith("ing") and first not in _ING_ADJECTIVES
        ):
            # "urge continuing the talks": an activity, not an actor ("the remaining states" is one).
            continue
        end = _phrase_end(text, start, subjunctive)
        verb = match.group(0).lower()
        if verb.startswith(("invit", "encourag", "attention", "task", "instruct", "mandate")) and not re.match(
            r"\s+to\s+[a-z]", text[end : end + 30]
        ):
            # "invited X later", "encourage investment": not a request made of X.
            continue
        if re.match(r"called\s+(?:on|upon)", verb) and not re.match(r"\s+to\s+[a-z]", text[end : end + 30]):
            # "The Prime Minister called on the Speaker": a courtesy call, not a request.
            continue
        if verb.startswith("invit") and re.match(r"\s+to\s+(?:visit|pay\s+a\s+visit)\b", text[end : end + 30]):
            # "invited him to visit Japan": hospitality between the signers, not an ask.
            continue
        phrase = text[start:end]
        if "–" in phrase or "—" in phrase:
            dashed = phrase.replace("—", "–")
            parts = [p.strip() for p in re.split(r"\s+and\s+(?=(?:the|all|other)\b)", dashed)]
        elif _QUANTIFIED_PAIR.fullmatch(_PARENS.sub("", phrase).strip()):
            # "all Member States and partners": one quantifier over both nouns, one addressee.
            parts = [_PARENS.sub("", phrase).strip()]
        else:
            parts = [p for p in _SPLIT.split(_PARENS.sub("", phrase))]
        for part in parts:
            name = _clean_name(part)
            if not name or len(name.split()) > 14 or not any(c.isalpha() for c in name):
                continue
            head = name.split()[0].lower()
            if (head.endswith("ing") and head not in _ING_ADJECTIVES) or (name.lower() in {"us", "them", "you"}):
                continue
            if name not in out:
                out.append(name)
    return tuple(out)
