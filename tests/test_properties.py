"""Property tests: whatever text or YAML arrives, reconcile neither crashes nor loses
track of where a claim came from. Run longer with --hypothesis-profile=fuzz."""
import json

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconcile import claims_in_text
from reconcile.corpus import decode
from reconcile.errors import RuleError
from reconcile.extract import claims_in_document
from reconcile.html import blank_markup
from reconcile.model import Document
from reconcile.rules import load_rules
from reconcile.sections import split_sections

# Text that looks like news often enough to reach every extractor: digits, separators,
# quote marks of every kind, month and number words, accents, line breaks, and anything else.
NEWSY = st.one_of(
    st.sampled_from(["30,000", "2%", "más de", "more than", "“", "”", '"', "«", "»", "‘", "’", "'", "\n\n",
                     "  1. ", "said", "dijo", "January", "enero", "de 2009", "mil 500", "five million", "$",
                     "Gutiérrez", "the official", "he added", ":", ".", ",", " ", "-", "|", "<p>", "&amp;"]),
    st.text(min_size=1, max_size=8),
)
ARTICLES = st.lists(NEWSY, max_size=60).map("".join)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLES, st.sampled_from(["en", "es"]))
def test_every_claim_slices_back_to_its_text(text, language):
    for claim in claims_in_text(text, language=language):
        assert text[claim.start:claim.end] == claim.text
        assert claim.kind in ("quantity", "date", "quote")
        line_start = text.rfind("\n", 0, claim.start) + 1
        assert (claim.line, claim.column) == (text.count("\n", 0, claim.start) + 1, claim.start - line_start + 1)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLES)
def test_sections_cover_any_page(text):
    document = Document(id="d", path="d.txt", text=text)
    sections = split_sections(document)
    assert sections[0].start == 0 and sections[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(sections, sections[1:]))
    for claim in claims_in_document(document, sections):
        assert text[claim.start:claim.end] == claim.text


@given(st.binary(max_size=300))
def test_any_bytes_decode_or_are_refused(raw):
    result = decode(raw)
    assert result is None or isinstance(result[0], str)


@given(ARTICLES)
def test_blanking_markup_keeps_every_offset(html):
    text, regions = blank_markup(html)
    assert len(text) == len(html)
    assert all(0 <= start <= end <= len(html) for start, end, _ in regions)


YAML_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["id", "title", "kind", "unit", "all_of", "any_of", "none_of", "threshold",
                         "tolerance", "anchors", "speaker", "sum_of", "rules", "absolute", "relative", "x"]),
        inner, max_size=6),
    max_leaves=20)


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.one_of(YAML_VALUES.map(lambda v: yaml.safe_dump({"rules": [v]})),
                 YAML_VALUES.map(yaml.safe_dump), st.text(max_size=200)))
def test_any_yaml_loads_or_fails_with_file_and_line(tmp_path_factory, text):
    folder = tmp_path_factory.mktemp("rules")
    (folder / "r.yaml").write_text(text, encoding="utf-8")
    try:
        rules = load_rules(str(folder))
    except RuleError as error:
        assert error.problems and all(p.startswith(f"{folder}/r.yaml:") for p in error.problems)
    else:
        assert all(rule.id for rule in rules)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: st.lists(children) | st.dictionaries(st.text(), children), max_leaves=30)


@given(JSON_VALUES)
def test_the_report_json_writer_matches_json_dumps(value):
    from reconcile.report.json_report import _indented
    assert "".join(_indented(value, 0)) == json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False)
