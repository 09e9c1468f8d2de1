"""HTML pages as text with exact offsets: markup is blanked out, not removed.

Every tag, comment, script and style is replaced by spaces of the same length
(block-level tags by line breaks), so a claim's offsets index the HTML file
itself and its line and column are the file's. Elements whose tag, class or
id say they are navigation, footer, forms or reader comments become region
hints for the section splitter: this is where an HTML page knows more than
plain text does. (A text extractor such as trafilatura returns text whose
offsets no longer point into the file; blanking keeps provenance exact.)
"""
import functools
import html as html_entities
import re

from .lexicon import common

_TAG = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<![^>]*>|<\?.*?\?>|<(/?)([a-zA-Z][\w:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>", re.S)
_RAW_TEXT = {"script", "style", "noscript", "template", "svg", "iframe"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
         "track", "wbr"}
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table",
          "blockquote", "section", "article", "header", "footer", "nav", "aside", "main", "figure",
          "figcaption", "dd", "dt", "dl", "pre", "hr", "form", "title", "body", "head", "html", "address"}
_ATTRIBUTE = re.compile(r"""\b(class|id|role)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")


@functools.lru_cache(maxsize=None)
def _hints():
    data = common()["html_regions"]
    return {kind: re.compile(pattern, re.I) for kind, pattern in data.items()}


# The <meta> tags and elements a page states its own metadata in, first found wins.
_META_TAG = re.compile(r"<meta\b((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>", re.I)
_META_ATTRIBUTE = re.compile(r"""\b(property|name|itemprop|content)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_META_KEYS = {
    "published": ("article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date.issued",
                  "dc.date", "og:published_time", "sailthru.date", "parsely-pub-date"),
    "title": ("og:title", "twitter:title", "headline", "dc.title"),
    "publisher": ("og:site_name", "application-name", "dc.publisher"),
}
_ISO_DAY = re.compile(r"\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])")
_TITLE_ELEMENT = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_TIME_ELEMENT = re.compile(r"<time\b[^>]*\bdatetime\s*=\s*[\"']?(\d{4}-\d{2}-\d{2})", re.I)


def page_metadata(html):
    """The metadata an HTML page states of itself: publication date (as written, from
    `article:published_time`, `datePublished` and the like, else the first <time datetime>),
    title and publisher (`og:title`, `og:site_name`, else <title>). Keys it does not state
    are left out; a manifest or front matter says more and wins."""
    found = {}
    for tag in _META_TAG.finditer(html):
        attributes = {}
        for match in _META_ATTRIBUTE.finditer(tag.group(1)):
            value = next(v for v in match.groups()[1:] if v is not None)
            attributes[match.group(1).lower()] = value
        key, content = (attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or "").lower(), \
            (attributes.get("content") or "").strip()
        for field, names in _META_KEYS.items():
            if key in names and content and field not in found:
                found[field] = _decode_text(content)
    if "published" in found:
        day = _ISO_DAY.match(found["published"])
        if day:
            found["published"] = day.group()  # "2022-09-19T14:00:00-05:00": the day the page gives
        else:
            del found["published"]  # "Sept. 19": the manifest's form is a day, a month or a year
    if "published" not in found:
        time = _TIME_ELEMENT.search(html)
        if time:
            found["published"] = time.group(1)
    if "title" not in found:
        title = _TITLE_ELEMENT.search(html)
        if title and title.group(1).strip():
            found["title"] = _decode_text(" ".join(title.group(1).split()))
    return found


def _decode_text(text):
    """`text` with its character entities decoded ("&amp;" -> "&")."""
    return html_entities.unescape(text)


def looks_like_html(text):
    """True when a text is an HTML page rather than prose that mentions a tag."""
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or len(re.findall(r"</?(?:p|div|body|span|a)\b", head)) >= 3


def blank_markup(html):
    """(text, regions): the page with its markup blanked out to spaces, same length, and the
    (start, end, kind) regions of elements that are page chrome or reader comments."""
    out = list(html)
    regions, stack = [], []
    raw_until = raw_start = None
    for match in _TAG.finditer(html):
        start, end = match.span()
        closing, name = match.group(1), (match.group(2) or "").lower()
        if raw_until is not None:
            if not (closing and name == raw_until):
                continue
            _blank(out, raw_start, start, newline=False)
            raw_until = None
        _blank(out, start, end, newline=name in _BLOCK)
        if not name:
            continue
        if not closing and name in _RAW_TEXT:
            raw_until, raw_start = name, end
            continue
        if name in _VOID or (match.group(3) or "").rstrip().endswith("/"):
            continue
        if not closing:
            stack.append((name, start, _kind_of(name, match.group(3) or "")))
            continue
        if not any(opened == name for opened, _, _ in stack):
            continue  # a stray closing tag closes nothing
        while stack:
            opened, opened_at, kind = stack.pop()
            if kind:
                regions.append((opened_at, end, kind))
            if opened == name:
                break
    while stack:  # elements never closed run to the end of the page
        _, opened_at, kind = stack.pop()
        if kind:
            regions.append((opened_at, len(html), kind))
    if raw_until is not None:
        _blank(out, raw_start, len(html), newline=False)
    for match in _ENTITY.finditer(html):
        if out[match.start()] == "&":  # still text, not inside blanked markup
            _decode_entity(out, match)
    return "".join(out), tuple(sorted(regions))


def _decode_entity(out, match):
    """Replace an entity by its character and spaces, keeping the length: '&quot;' -> '"     '."""
    import html as html_module
    char = html_module.unescape(match.group())
    if len(char) != 1 or char == match.group():
        return
    char = " " if char in "\u00a0\u202f\u2009" else char
    out[match.start()] = char
    for i in range(match.start() + 1, match.end()):
        out[i] = " "


def _blank(out, start, end, *, newline):
    for i in range(start, end):
        if out[i] not in "\n":
            out[i] = " "
    if newline and end > start and out[start] != "\n":
        out[start] = "\n"
        if end - start > 1 and out[start + 1] != "\n":
            out[start + 1] = "\n"


def _kind_of(name, attributes):
    """'chrome', 'comment' or None for an element, from its tag and its class, id and role."""
    hints = _hints()
    if hints["chrome_tags"].fullmatch(name):
        return "chrome"
    values = " ".join(next(v for v in m.groups()[1:] if v is not None) for m in _ATTRIBUTE.finditer(attributes))
    if not values:
        return None
    if hints["comment"].search(values):
        return "comment"
    if hints["chrome"].search(values):
        return "chrome"
    return None
