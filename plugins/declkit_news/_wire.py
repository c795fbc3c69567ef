"""Wire-story conventions: agency credits, sign-off credits and reporter notes.

Wire copy names its agency in the dateline ("ADDIS ABABA, Feb 19 (Reuters) -",
"JOHANNESBURG (AP) —"), in a credit line under the byline ("Associated Press") or in the
byline itself ("By The Associated Press"). When the text names no other outlet, the
agency is the publisher. Reuters closes a story with its credits ("(Reporting by …;
Editing by …)") and AP with reporter notes ("Associated Press writer … reported from
…", "… contributed to this report"): both are residue of kind ``credits``; the
reporters of the sign-off are the authors when no byline names any.
"""

from __future__ import annotations

import re

__all__ = ["CREDITS", "agency_name", "copyright_year", "credit_reporters", "is_reporter_note"]

#: Residue kind of wire sign-offs and reporter notes.
CREDITS = "credits"

# Short forms and full names of the international and national wire agencies that
# English-language news copy credits, mapped to the name a reader knows them by.
_AGENCIES: dict[str, str] = {
    "ap": "Associated Press",
    "associated press": "Associated Press",
    "the associated press": "Associated Press",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "afp": "Agence France-Presse",
    "agence france-presse": "Agence France-Presse",
    "agence france presse": "Agence France-Presse",
    "upi": "United Press International",
    "united press international": "United Press International",
    "dpa": "Deutsche Presse-Agentur",
    "deutsche presse-agentur": "Deutsche Presse-Agentur",
    "pti": "Press Trust of India",
    "press trust of india": "Press Trust of India",
    "ians": "Indo-Asian News Service",
    "ani": "Asian News International",
    "xinhua": "Xinhua",
    "tass": "TASS",
    "ria novosti": "RIA Novosti",
    "kyodo": "Kyodo News",
    "kyodo news": "Kyodo News",
    "yonhap": "Yonhap",
    "anadolu": "Anadolu Agency",
    "anadolu agency": "Anadolu Agency",
    "bernama": "Bernama",
    "efe": "EFE",
    "ansa": "ANSA",
    "apa": "APA",
    "kuna": "KUNA",
    "wam": "WAM",
    "spa": "SPA",
    "mena": "MENA",
    "irna": "IRNA",
    "antara": "Antara",
    "canadian press": "The Canadian Press",
    "the canadian press": "The Canadian Press",
    "australian associated press": "Australian Associated Press",
    "aap": "Australian Associated Press",
    "bloomberg": "Bloomberg",
}

_CREDIT_PART = re.compile(r"\b(?:additional\s+)?(reporting|writing|editing|compiled|produced|research|translation)\s+by\s+", re.IGNORECASE)
_NAME_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*")
_NAME = re.compile(r"[A-Z][\w'’.-]{0,30}(?: (?:[A-Z][\w'’.-]{0,30}|de|van|von|al|bin|da|del|la|le)){0,4}")
_COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s{0,3}(?:\d{4}\s{0,2}[-–]\s{0,2})?(\d{4})\b", re.IGNORECASE)
_NOTE_ROLES = frozenset({"writer", "writers", "correspondent", "correspondents", "reporter", "reporters", "journalist", "journalists"})


def agency_name(text: str) -> str | None:
    """The publisher a wire-agency credit stands for ("(AP)", "By The Associated Press").

    >>> agency_name("AP")
    'Associated Press'
    >>> agency_name("By The Associated Press")
    'Associated Press'
    >>> agency_name("Reuters Staff")
    'Reuters'
    >>> agency_name("Jane Doe") is None
    True
    """
    key = " ".join(text.strip(" ()[]|,.-—–").split()).lower()
    if key.startswith("by "):
        key = key[3:]
    for suffix in (" staff", " staff writers", " staff writer", " news service", " wire"):
        if key.endswith(suffix) and key[: -len(suffix)] in _AGENCIES:
            key = key[: -len(suffix)]
    return _AGENCIES.get(key)


def credit_reporters(text: str) -> list[str]:
    """The reporters and writers a wire sign-off credits (not its editors).

    >>> credit_reporters("(Reporting by Jane Doe and Omar Ali; Editing by Sam Roe)")
    ['Jane Doe', 'Omar Ali']
    """
    names: list[str] = []
    parts = list(_CREDIT_PART.finditer(text[:1000]))
    for i, match in enumerate(parts):
        if match.group(1).lower() not in {"reporting", "writing"} or match.group(0).lower().startswith("additional"):
            continue
        stop = parts[i + 1].start() if i + 1 < len(parts) else len(text)
        chunk = text[match.end() : stop].split(";", 1)[0].strip(" ;)]")
        for piece in _NAME_SPLIT.split(chunk):
            # "Jane Doe in Nairobi": the place a reporter filed from is not part of the name.
            piece = piece.split(" in ", 1)[0].strip(" .;)")
            if piece and _NAME.fullmatch(piece) and piece not in names and agency_name(piece) is None:
                names.append(piece)
    return names


def is_reporter_note(text: str) -> bool:
    """Whether a short closing line credits reporters ("AP writer X reported from Y.").

    >>> is_reporter_note("Associated Press writer Jane Doe reported from Cape Town, South Africa.")
    True
    >>> is_reporter_note("Omar Ali in Nairobi contributed to this report.")
    True
    >>> is_reporter_note("The minister reported from the meeting that talks had stalled.")
    False
    """
    words = text.split()
    if not 3 <= len(words) <= 45:
        return False
    lower = text.lower()
    if " contributed to this report" in lower or " contributed reporting" in lower or " contributed to this story" in lower:
        return True
    lead = [w.strip(",.").lower() for w in words[:6]]
    return any(w in _NOTE_ROLES for w in lead) and (" reported from " in lower or " reported this story" in lower)


def copyright_year(text: str) -> int | None:
    """The year of a copyright notice ("© 2023 …"), if the text has exactly one."""
    years = {int(m.group(1)) for m in _COPYRIGHT_YEAR.finditer(text[-20000:])}
    if len(years) == 1:
        year = years.pop()
        return year if 1800 <= year <= 2200 else None
    return None
