"""Building a gold set's YAML files from a hand-written spec: what every set's
`make_gold.py` shares (tests/heldout2, tests/dev/*, tests/real/*).

A spec lists, per document, its claims and not-claims, each located by an anchor: a
context string that occurs once in the file's text and holds the claim's words, so
offsets are computed, never typed. Ids are given per kind in document order; groups
name their claims by a local key. A set's script keeps only its spec and the few ways
its files differ (the quote marks its texts use, HTML files, reader comments).
"""
import html
import json
import re

import yaml


def C(kind, text, anchor=None, key=None, **fields):
    """A claim of `kind` whose words are `text`, found inside `anchor` (default: the words)."""
    return {"_c": True, "kind": kind, "text": text, "anchor": anchor, "key": key, **fields}


def Q(text, anchor=None, key=None, **f):
    return C("quantity", text, anchor, key, **f)


def D(text, anchor=None, key=None, **f):
    return C("date", text, anchor, key, **f)


def T(text, anchor=None, key=None, **f):
    return C("quote", text, anchor, key, **f)


def TS(prefix, anchor=None, key=None, end="mark", **f):
    """Quote given by its opening mark and first words; the span runs to the matching
    closing mark (end="mark"), to the end of the line (end="eol") or of the file (end="eof")."""
    return C("quote", None, anchor, key, _prefix=prefix, _end=end, **f)


def N(text, anchor=None, reason="other", note=None):
    """A span that looks like a claim and is not one, with the reason."""
    return {"_c": False, "text": text, "anchor": anchor, "reason": reason, "note": note}


def R(text, anchor=None, key=None, **f):
    """Relative date."""
    return C("date", text, anchor, key, date=None, relative=True, **f)


class Groups(list):
    """A set's gold groups, added one by one as (kind, verdict, members, note): each member a
    (document, key) pair, a longer tuple cut to its first two."""

    def add(self, kind, verdict, members, note):
        self.append((kind, verdict, [(m[0], m[1]) for m in members], note))


class Marks:
    """The quote marks a set's texts use: opening and closing marks, tried in order, and
    the closing mark of each opening one (for quotes given by their first words, TS)."""

    def __init__(self, opening, closing, pairs=None):
        self.opening, self.closing, self.pairs = opening, closing, pairs or {}

    def quote_words(self, span, is_html=False):
        """The words of a quote span without its marks, spacing or final comma or period."""
        s = span
        for m in self.opening:
            if s.startswith(m):
                s = s[len(m):]
                break
        for m in self.closing:
            if s.endswith(m):
                s = s[: -len(m)]
                break
        if is_html:
            s = html.unescape(s)
        s = re.sub(r"\s+", " ", s).strip()
        if s.endswith(",") or s.endswith("."):
            s = s[:-1]
        return s


def html_markup_not_claims(text):
    """Not-claims for an HTML file's script elements and for its tags holding digits or quote marks."""
    out = []
    covered = []
    for m in re.finditer(r"<script\b.*?</script>", text, flags=re.S):
        out.append({"text": m.group(0), "start": m.start(), "end": m.end(), "reason": "chrome",
                    "note": "HTML script element"})
        covered.append((m.start(), m.end()))
    for m in re.finditer(r"<[^>]*>", text):
        if any(a <= m.start() < b for a, b in covered):
            continue
        if re.search(r'[0-9"“”‘«»]', m.group(0)):
            out.append({"text": m.group(0), "start": m.start(), "end": m.end(), "reason": "chrome",
                        "note": "HTML markup"})
    return out


def locate(text, item, doc, marks):
    """(start, end) of a spec item in `text`; exits naming the document when its anchor is
    missing or not unique."""
    needle = item["text"] if item["text"] is not None else item["_prefix"]
    anchor = item["anchor"]
    if anchor is None:
        anchor = needle
    n = text.count(anchor)
    if n != 1:
        raise SystemExit(f"{doc}: anchor {anchor!r} occurs {n} times")
    i = text.index(anchor)
    j = anchor.find(needle)
    if j < 0:
        raise SystemExit(f"{doc}: {needle!r} not in anchor {anchor!r}")
    start = i + j
    if item["text"] is not None:
        return start, start + len(needle)
    # TS: extend to the closing mark / end of line / end of file
    close = marks.pairs[needle[0]]
    how = item["_end"]
    if how == "mark":
        k = start + 1
        while True:
            k = text.find(close, k)
            if k < 0:
                raise SystemExit(f"{doc}: no closing mark for {needle!r}")
            nxt = text[k + 1:k + 2]
            if close in ("’", "'") and nxt.isalpha():
                k += 1
                continue
            break
        end = k + 1
    elif how == "eol":
        k = text.find("\n", start)
        end = len(text) if k < 0 else k
    else:
        end = len(text)
    while text[end - 1].isspace():
        end -= 1
    return start, end


PLAIN_KEYS = {"id", "kind", "section", "language", "unit", "qualifier", "reason"}


def dump_value(v, key=None):
    """A value as the gold files write it: plain words bare, the rest as JSON."""
    if key in PLAIN_KEYS and isinstance(v, str) and re.fullmatch(r"[A-Za-z0-9_-]+", v):
        return v
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    return json.dumps(v, ensure_ascii=False)


ORDER = {
    "quantity": ["id", "kind", "text", "start", "end", "section", "language", "value", "unit", "qualifier", "subject",
                 "note"],
    "date": ["id", "kind", "text", "start", "end", "section", "language", "date", "relative", "note"],
    "quote": ["id", "kind", "text", "start", "end", "section", "language", "quote", "speaker", "attribution", "note"],
}


def build(here, docs, groups, marks, *, empty_not_claims="not_claims:"):
    """Write gold/<doc>.yaml for each document of `docs` and gold/groups.yaml under the set
    folder `here`, whose texts are corpus/<doc>.<ext> (ext "txt" unless the spec says; an
    HTML file's markup is a not-claim; a spec's `comments_from` marks where reader comments
    start). `empty_not_claims` is the line a document without not-claims gets."""
    corpus, gold = here / "corpus", here / "gold"
    gold.mkdir(exist_ok=True)
    keymap = {}
    for doc, spec in docs.items():
        ext = spec.get("ext", "txt")
        text = (corpus / f"{doc}.{ext}").read_bytes().decode("utf-8")
        prefix = doc.split("_")[0]
        comments_from = text.index(spec["comments_from"]) if spec.get("comments_from") else len(text)
        claims, not_claims = [], []
        for it in spec["items"]:
            start, end = locate(text, it, doc, marks)
            if it["_c"]:
                c = {k: v for k, v in it.items() if k not in ("_c", "anchor", "key", "_prefix", "_end")}
                c["text"] = text[start:end]
                c["start"], c["end"] = start, end
                c["section"] = "comment" if start >= comments_from else "body"
                c.setdefault("language", spec["language"])
                c["_key"] = it["key"]
                if c["kind"] == "quote":
                    c.setdefault("quote", marks.quote_words(c["text"], ext == "html"))
                claims.append(c)
            else:
                nc = {"text": it["text"], "start": start, "end": end, "reason": it["reason"]}
                if it["note"]:
                    nc["note"] = it["note"]
                not_claims.append(nc)
        if ext == "html":
            not_claims.extend(html_markup_not_claims(text))
        not_claims.sort(key=lambda n: (n["start"], n["end"]))
        counters = {}
        letters = {"quantity": "q", "date": "d", "quote": "t"}
        for c in sorted(claims, key=lambda c: c["start"]):
            letter = letters[c["kind"]]
            counters[letter] = counters.get(letter, 0) + 1
            c["id"] = f"{prefix}-{letter}{counters[letter]:02d}"
            if c["_key"]:
                k = (prefix, c["_key"])
                if k in keymap:
                    raise SystemExit(f"duplicate key {k}")
                keymap[k] = c["id"]
        claims.sort(key=lambda c: (c["start"], c["end"]))
        lines = [f"document: {doc}", "claims:"]
        for c in claims:
            first = True
            for k in ORDER[c["kind"]]:
                if k not in c:
                    continue
                if k == "note" and not c[k]:
                    continue
                lines.append(("- " if first else "  ") + f"{k}: {dump_value(c[k], k)}")
                first = False
        lines.append("not_claims:" if not_claims else empty_not_claims)
        for n in not_claims:
            lines.append(f"- text: {dump_value(n['text'])}")
            for k in ("start", "end", "reason", "note"):
                if k in n:
                    lines.append(f"  {k}: {dump_value(n[k], k)}")
        out = "\n".join(lines) + "\n"
        # round-trip check
        loaded = yaml.safe_load(out)
        for c, lc in zip(claims, loaded["claims"]):
            assert lc["text"] == c["text"] and lc["id"] == c["id"], (doc, c["id"])
        (gold / f"{doc}.yaml").write_text(out, encoding="utf-8")

    glines = ["groups:"]
    for i, (kind, verdict, members, note) in enumerate(groups, 1):
        glines.append(f"- id: g{i:02d}")
        glines.append(f"  kind: {kind}")
        glines.append(f"  verdict: {verdict}")
        glines.append("  claims:")
        for prefix, key in members:
            if (prefix, key) not in keymap:
                raise SystemExit(f"group g{i:02d}: unknown key {prefix}:{key}")
            glines.append(f"  - {keymap[(prefix, key)]}")
        glines.append(f"  note: {dump_value(note)}")
    (gold / "groups.yaml").write_text("\n".join(glines) + "\n", encoding="utf-8")
    used = {(p, k) for _, _, ms, _ in groups for p, k in ms}
    unused = sorted(set(keymap) - used)
    if unused:
        print("keys not in any group:", unused)


# The `search` tool's header line ahead of an excerpt's text: " date 2018-08-28 " (not page text).
_DATE_HEADER = re.compile(r"^ date \d{4}-\d{2}(-\d{2})? ")


def write_excerpts(raw, out):
    """Write each excerpt of `raw` ({file stem: the JSON string literal the search tool
    returned}) decoded, less the tool's date header, as `out`/<stem>.txt in UTF-8, and print
    what was written: the copies every real set's write_corpus.py makes."""
    out.mkdir(exist_ok=True)
    for stem, literal in raw.items():
        text = json.loads(literal)
        header = _DATE_HEADER.match(text)
        if header:
            text = text[header.end():].lstrip("\n")
        (out / f"{stem}.txt").write_bytes(text.encode("utf-8"))
        print(stem, "date header " + header.group(0).strip() if header else "-", len(text), len(text.encode("utf-8")))

