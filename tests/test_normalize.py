import attrs
import pytest

from reconcile.model import Claim, Document
from reconcile.normalize import canonical_speakers, infer_years


def _quote(number, speaker):
    return Claim(id=f"q{number}", doc=f"d{number}", path="d", kind="quote", text="“x”", start=0, end=3, line=1,
                 column=1, section="body", language="es", sentence="", quote="x", speaker=speaker)


@pytest.mark.parametrize("names,expected", [
    (["Ana López Ruiz", "López", "Ana López", "Ana Lopez"], ["Ana López Ruiz"] * 4),
    (["Ana López", "Carlos López", "López"], ["Ana López", "Carlos López", "López"]),
    (["Clinton", "Hillary Clinton"], ["Hillary Clinton", "Hillary Clinton"]),
    (["Gerónimo Gutiérrez", "Geronimo Gutierrez", "Gutierrez"], ["Gerónimo Gutiérrez"] * 3),
    # Two outlets on Hurricane Otis: "el presidente Manuel López Obrador" and "López Obrador dijo".
    (["Andrés Manuel López Obrador", "Manuel López Obrador", "López Obrador", "Andrés Manuel López Obrador"],
     ["Andrés Manuel López Obrador"] * 4),
    # Unseen pages on the Turkey earthquake and the Key Bridge: an outlet's slip of one letter.
    (["Recep Tayyip Erdogan", "Recep Tayyip Erdogan", "Edogan"], ["Recep Tayyip Erdogan"] * 3),
    (["Roland Butler", "Roland Butler", "Roland Bulter"], ["Roland Butler"] * 3),
    (["Yoon Suk-yeol", "Yoon Suk Yeol", "Yoon Suk Yeol"], ["Yoon Suk Yeol"] * 3),
    # Short surnames one letter apart are often two families.
    (["Ana Lopez", "Ana Lopez", "Ana Lopes"], ["Ana Lopez", "Ana Lopez", "Ana Lopes"]),
], ids=["second-surname", "two-people-one-surname", "surname", "accents", "without-first-names",
        "misspelt-surname", "misspelt-full-name", "hyphenated-given-name", "short-surnames-stay-apart"])
def test_one_name_per_person_when_the_corpus_supports_it(names, expected):
    claims = canonical_speakers([_quote(i, name) for i, name in enumerate(names)])
    assert [c.speaker for c in claims] == expected


@pytest.mark.parametrize("date,published,inferred", [
    ("--03-03", "2015-09-10", "2015-03-03"),
    ("--12-28", "2022-01-03", "2021-12-28"),   # written in January about late December
    ("--05", "2021-05-04", "2021-05"),
    ("--03-03", None, None),                    # no publication date: nothing inferred
    ("2014-05-12", "2015-01-01", None),         # a year given is kept as given
], ids=["same-year", "year-before", "month", "no-date", "full-date"])
def test_year_less_dates_take_the_year_of_publication(date, published, inferred):
    claim = Claim(id="d", doc="d", path="d", kind="date", text="x", start=0, end=1, line=1, column=1,
                  section="body", language="en", sentence="", date=date)
    found = infer_years([claim], [Document(id="d", path="d", text="", published=published)])[0]
    assert (found.date, found.date_inferred) == (date, inferred)


@pytest.mark.parametrize("language,text,published,inferred", [
    ("en", "yesterday", "2017-09-21", "2017-09-20"),
    ("en", "Last night", "2018-01-01", "2017-12-31"),
    ("es", "anoche", "2017-09-21", "2017-09-20"),
    ("es", "esta jornada", "2017-09-21", "2017-09-21"),
    ("en", "yesterday", None, None),              # no publication date in the metadata: left relative
    # A weekday: the latest such day on or before the publication (2017-09-21 is a Thursday);
    # "last", the one before it; "next" / "próximo", the one after it.
    ("en", "on Tuesday", "2017-09-21", "2017-09-19"),
    ("en", "on Thursday", "2017-09-21", "2017-09-21"),
    ("en", "last Thursday", "2017-09-21", "2017-09-14"),
    ("es", "el próximo lunes", "2017-09-21", "2017-09-25"),
    ("es", "el martes pasado", "2017-09-21", "2017-09-19"),
], ids=["yesterday", "last-night-across-a-year", "anoche", "esta-jornada", "no-publication-date", "weekday",
        "the-day-itself", "last-weekday", "proximo-lunes", "martes-pasado"])
def test_relative_days_take_their_day_from_the_publication_date(language, text, published, inferred):
    from reconcile import claims_in_text
    claim = next(c for c in claims_in_text(f"Rescuers worked {text} in the rubble.", language=language)
                 if c.kind == "date")
    found = infer_years([claim], [Document(id=claim.doc, path="d", text="", published=published)])[0]
    assert (found.date, found.relative, found.date_inferred) == (None, True, inferred)


def test_a_readers_relative_day_is_not_the_articles():
    # A comment is written after the article: its "yesterday" is not the day before publication.
    from reconcile import claims_in_text
    claim = next(c for c in claims_in_text("I saw it yesterday.", language="en") if c.kind == "date")
    comment = attrs.evolve(claim, section="comment")
    found = infer_years([comment], [Document(id=claim.doc, path="d", text="", published="2017-09-21")])[0]
    assert found.date_inferred is None
