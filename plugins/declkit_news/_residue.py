"""News residue that any copy of an article carries: pull quotes, highlights, sign-offs, contacts."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

__all__ = [
    "CAPTION_CREDIT",
    "CREDIT_LINE",
    "DISCLAIMER",
    "PRESS_CONTACT",
    "SOCIAL_SIGN_OFF",
    "is_caption",
    "is_tail_chrome",
    "looks_like_person",
    "normalise",
    "repeats_body",
]

#: A photo credit closing a caption: "(AFP/File)", "(Reuters)", "(AP Photo/Jane Doe)".
CAPTION_CREDIT = re.compile(
    r"\((?:[A-Z][\w.&'’ -]{0,30}/)?(?:AFP|AP|Reuters|EPA|Getty Images|Getty|Xinhua|Anadolu|Anadolu Agency|"
    r"Shutterstock|File|File Photo|Photo|Handout|Supplied|Bloomberg|SPA|WAM|Pool|PTI|ANI|IANS|TASS|"
    r"Sputnik|dpa|DPA|Kyodo|Yonhap|NurPhoto|SOPA Images|UPI|ZUMA)(?:/[\w.&'’ -]{1,40}){0,3}\)"
)
_CAPTION_LEAD = re.compile(r"^(?:file photo|photo|image|picture|pictured|caption|credit|photograph)\b\s*(?:of|:|-|—)", re.IGNORECASE)
_SHORT_URL = re.compile(r"\bshort ?url\b|\bshort link\b", re.IGNORECASE)
#: Disclaimers of opinion pages.
DISCLAIMER = re.compile(
    r"\bdisclaimer\b|\bviews expressed\b|\bopinions expressed\b|\bdo not necessarily reflect\b|"
    r"\bdoes not necessarily reflect\b",
    re.IGNORECASE,
)
#: Press contact lines of press releases.
PRESS_CONTACT = re.compile(
    r"^(?:press )?contacts?\s*:?$|^(?:media|press) (?:contacts?|enquiries|inquiries)\b|^(?:phone|mobile|tel|fax)"
    r"(?: number)?\s*:|^e-?mail\s*:|^contact data\s*:|^press officer$",
    re.IGNORECASE,
)
_TAIL_PHRASES = re.compile(
    r"^(?:in other news|more news|related(?: news| stories| articles| coverage)?|read more|read next|read also|"
    r"also read|see also|recommended|popular|most read|most popular|trending|latest(?: news)?|load more|show more|"
    r"advertisement|sponsored|follow us.{0,40}|share(?: this)?(?: article| story)?|comments?|top stories|"
    r"more from .{1,40}|more stories|you may also like|watch|videos?|newsletter|subscribe.{0,40}|sign up.{0,40}|"
    r"copyright.{0,120}|©.{0,120}|all rights reserved.{0,80}|topics|tags|(?:key )?highlights|key points|"
    r"start a conversation|end of article|our standards\b.{0,80}|more|see more|more on this|further information|product information|background reading)$",
    re.IGNORECASE,
)
_LEAD_CHROME = re.compile(
    r"^(?:read more|read also|also read|read next|related|related stories|see also|watch|listen|recommended|"
    r"more on this|more on this story|click here|sign up|subscribe|advertisement|sponsored|editor'?s note)\s*[:|»›>-]"
    r"|^read\s*[|»›>]",  # "Read | Other story headline"
    re.IGNORECASE,
)
#: The site's sign-off under a story: "... follow us on social media / Twitter / Facebook".
SOCIAL_SIGN_OFF = re.compile(
    r"\bfollow us on (?:social media|twitter|facebook|instagram|telegram|whatsapp|x|youtube|linkedin|google news)\b",
    re.IGNORECASE,
)
#: Wire-copy credits: "(Reporting by Jane Doe; Editing by John Roe)".
CREDIT_LINE = re.compile(
    r"^[(\[—–-]?\s*(?:additional )?(?:reporting|writing|editing|compiled|produced|research|translation) by\b",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"[A-Z][a-zà-ÿ'’.-]{0,20}|[A-Z]{2,3}|(?:al|bin|de|van|von|da|del|der|la|le|el)")


_NON_WORD = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """Case-, accent- and punctuation-free form of ``text``, for comparing passages."""
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", text.casefold()).strip()


def repeats_body(text: str, body: Sequence[str], *, min_words: int = 6) -> bool:
    """Whether ``text`` (a pull quote or highlight) repeats a passage of the ``body`` texts.

    ``body`` holds passages already passed through :func:`normalise`. Highlights
    shorten what they repeat, so most of the five-word runs of ``text`` appearing in
    one body passage is enough.
    """
    needle = normalise(text)
    words = needle.split()
    if len(words) < min_words:
        return False
    runs = {" ".join(words[i : i + 5]) for i in range(max(1, len(words) - 4))}
    for haystack in body:
        if haystack == needle:
            continue
        if needle in haystack:
            return True
        if len(words) >= 10 and sum(1 for run in runs if run in haystack) >= 0.7 * len(runs):
            return True
    return False


def is_caption(text: str) -> bool:
    """Whether a line is a photo caption or credit (or a "Short Url" label glued to one)."""
    stripped = text.strip().strip("*_").strip()
    if _SHORT_URL.search(stripped) and len(stripped.split()) <= 60:
        return True
    if _CAPTION_LEAD.match(stripped):
        return True
    tail = stripped[-80:]
    match = CAPTION_CREDIT.search(tail)
    return bool(match and not tail[match.end() :].strip(" .,"))


def is_tail_chrome(text: str) -> bool:
    """Whether a short line is site chrome ("In Other News", "Load More", "Read more" …)."""
    stripped = text.strip().strip("*_#>[]").strip().rstrip(":»›→").strip()
    if not stripped:
        return True
    if _TAIL_PHRASES.match(stripped) or (len(stripped.split()) <= 30 and _LEAD_CHROME.match(stripped)):
        return True
    if len(stripped.split()) > 8:
        return False
    try:
        from declkit_web import chrome_kind
    except ImportError:  # the web plugin is optional
        return False
    try:
        return chrome_kind(stripped) is not None
    except Exception:  # a helper of another plugin must not break news parsing
        return False


def looks_like_person(text: str) -> bool:
    """Whether ``text`` is just a person's name (two to four name words)."""
    words = text.strip().strip("*_").strip().rstrip(".").split()
    if not 2 <= len(words) <= 4:
        return False
    return all(_NAME_WORD.fullmatch(w) for w in words) and any(w[0].isupper() and len(w) > 2 for w in words)
