"""The formats `run --format` adds: CSV, SQLite and ClaimReview, checked against the JSON report."""
import csv
import io
import json
import sqlite3

import jsonschema
import pytest

from reconcile import render_json
from reconcile.cli import main
from reconcile.report import render_claimreview, render_csv, write_reports
from reconcile.report.tables import CSV_COLUMNS

from conftest import CONTRADICTIONS, RULES

# What schema.org's ClaimReview and Google's Fact Check markup need of each object: the
# claim summarised, the Claim with where it appeared and first appeared, a rating named
# in words, who reviewed it and when.
CLAIM_REVIEW_SCHEMA = {
    "type": "object",
    "required": ["@context", "@type", "claimReviewed", "itemReviewed", "reviewRating", "author", "datePublished"],
    "properties": {
        "@context": {"const": "https://schema.org"},
        "@type": {"const": "ClaimReview"},
        "claimReviewed": {"type": "string", "minLength": 1},
        "datePublished": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        "author": {"type": "object", "required": ["@type", "name"],
                   "properties": {"@type": {"enum": ["Organization", "Person"]}, "name": {"type": "string", "minLength": 1}}},
        "reviewRating": {"type": "object", "required": ["@type", "alternateName"],
                         "properties": {"@type": {"const": "Rating"}, "alternateName": {"type": "string", "minLength": 1}}},
        "itemReviewed": {
            "type": "object", "required": ["@type", "appearance", "firstAppearance"],
            "properties": {
                "@type": {"const": "Claim"},
                "appearance": {"type": "array", "minItems": 2, "items": {"$ref": "#/$defs/work"}},
                "firstAppearance": {"$ref": "#/$defs/work"},
            },
        },
    },
    "$defs": {"work": {"type": "object", "required": ["@type"], "anyOf": [{"required": ["url"]}, {"required": ["name"]}],
                       "properties": {"@type": {"const": "CreativeWork"}, "url": {"type": "string", "format": "uri"}}}},
}


def test_csv_round_trips_every_claim(seed_report):
    text = render_csv(seed_report)
    assert text.startswith(",".join(CSV_COLUMNS) + "\r\n")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [r["claim_id"] for r in rows] == [c.id for c in seed_report.claims]
    data = {c["id"]: c for c in json.loads(render_json(seed_report))["claims"]}
    for row in rows:
        claim = data[row["claim_id"]]
        assert (row["document"], int(row["line"]), int(row["column"]), row["text"]) == (
            claim["doc"], claim["line"], claim["column"], claim["text"])
        assert row["quote"] == (claim.get("quote") or "")
        if claim["kind"] == "quantity":
            assert float(row["value"]) == claim["value"]
    multi_line = [r for r in rows if "\n" in r["text"] or '"' in r["text"] or "," in r["text"]]
    assert multi_line  # quoting is exercised, not assumed


def test_sqlite_claims_and_groups_equal_the_json_report(seed_report, tmp_path):
    write_reports(seed_report, str(tmp_path), ["sqlite"])
    data = json.loads(render_json(seed_report))
    connection = sqlite3.connect(tmp_path / "claims.sqlite")
    connection.row_factory = sqlite3.Row
    claims = {row["id"]: dict(row) for row in connection.execute("SELECT * FROM claims")}
    assert sorted(claims) == sorted(c["id"] for c in data["claims"])
    for claim in data["claims"]:
        row = claims[claim["id"]]
        for key, value in claim.items():
            assert (row[key] if key not in ("relative", "speaker_explicit") else bool(row[key])) == value, (claim["id"], key)
    groups = {row["id"]: dict(row) for row in connection.execute("SELECT * FROM groups")}
    assert sorted(groups) == sorted(g["id"] for g in data["groups"])
    members = {}
    for group_id, claim_id in connection.execute("SELECT group_id, claim_id FROM group_claims"):
        members.setdefault(group_id, []).append(claim_id)
    for group in data["groups"]:
        row = groups[group["id"]]
        assert (row["verdict"], row["title"], json.loads(row["origins"]), json.loads(row["differences"])) == (
            group["verdict"], group["title"], group["origins"], group["differences"])
        assert sorted(members[group["id"]]) == sorted(group["claims"])
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    indexes = {row[1] for row in connection.execute("SELECT * FROM sqlite_master WHERE type = 'index'")}
    assert {"claims_doc", "group_claims_claim", "groups_verdict"} <= indexes


def test_every_claimreview_validates(seed_report):
    reviews = json.loads(render_claimreview(seed_report, publisher="Desk", date_published="2026-11-30"))
    assert len(reviews) == sum(1 for g in seed_report.groups if len(g.documents) > 1) == 4
    for review in reviews:
        jsonschema.validate(review, CLAIM_REVIEW_SCHEMA, format_checker=jsonschema.FormatChecker())
    juarez = next(r for r in reviews if r["identifier"] == "juarez-charged-share")
    assert juarez["reviewRating"]["alternateName"] == "Sources agree"
    assert juarez["itemReviewed"]["firstAppearance"]["url"].startswith("https://americanthinker.com/")


def test_run_writes_the_four_formats(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["run", CONTRADICTIONS, "--rules", RULES, "--out", str(out), "--jobs", "1", "--no-cache",
                 "--format", "html", "--format", "csv", "--format", "claimreview", "--format", "sqlite",
                 "--publisher", "Desk"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["claimreview.jsonld", "claims.csv", "claims.sqlite",
                                                      "report.html", "report.json", "report.md"]


def test_unknown_format_is_a_usage_error_listing_the_known_ones(capsys):
    with pytest.raises(SystemExit) as error:
        main(["run", "--format", "pdf"])
    assert error.value.code == 2
    err = capsys.readouterr().err
    assert "argument --format: invalid choice: 'pdf'" in err
    assert all(name in err.split("choose from", 1)[1] for name in ("claimreview", "csv", "html", "json", "md", "sqlite"))


def test_claimreview_needs_a_publisher(capsys):
    assert main(["run", CONTRADICTIONS, "--format", "claimreview"]) == 2
    assert capsys.readouterr().err == ("reconcile run: error: --format claimreview needs --publisher NAME "
                                       "(the organisation that reviews the claims)\n")


def test_the_tables_carry_an_ages_holder_a_fraction_and_an_inferred_day(tmp_path):
    from reconcile import build_report
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.md").write_text("---\npublished: 2023-06-22\n---\nThe victims included Gary Cohen, 58, of Miami. "
                                 "Two-thirds of the tower collapsed on Tuesday.\n", encoding="utf-8")
    report = build_report([str(folder)], rules=None, jobs=1)
    rows = {r["text"]: r for r in csv.DictReader(io.StringIO(render_csv(report), newline=""))}
    assert rows["58"]["holder"] == "Gary Cohen" and rows["Two-thirds"]["fraction"] == "2/3"
    assert rows["on Tuesday"]["date_inferred"] == "2023-06-20"
    write_reports(report, str(tmp_path / "out"), ["sqlite"])
    connection = sqlite3.connect(tmp_path / "out" / "claims.sqlite")
    assert connection.execute("SELECT holder FROM claims WHERE text = '58'").fetchone() == ("Gary Cohen",)
