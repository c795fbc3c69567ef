"""placeholder"""
from __future__ import annotations
import declkit
def looks_like_html(prefix: bytes) -> bool:
    head = prefix[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in head[:1024] or b"<head" in head[:1024] or b"<body" in head[:1024]
def extract_html(source: declkit.Source) -> declkit.Layout:
    raise NotImplementedError
