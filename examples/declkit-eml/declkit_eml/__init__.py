"""A declkit parser for statements and press releases sent as e-mail (``.eml``).

Government press offices, ministries and international organisations send many of
their statements by e-mail. An RFC 5322 message carries the facts declkit wants in
its headers (``Subject``, ``From``, ``Date``) and the statement itself in a
``text/plain`` or ``text/html`` part. This plugin reads both and hands declkit a
:class:`declkit.Layout`; declkit's shared analysis does the rest.

It is also the worked example of declkit's plugin tutorial, so it uses only the
public API (``import declkit``) and the standard library.
"""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Callable, Iterator
from email.message import EmailMessage, Message, MIMEPart

import declkit

__all__ = ["EmlParser", "declkit_register_parsers"]

__version__ = "0.1.0"

#: Header names that, at the very start of an input, mark it as an e-mail message.
_MAIL_HEADERS = frozenset(
    {
        b"from",
        b"to",
        b"cc",
        b"subject",
        b"date",
        b"mime-version",
        b"message-id",
        b"received",
        b"return-path",
        b"reply-to",
        b"sender",
        b"list-id",
        b"content-type",
        b"delivered-to",
    }
)
#: How many header lines sniffing reads before giving up.
_SNIFF_LINES = 60
_HEADER_LINE = re.compile(rb"([A-Za-z0-9-]{1,76}):[ \t]")
#: List markers at the start of a line: bullets, ``1.``, ``(a)``, ``iv)``.
_MARKER = re.compile(r"(?:[-*•‣◦–]|\(?(?:\d{1,3}|[a-z]|[ivxlc]{1,6})[.)])(?=[ \t])", re.IGNORECASE)
#: Lines that end a press release or mark page furniture rather than content.
_END_MARKS = frozenset({"###", "# # #", "-ends-", "- ends -", "ends", "-30-", "end"})
#: The line mail clients put above a forwarded or replied-to message.
_FORWARD_MARK = re.compile(
    r"-{2,40} ?(?:forwarded message|original message) ?-{2,40}|begin forwarded message:?", re.IGNORECASE
)
#: ``Re:``, ``Fwd:`` and their translations (``AW:``, ``WG:``, ``TR:``), repeated, before a subject.
_REPLY_PREFIX = re.compile(r"\A(?:(?:re|fwd?|aw|wg|tr|sv|vs)(?:\[\d{1,3}\])? ?: ?){1,10}", re.IGNORECASE)
#: Header names mail clients repeat in the body of a forwarded message.
_FORWARDED_HEADERS = frozenset({"from", "sent", "date", "subject", "to", "cc", "reply-to"})
_CLOSING_PUNCTUATION = (".", ",", ";", ":", "?", "!", '"', "”", ")")
_HTML_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "dt", "dd")
_HTML_SKIP = frozenset({"script", "style", "head", "title", "noscript", "template"})


class EmlParser:
    """Reads an RFC 5322 message: headers into metadata, the text body into blocks.

    The layout's text is the decoded body (the ``text/plain`` part, or the text of
    the ``text/html`` part when there is no plain one), so every span points into
    what a reader of the e-mail sees. The signature (after a ``-- `` line) and
    quoted replies are kept in the residue.
    """

    # Annotated, so that type checkers match them to declkit.Parser's members.
    name: str = "eml"
    version: str = __version__
    format: str = "eml"
    media_types: tuple[str, ...] = ("message/rfc822",)
    suffixes: tuple[str, ...] = (".eml",)

    def sniff(self, source: declkit.Source) -> float:
        """Claim inputs that open with a block of e-mail headers.

        Two or more known header names (``From:``, ``Subject:``, ``Date:``,
        ``MIME-Version:`` …) before the first blank line give 0.9, and the ``.eml``
        suffix adds 0.1. Anything else gives 0: a ``.eml`` name alone proves
        nothing.
        """
        known = _count_mail_headers(source.prefix)
        if known < 2:
            return 0.0
        return 1.0 if source.suffix == ".eml" else 0.9

    def parse(self, source: declkit.Source) -> declkit.Layout:
        """Read the message in ``source`` into a :class:`declkit.Layout`.

        Raises:
            declkit.ParseError: the input holds no readable text body.
        """
        message = email.message_from_bytes(source.data, policy=email.policy.default)
        if not isinstance(message, EmailMessage) or not message.keys():
            raise declkit.ParseError("is not an e-mail message: no headers found", source=source.name)
        metadata = _read_metadata(message)
        body = message.get_body(preferencelist=("plain", "html"))
        if body is None:
            raise declkit.ParseError("the message has no text/plain or text/html part", source=source.name)
        content = _decoded_text(body)
        if body.get_content_subtype() == "html":
            builder = declkit.TextBuilder()
            for kind, level, text in _html_blocks(content, source.name):
                if text.lower() in _END_MARKS:
                    builder.add(text, kind="chrome", residue=True)
                else:
                    builder.add(text, kind=kind, level=level)
            if not builder.blocks:
                raise declkit.ParseError("the HTML part of the message holds no text", source=source.name)
            return builder.layout(metadata=metadata, encoding=body.get_content_charset())
        text = content.replace("\r\n", "\n").replace("\r", "\n")
        if not text.strip():
            raise declkit.ParseError("the message body is empty", source=source.name)
        blocks, residue = _plain_blocks(text)
        return declkit.Layout(
            text=text,
            blocks=blocks,
            residue=residue,
            metadata=metadata,
            encoding=body.get_content_charset() or "us-ascii",
        )


def _count_mail_headers(prefix: bytes) -> int:
    """Count distinct known header names in the header block at the start of ``prefix``."""
    found: set[bytes] = set()
    lines = prefix[:16384].splitlines()
    if lines and lines[0].startswith(b"From "):  # an mbox "From " envelope line
        lines = lines[1:]
    for line in lines[:_SNIFF_LINES]:
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t"):  # a folded continuation of the previous header
            continue
        match = _HEADER_LINE.match(line)
        if match is None:
            return 0  # not a header block after all
        name = match.group(1).lower()
        if name in _MAIL_HEADERS:
            found.add(name)
    return len(found)


def _header(message: Message, name: str) -> str | None:
    """The header's decoded value, or ``None`` when it is absent or malformed."""
    try:
        value = message.get(name)
    except (ValueError, IndexError, TypeError):
        return None
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _sender(message: Message) -> tuple[str | None, str | None]:
    """The sender's display name and address (``From``, else ``Sender``)."""
    for name in ("From", "Sender"):
        try:
            header = message.get(name)
            addresses = getattr(header, "addresses", ())
        except (ValueError, IndexError, TypeError):
            continue
        for address in addresses:
            display = " ".join(address.display_name.split()) or None
            return display, address.addr_spec or None
    return None, None


def _published(message: Message) -> declkit.PartialDate | None:
    """The ``Date`` header as a :class:`declkit.PartialDate`, in the sender's own time zone."""
    try:
        header = message.get("Date")
        moment = getattr(header, "datetime", None)
    except (ValueError, IndexError, TypeError, OverflowError):
        return None
    if moment is None:
        return None
    return declkit.PartialDate(year=moment.year, month=moment.month, day=moment.day, hour=moment.hour, minute=moment.minute)


def _read_metadata(message: Message) -> declkit.Metadata:
    display, address = _sender(message)
    extra = {
        key: value
        for key, value in (
            ("message_id", _header(message, "Message-ID")),
            ("list_id", _header(message, "List-Id")),
            ("sender_address", address),
            ("recipients", _header(message, "To")),
        )
        if value is not None
    }
    language = _header(message, "Content-Language")
    subject = _header(message, "Subject")
    title = _REPLY_PREFIX.sub("", subject) if subject else None
    if subject is not None and title != subject:
        extra["subject"] = subject
    return declkit.Metadata(
        title=title or subject,
        publisher=display or address,
        published=_published(message),
        language=language.split(",")[0].strip() if language else None,
        extra=extra,
    )


def _decoded_text(part: MIMEPart) -> str:
    """The part's text; undeclared or unknown charsets fall back to UTF-8 with replacement."""
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, ValueError):
        payload = part.get_payload(decode=True)
        return payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    return content if isinstance(content, str) else ""


def _plain_blocks(text: str) -> tuple[list[declkit.Block], list[declkit.Block]]:
    """Split a plain-text body into content blocks and residue.

    Paragraphs are blank-line separated; a paragraph whose lines start with list
    markers becomes one ``list_item`` per marker. Everything after the signature
    separator, quoted replies and end-of-release marks (``###``, ``-ENDS-``) are
    residue.
    """
    blocks: list[declkit.Block] = []
    residue: list[declkit.Block] = []
    signature_at = _signature_start(text)
    for span in declkit.split_paragraphs(text):
        raw = text[span.start : span.end]
        if signature_at is not None and span.start >= signature_at:
            residue.append(declkit.Block(text=raw, span=span, kind="signature"))
            continue
        lines = [line.strip() for line in raw.split("\n")]
        if all(line.startswith(">") for line in lines if line):
            residue.append(declkit.Block(text=raw, span=span, kind="quoted"))
        elif _is_forwarding_header(lines):
            residue.append(declkit.Block(text=raw, span=span, kind="forwarded_headers"))
        elif raw.strip().lower() in _END_MARKS:
            residue.append(declkit.Block(text=raw, span=span, kind="chrome"))
        else:
            blocks.extend(_paragraph_blocks(text, span))
    return blocks, residue


def _is_forwarding_header(lines: list[str]) -> bool:
    """Whether a paragraph is the header block a mail client puts above a forwarded message.

    That is a line such as ``---------- Forwarded message ---------`` or ``Begin
    forwarded message:`` followed by ``From:``/``Date:``/``Subject:`` lines, or two or
    more such header lines on their own.
    """
    if lines and _FORWARD_MARK.fullmatch(lines[0]):
        lines = lines[1:]
        if not lines:
            return True
    headers = [line for line in lines if line.split(":", 1)[0].strip().lower() in _FORWARDED_HEADERS and ":" in line]
    return len(headers) >= 2 and len(headers) == len(lines)


def _signature_start(text: str) -> int | None:
    """Offset of the RFC 3676 signature separator line (``-- ``), if the body has one."""
    offset = 0
    for line in text.split("\n"):
        if line in ("-- ", "--"):
            return offset
        offset += len(line) + 1
    return None


def _paragraph_blocks(text: str, span: declkit.Span) -> Iterator[declkit.Block]:
    """One block for a paragraph, or a lead paragraph and one ``list_item`` per marked line."""
    groups: list[list[declkit.Span]] = []
    lead = True
    for line in declkit.split_lines(text, span.start, span.end):
        is_marked = _MARKER.match(text, line.start + _indent(text, line)) is not None
        if is_marked or not groups:
            groups.append([line])
            lead = lead and not is_marked
        else:
            groups[-1].append(line)
    for index, group in enumerate(groups):
        if index == 0 and lead:
            yield _lead_block(text, group, alone=len(groups) == 1)
        else:
            yield _list_item(text, group)


def _lead_block(text: str, lines: list[declkit.Span], *, alone: bool) -> declkit.Block:
    """A paragraph, or a heading when it is a lone short line without closing punctuation."""
    joined = " ".join(text[line.start : line.end].strip() for line in lines)
    span = declkit.Span(lines[0].start + _indent(text, lines[0]), lines[-1].end)
    heading = alone and len(lines) == 1 and len(joined) <= 120 and not joined.endswith(_CLOSING_PUNCTUATION)
    if heading:
        return declkit.Block(text=joined, span=span, kind="heading", level=2)
    return declkit.Block(text=joined, span=span, kind="paragraph")


def _list_item(text: str, lines: list[declkit.Span]) -> declkit.Block:
    """A list item: the marker kept apart, continuation lines joined to the first."""
    start = lines[0].start + _indent(text, lines[0])
    marker_match = _MARKER.match(text, start)
    marker = marker_match.group(0) if marker_match else None
    body_start = marker_match.end() if marker_match else start
    pieces = [text[body_start : lines[0].end].strip()] + [text[line.start : line.end].strip() for line in lines[1:]]
    return declkit.Block(
        text=" ".join(piece for piece in pieces if piece),
        span=declkit.Span(start, lines[-1].end),
        kind="list_item",
        marker=marker,
        level=1,
    )


def _indent(text: str, line: declkit.Span) -> int:
    body = text[line.start : line.end]
    return len(body) - len(body.lstrip())


def _html_blocks(markup: str, source: str) -> Iterator[tuple[str, int | None, str]]:
    """``(kind, level, text)`` for each block element of an HTML body, in document order."""
    root = declkit.html_tree(markup, source=source)
    # lxml hands out one proxy object per node while a reference to it is alive,
    # so a set of the elements taken so far identifies their nodes reliably.
    taken: set[object] = set()
    for element in root.iter(*_HTML_BLOCKS):
        ancestors = list(element.iterancestors())
        if any(ancestor in taken or ancestor.tag in _HTML_SKIP for ancestor in ancestors):
            continue
        text = " ".join(element.text_content().split())
        if not text:
            continue
        taken.add(element)
        tag = str(element.tag)
        if tag[0] == "h" and tag[1:].isdigit():
            yield "heading", int(tag[1:]), text
        elif tag == "li":
            yield "list_item", 1, text
        else:
            yield "paragraph", None, text


@declkit.hookimpl
def declkit_register_parsers(register: Callable[[declkit.Parser], None]) -> None:
    """Register the ``eml`` parser with declkit."""
    register(EmlParser())
