from reconcile.model import Document
from reconcile.sections import comment_author, detect_language, split_sections

from conftest import seed


def sections_of(name, text=None):
    text = text if text is not None else seed(name)
    return text, split_sections(Document(id=name, path=name, text=text))


def test_sections_cover_the_whole_text_in_order():
    text, sections = sections_of("001")
    assert sections[0].start == 0 and sections[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(sections, sections[1:]))


def test_reader_comments_are_numbered_and_keep_their_author():
    text, sections = sections_of("000")
    comments = [s for s in sections if s.kind == "comment"]
    assert [(s.index, s.author) for s in comments] == [(1, "joe"), (2, "David762")]
    assert text[comments[0].start:comments[0].end].strip().startswith("Gerald Celente")


def test_article_body_ends_where_comments_begin():
    text, sections = sections_of("000")
    body = "".join(text[s.start:s.end] for s in sections if s.kind == "body")
    assert "cross-border relations." in body
    assert "Gerald Celente" not in body


def test_spanish_comment_on_english_page_is_spanish():
    text, sections = sections_of("001")
    languages = {s.index: s.language for s in sections if s.kind == "comment"}
    assert languages[10] == "es"
    assert languages[1] == "en"
    assert {s.language for s in sections if s.kind == "body"} == {"en"}


def test_page_chrome_is_its_own_section():
    text, sections = sections_of("004")
    chrome = " ".join(text[s.start:s.end] for s in sections if s.kind == "chrome")
    for furniture in ("Skip to content", "4 Comments leave one", "Leave a Reply",
                      "You are commenting using your Facebook account", "%d bloggers like this",
                      "February 26, 2013 02:12"):
        assert furniture in chrome
    body = " ".join(text[s.start:s.end] for s in sections if s.kind != "chrome")
    assert "Leave a Reply" not in body and "02:12" not in body


def test_a_numeric_date_line_is_chrome_not_a_time_and_a_year():
    # "14.02.2012" was read as the time 14.02 and a stray year: the page's own date line stood
    # in the article body as a date claim. A date in a sentence stays in the body.
    from reconcile.sections import is_dateline
    assert is_dateline("14.02.2012  |  Última actualización: 23:15 hrs") and is_dateline("27.03.2024")
    assert not is_dateline("El sismo fue el 19.09.2017 a las 13:14") and not is_dateline("23:15 hrs")
    text, sections = sections_of("zapata", "Caso Zapata\n\n14.02.2012  |  Última actualización: 23:15 hrs\n\n"
                                           "El agente fue asesinado el 15 de febrero de 2011.")
    assert [text[s.start:s.end].strip() for s in sections if s.kind == "chrome"] == [
        "14.02.2012  |  Última actualización: 23:15 hrs"]


def test_pingback_after_comments_is_chrome():
    text, sections = sections_of("004")
    last_comment = [s for s in sections if s.kind == "comment"][-1]
    assert "CIA" not in text[last_comment.start:last_comment.end]


def test_a_plain_article_has_no_comments():
    text = "Title\n\nThe ministry said on Monday that 40 officers were arrested.\n\nIt gave no names.\n"
    _, sections = sections_of("x", text)
    assert [s.kind for s in sections] == ["body"]


def test_comment_authors():
    assert comment_author("joe on") == "joe"
    assert comment_author("Anonymous said...") == "Anonymous"
    assert comment_author("so from this it dosen't seem like the USA is the big bad wolf") is None


def test_detect_language():
    assert detect_language("The agents were among the best trained in the fight against the cartels") == "en"
    assert detect_language("Los agentes mexicanos eran de los mejor entrenados para la lucha contra las drogas") == "es"
    assert detect_language("OK") is None


def test_an_archive_banner_is_chrome():
    # The Guardian's banner on an old article: its "4 years" is no claim of the story.
    text = "Quake kills dozens in Italy\n\nThis article is more than 4 years old\n\nDozens died in Amatrice.\n"
    _, sections = sections_of("x", text)
    chrome = [text[s.start:s.end].strip() for s in sections if s.kind == "chrome"]
    assert chrome == ["This article is more than 4 years old"]
