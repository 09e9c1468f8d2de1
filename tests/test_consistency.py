"""Totals checked against their parts, from rules and from "of whom" sentences."""
from reconcile import build_report
from reconcile.consistency import ACROSS


def test_rule_total_and_part_sentence_hold_in_the_builtin_corpus(seed_report):
    assert [(c.kind, c.scope, c.group, c.holds, c.note) for c in seed_report.checks] == [
        ("part_of", "borderlandbeat-bbc", "dea-liaisons-killed", True, "parts 7 officials, within the total 10 officials"),
        ("sum_of", "borderlandbeat-bbc", "officials-killed-total", True,
         "10 officials (dea-liaisons-killed) + 51 officials (fbi-contacts-killed) = 61, consistent with "
         "61 officials, more than 60 officials"),
    ]


def test_parts_that_exceed_their_total(tmp_path):
    (tmp_path / "a.txt").write_text("Police arrested 12 people in Juarez on Monday, of whom 8 were men and 7 were "
                                    "women.\n", encoding="utf-8")
    checks = build_report([str(tmp_path)], rules=None, jobs=1).checks
    assert [(c.kind, c.scope, c.holds, c.note) for c in checks] == [
        ("part_of", "a", False, "parts 8 people + 7 people = 15, more than the total 12 people")]


def test_a_part_before_its_marker_in_spanish(tmp_path):
    (tmp_path / "a.txt").write_text("La policía detuvo a 9 personas, 11 de las cuales eran menores de edad.\n",
                                    encoding="utf-8")
    checks = build_report([str(tmp_path)], rules=None, jobs=1).checks
    assert [(c.holds, c.note) for c in checks] == [(False, "parts 11 people, more than the total 9 people")]


def test_a_part_before_its_marker_is_no_total_of_the_parts_after_it(tmp_path):
    (tmp_path / "a.txt").write_text("Pidieron información sobre seis personas, dos de las cuales murieron en un "
                                    "operativo y cuatro más que fueron capturadas.\n", encoding="utf-8")
    checks = build_report([str(tmp_path)], rules=None, jobs=1).checks
    assert [(c.holds, c.note) for c in checks] == [(True, "parts 2 people + 4 people = 6, within the total 6 people")]


def test_a_total_before_its_marker_after_a_comma_and_a_magnitude_has_no_parts(tmp_path):
    # "los 20 mil, de los cuales 17 mil 134...": the figure before ", de los cuales" is the
    # total; the magnitudes before it are no part of anything.
    (tmp_path / "a.txt").write_text("Los muertos por los terremotos de magnitud 7.7 y 7.6 superan ya los 20 mil, de "
                                    "los cuales 17 mil 134 se contabilizan en Turquía y 3 mil 317 en Siria.\n",
                                    encoding="utf-8")
    checks = build_report([str(tmp_path)], rules=None, jobs=1).checks
    assert [(c.holds, c.note) for c in checks] == [
        (True, "parts 17,134 + 3,317 = 20451, within the total more than 20,000")]


def test_rule_total_across_documents_that_does_not_add_up(tmp_path):
    corpus, rules = tmp_path / "corpus", tmp_path / "rules"
    corpus.mkdir()
    rules.mkdir()
    (corpus / "a.txt").write_text("Since 2007, 10 DEA liaison officers were killed.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("In two years 51 close FBI contacts were executed.\n", encoding="utf-8")
    (corpus / "c.txt").write_text("In all, 70 officials working with the DEA and FBI were killed.\n", encoding="utf-8")
    (rules / "r.yaml").write_text(
        "rules:\n"
        "  - {id: total, title: Officials killed, kind: quantity, unit: officials, any_of: [DEA and FBI], all_of: [[killed]],\n"
        "     sum_of: [dea, fbi]}\n"
        "  - {id: dea, title: DEA liaisons killed, kind: quantity, unit: officials, all_of: [[DEA], [liaison], [killed]]}\n"
        "  - {id: fbi, title: FBI contacts executed, kind: quantity, unit: officials, all_of: [[FBI], [contacts], [executed]]}\n",
        encoding="utf-8")
    checks = build_report([str(corpus)], rules=str(rules), jobs=1).checks
    assert [(c.kind, c.scope, c.holds) for c in checks] == [("sum_of", ACROSS, False)]
    assert checks[0].note == "10 officials (dea) + 51 officials (fbi) = 61, which does not fit 70 officials (c)"
