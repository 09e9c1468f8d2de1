from reconcile.extract.annotation import annotate
from reconcile.text import paragraphs, sentences

TEXT = ("Officials said 40 people were detained on 3 March. Sen. Cantú disagreed.\n\n"
        "“We have 18 months,” he said.")


def test_a_section_is_split_and_scanned_once_into_its_annotation():
    annotation = annotate(TEXT, 0, len(TEXT), "en")
    assert [TEXT[s:e] for s, e in annotation.paragraphs] == [
        "Officials said 40 people were detained on 3 March. Sen. Cantú disagreed.", "“We have 18 months,” he said."]
    assert [TEXT[s:e] for s, e in annotation.sentences] == [
        "Officials said 40 people were detained on 3 March.", "Sen. Cantú disagreed.", "“We have 18 months,” he said."]
    assert annotation.sentence_starts == (0, 51, 74)
    assert [TEXT[a:a + 2] for a in annotation.number_anchors] == ["40", "3 ", "18"]
    assert [TEXT[a:a + 5] for a in annotation.date_anchors] == ["40 pe", "3 Mar", "March", "18 mo"]


def test_the_annotation_reads_as_the_text_helpers_do():
    annotation = annotate(TEXT, 5, len(TEXT) - 3, "en")
    assert list(annotation.paragraphs) == paragraphs(TEXT, 5, len(TEXT) - 3)
    assert list(annotation.sentences) == sentences(TEXT, 5, len(TEXT) - 3, "en")


def test_sentence_at_finds_the_sentence_holding_an_offset():
    annotation = annotate(TEXT, 0, len(TEXT), "en")
    assert annotation.sentence_at(TEXT.index("Cantú")) == (51, 72)
    assert annotation.sentence_at(0) == (0, 50)
    assert annotate("   ", 0, 3, "en").sentence_at(1) == (0, 3)  # no sentence: the whole section


def test_sentences_run_together_without_a_space_are_still_two():
    # A page whose paragraphs were glued: the stop touches the next sentence's first word.
    text = ("Siguen desaparecidas 76 personas.La alcaldesa habló. Los datos de EE.UU.Los publicó infobae.com hoy. "
            "«Políticamente...Calderón no puede», dijo.")
    assert [text[s:e] for s, e in sentences(text, 0, len(text), "es")] == [
        "Siguen desaparecidas 76 personas.", "La alcaldesa habló.", "Los datos de EE.UU.Los publicó infobae.com hoy.",
        "«Políticamente...Calderón no puede», dijo."]
