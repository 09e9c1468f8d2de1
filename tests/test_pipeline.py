"""The whole pipeline on the built-in corpus and on a small corpus of our own with
contradictions in a number, a date and a quote."""
import os

from reconcile import build_report, render_json, render_markdown

from conftest import CONTRADICTION_RULES, CONTRADICTIONS, CORPUS, RULES


def group(report, rule_id):
    return next(g for g in report.groups if g.rule == rule_id)


def claims_of(report, group_):
    by_id = {c.id: c for c in report.claims}
    return [by_id[i] for i in group_.claims]


def test_juarez_two_percent_agrees_across_two_sources(seed_report):
    g = group(seed_report, "juarez-charged-share")
    assert (g.verdict, g.documents) == ("agree", ("americanthinker-wall", "borderlandbeat-bbc"))
    assert [(c.text, c.value, c.unit) for c in claims_of(seed_report, g)] == [
        ("Only 2 percent", 2, "percent"), ("only 2%", 2, "percent")]


def test_detainees_tried_is_a_separate_single_source_claim(seed_report):
    g = group(seed_report, "detainees-tried-share")
    assert (g.verdict, g.documents) == ("single-source", ("americanthinker-wall",))


def test_gutierrez_quotes(seed_report):
    eighteen = group(seed_report, "gutierrez-18-months")
    assert eighteen.verdict == "single-source"
    (claim,) = claims_of(seed_report, eighteen)
    assert (claim.quote, claim.speaker, claim.line, claim.column) == (
        "We have 18 months", "Geronimo Gutierrez", 33, 1)
    tangible = group(seed_report, "gutierrez-tangible-success")
    assert tangible.verdict == "variant"
    assert tangible.differences == (
        "borderlandbeat-bbc against americanthinker-wall: has 'this' for 'the'; "
        "(excerpt) 'And' quoted by one source only",)
    reputation = group(seed_report, "gutierrez-reputation")
    assert reputation.verdict == "variant"
    assert reputation.differences == ("borderlandbeat-bbc against americanthinker-wall: drops 'international'",)
    speakers = {c.speaker for g in (eighteen, tangible, reputation) for c in claims_of(seed_report, g)}
    assert speakers == {"Geronimo Gutierrez"}


def test_sixty_one_officials_add_up(seed_report):
    g = group(seed_report, "officials-killed-total")
    assert g.verdict == "single-source"
    assert [(c.text, c.section, c.language) for c in claims_of(seed_report, g)] == [
        ("61", "comment", "es"), ("más de 60", "comment", "es")]
    assert ("10 officials (dea-liaisons-killed) + 51 officials (fbi-contacts-killed) = 61, "
            "consistent with 61 officials, more than 60 officials") in g.differences


def test_no_contradiction_on_the_seed_corpus(seed_report):
    assert [g.title for g in seed_report.groups if g.verdict == "contradict"] == []


def test_every_claim_slices_back_to_its_text(seed_report):
    texts = {d.id: d.text for d in seed_report.documents}
    for claim in seed_report.claims:
        assert texts[claim.doc][claim.start:claim.end] == claim.text
        lines = texts[claim.doc].split("\n")
        assert lines[claim.line - 1][claim.column - 1:].startswith(claim.text.split("\n")[0])


def test_page_chrome_yields_no_claims(seed_report):
    texts = {c.text for c in seed_report.claims if c.doc == "tequilafiles-soldiers"}
    assert not {"August 24, 2012", "February 26, 2013", "4"} & texts


def test_contradictions_in_a_number_a_date_and_a_quote(contradiction_report):
    verdicts = {(g.kind, g.verdict) for g in contradiction_report.groups if len(g.documents) > 1}
    assert {("quantity", "contradict"), ("date", "contradict"), ("quote", "variant"),
            ("quantity", "agree")} <= verdicts
    date = next(g for g in contradiction_report.groups if g.kind == "date" and g.verdict == "contradict")
    assert date.differences == ("2021-06-03 (el-paso-herald) vs 2021-06-13 (valley-courier)",)
    number = group(contradiction_report, "santa-teresa-detained")
    assert number.documents == ("diario-frontera", "el-paso-herald", "valley-courier")
    quote = group(contradiction_report, "lopez-tolerate")
    assert "valley-courier against el-paso-herald: has 'never' for 'not'" in quote.differences


def test_reports_are_byte_identical_across_runs_and_jobs():
    one = build_report([CONTRADICTIONS], rules=CONTRADICTION_RULES, jobs=1)
    two = build_report([CONTRADICTIONS], rules=CONTRADICTION_RULES, jobs=2)
    assert render_markdown(one) == render_markdown(two)
    assert render_json(one) == render_json(two)


def test_forked_matching_gives_the_same_files(tmp_path, monkeypatch):
    """Large corpora are matched in forks; a lowered threshold makes this small one be."""
    import reconcile.parallel
    from reconcile import run
    monkeypatch.setattr(reconcile.parallel, "FORK_MIN_ITEMS", 1)
    for jobs in (1, 2):
        run([CORPUS, CONTRADICTIONS], rules=RULES, out=str(tmp_path / str(jobs)), jobs=jobs)
    for name in ("report.md", "report.json"):
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes()
    assert '"claims": 0' not in (tmp_path / "2" / "report.json").read_text()


def test_seed_reports_identical_with_two_jobs(seed_report):
    two = build_report([CORPUS], rules=RULES, jobs=2)
    assert render_json(two) == render_json(seed_report)


def test_cache_gives_the_same_report_and_skips_unchanged_documents(tmp_path):
    import shutil

    from reconcile import extract_claims, load_corpus
    corpus = tmp_path / "corpus"
    shutil.copytree(CONTRADICTIONS, corpus)
    cache = tmp_path / "cache"
    first = build_report([str(corpus)], rules=CONTRADICTION_RULES, cache=str(cache))
    again = build_report([str(corpus)], rules=CONTRADICTION_RULES, cache=str(cache))
    assert render_json(first) == render_json(again)
    (corpus / "new.txt").write_text("Officials said 40 people were detained near El Paso.", encoding="utf-8")
    documents, _ = load_corpus([str(corpus)])
    from reconcile.cache import ClaimCache
    store = ClaimCache(cache)
    hits = [store.get(d, None) is not None for d in documents]
    assert hits == [True, True, False, True]  # diario, el-paso, new (not yet cached), valley
    sections, claims, failures = extract_claims(documents, cache=str(cache))
    assert failures == [] and any(c.doc == "new" for c in claims)


def test_changes_injected_into_a_copy_are_all_reported(tmp_path):
    """A copy of a seed article with five changes, matched without any rule."""
    import shutil
    original = os.path.join(CORPUS, "001_97e8d7f7d8979c6b.txt")
    shutil.copy(original, tmp_path / "original.txt")
    with open(original, encoding="utf-8") as handle:
        text = handle.read()
    for old, new in [("only 2% of of people", "only 5% of of people"), ("sent in October 2009", "sent in October 2008"),
                     ('"We have 18 months,"', '"We have 12 months,"'), ("More than 30,000 Mexicans", "More than 40,000 Mexicans"),
                     ("diez oficiales de enlace", "doce oficiales de enlace")]:
        assert old in text
        text = text.replace(old, new)
    (tmp_path / "copy.txt").write_text(text, encoding="utf-8")
    (tmp_path / "rules").mkdir()
    report = build_report([str(tmp_path / "original.txt"), str(tmp_path / "copy.txt")], rules=str(tmp_path / "rules"))
    found = {d for g in report.groups if g.verdict in ("contradict", "variant") for d in g.differences}
    assert {"2% (original) vs 5% (copy)", "2008-10 (copy) vs 2009-10 (original)",
            "more than 30,000 people (original) vs more than 40,000 people (copy)",
            "10 officials (original) vs 12 officials (copy)", "12 months (copy) vs 18 months (original)",
            "original against copy: has '18' for '12'", "original against copy: has 'diez' for 'doce'"} == found
    agreeing = [g for g in report.groups if g.verdict == "agree"]
    assert agreeing and all(len(g.documents) == 2 for g in agreeing)
