"""Report -> CSV (one row per claim) and SQLite (the JSON report's records as tables):
for spreadsheets, Datasette and `sqlite3`."""
import csv
import io
import json
import sqlite3

from ..model import _plain_number

CSV_COLUMNS = ("claim_id", "group_id", "verdict", "document", "publisher", "section", "line", "column", "kind",
               "text", "value", "unit", "qualifier", "low", "high", "date", "quote", "speaker", "attribution",
               # Added after the first columns, so a reader by position keeps its columns.
               "fraction", "holder", "date_inferred")


def csv_rows(report):
    """The CSV's rows (dicts keyed by CSV_COLUMNS), one per claim, in report order."""
    group_of = {claim_id: group for group in report.groups for claim_id in group.claims}
    publishers = {d.id: d.publisher for d in report.documents}
    for claim in report.claims:
        group = group_of.get(claim.id)
        yield {"claim_id": claim.id, "group_id": group.id if group else None,
               "verdict": group.verdict if group else None, "document": claim.doc,
               "publisher": publishers.get(claim.doc), "section": claim.section, "line": claim.line,
               "column": claim.column, "kind": claim.kind, "text": claim.text,
               "value": _plain_number(claim.value), "unit": claim.unit, "qualifier": claim.qualifier,
               "low": _plain_number(claim.low), "high": _plain_number(claim.high), "date": claim.date,
               "quote": claim.quote, "speaker": claim.speaker, "attribution": claim.attribution,
               "fraction": claim.fraction, "holder": claim.holder, "date_inferred": claim.date_inferred}


def render_csv(report):
    """claims.csv: UTF-8, a header, RFC 4180 quoting and CRLF line ends."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writeheader()
    for row in csv_rows(report):
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return buffer.getvalue()


# Column names are the JSON report's; "start", "end" and "column" are quoted, being SQL words.
SCHEMA = """
CREATE TABLE documents (id TEXT PRIMARY KEY, path TEXT NOT NULL, publisher TEXT, title TEXT, published TEXT,
  url TEXT, language TEXT, republishes TEXT, author TEXT, encoding TEXT, format TEXT, claims INTEGER NOT NULL,
  origin TEXT, lineage TEXT);
CREATE TABLE claims (id TEXT PRIMARY KEY, doc TEXT NOT NULL REFERENCES documents(id), path TEXT NOT NULL,
  kind TEXT NOT NULL, text TEXT NOT NULL, "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, line INTEGER NOT NULL,
  "column" INTEGER NOT NULL, section TEXT NOT NULL, language TEXT, sentence TEXT, subject TEXT, attribution TEXT,
  comment_author TEXT, value REAL, unit TEXT, qualifier TEXT, low REAL, high REAL, date TEXT, relative INTEGER,
  date_inferred TEXT, quote TEXT, speaker TEXT, speaker_explicit INTEGER, fraction TEXT, holder TEXT);
CREATE TABLE groups (id TEXT PRIMARY KEY, rule TEXT, title TEXT NOT NULL, kind TEXT NOT NULL,
  verdict TEXT NOT NULL, differences TEXT NOT NULL, reason TEXT, evidence TEXT NOT NULL, origins TEXT NOT NULL,
  chains TEXT NOT NULL);
CREATE TABLE group_claims (group_id TEXT NOT NULL REFERENCES groups(id), claim_id TEXT NOT NULL
  REFERENCES claims(id), PRIMARY KEY (group_id, claim_id));
CREATE TABLE skipped (path TEXT PRIMARY KEY, reason TEXT NOT NULL);
CREATE INDEX claims_doc ON claims(doc);
CREATE INDEX claims_kind ON claims(kind);
CREATE INDEX groups_verdict ON groups(verdict);
CREATE INDEX group_claims_claim ON group_claims(claim_id);
"""

CLAIM_COLUMNS = ("id", "doc", "path", "kind", "text", "start", "end", "line", "column", "section", "language",
                 "sentence", "subject", "attribution", "comment_author", "value", "unit", "qualifier", "low",
                 "high", "date", "relative", "date_inferred", "quote", "speaker", "speaker_explicit", "fraction",
                 "holder")


def fill_sqlite(report, path):
    """Write the report's records into a new SQLite database at `path` (which must not exist)."""
    from .json_report import json_documents
    connection = sqlite3.connect(path)
    try:
        with connection:
            connection.executescript(SCHEMA)
            connection.executemany(
                "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                ((d["id"], d["path"], d["publisher"], d["title"], d["published"], d["url"], d["language"],
                  d["republishes"], d["author"], d["encoding"], d["format"], d["claims"],
                  (d["lineage"] or {}).get("origin"), _json(d["lineage"])) for d in json_documents(report)))
            quoted = ", ".join(f'"{c}"' for c in CLAIM_COLUMNS)
            connection.executemany(
                f"INSERT INTO claims ({quoted}) VALUES ({', '.join('?' * len(CLAIM_COLUMNS))})",
                (tuple(_sql(c.to_json().get(name, getattr(c, name, None))) for name in CLAIM_COLUMNS)
                 for c in report.claims))
            connection.executemany(
                "INSERT INTO groups VALUES (?,?,?,?,?,?,?,?,?,?)",
                ((g["id"], g["rule"], g["title"], g["kind"], g["verdict"], _json(g["differences"]), g["reason"],
                  _json(g["evidence"]), _json(g["origins"]), _json(g["chains"]))
                 for g in (group.to_json() for group in report.groups)))
            connection.executemany("INSERT INTO group_claims VALUES (?,?)",
                                   ((g.id, c) for g in report.groups for c in g.claims))
            connection.executemany("INSERT INTO skipped VALUES (?,?)", ((s.path, s.reason) for s in report.skipped))
    finally:
        connection.close()


def _json(value):
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _sql(value):
    return int(value) if isinstance(value, bool) else value
