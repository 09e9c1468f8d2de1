"""Regression guard: accuracy on the gold annotations and the public number cases may
only go up. Thresholds sit just under what the tool reaches (see README, Accuracy)."""
import os
import sys

import pytest

from reconcile.evaluate import check_thresholds, evaluate, load_gold

from conftest import ROOT

GOLD_THRESHOLDS = {
    "quantity.precision": 0.95, "quantity.recall": 0.95, "quantity.value": 0.95, "quantity.unit": 0.9,
    "quantity.qualifier": 0.9, "date.precision": 0.95, "date.recall": 0.95, "date.date": 0.95,
    "quote.precision": 0.95, "quote.recall": 0.95, "quote.speaker": 0.9,
    "grouping.precision": 0.95, "grouping.recall": 0.35, "verdict.accuracy": 0.9,
}


def test_gold_accuracy_holds(seed_report):
    evaluation = evaluate(load_gold(os.path.join(ROOT, "tests", "gold")), seed_report)
    assert check_thresholds(evaluation, GOLD_THRESHOLDS) == []
    assert evaluation.false_contradictions == ()


# The full public suites (tests/data/README.md), without the cases set aside by category.
@pytest.mark.parametrize("language,minimum", [("en", 0.90), ("es", 0.94)])
def test_public_number_cases_hold(language, minimum):
    sys.path.insert(0, os.path.join(ROOT, "benchmarks"))
    try:
        import number_suites
    finally:
        sys.path.pop(0)
    cases = [c for c in number_suites.load_cases(language) if not c["set_aside"]]
    totals, _ = number_suites.score(number_suites.ReconcileExtractor(None), cases, language)
    assert totals["errors"] == 0
    assert totals["f1"] >= minimum


# Invented articles written without looking at the code (tests/heldout/README.md):
# the guard on what generalises, set just under what the tool reaches.
HELDOUT_THRESHOLDS = {
    "all.precision": 0.95, "all.recall": 0.95, "quantity.value": 0.95, "quantity.unit": 0.9,
    "date.date": 0.95, "quote.speaker": 0.9, "all.section": 0.95, "all.language": 0.95,
    "cross.precision": 0.95, "cross.recall": 0.72, "verdict.accuracy": 0.91, "contradiction.recall": 0.99,
    "quote.named_speaker": 0.99,
}


# A second set, written later by someone else who had read neither the code nor the first set.
HELDOUT2_THRESHOLDS = {
    "all.precision": 0.93, "all.recall": 0.88, "quantity.value": 0.95, "quantity.unit": 0.76, "date.date": 0.95,
    "quote.speaker": 0.95, "all.section": 0.95, "all.language": 0.95,
    "cross.precision": 0.95, "cross.recall": 0.83, "verdict.accuracy": 0.79, "contradiction.recall": 0.39,
    "quote.named_speaker": 0.99,
}


@pytest.mark.parametrize("folder,thresholds", [("heldout", HELDOUT_THRESHOLDS), ("heldout2", HELDOUT2_THRESHOLDS)])
def test_heldout_accuracy_holds(folder, thresholds):
    from reconcile import build_report
    heldout = os.path.join(ROOT, "tests", folder)
    report = build_report([os.path.join(heldout, "corpus")], rules=os.path.join(ROOT, "rules"), jobs=1)
    evaluation = evaluate(load_gold(os.path.join(heldout, "gold")), report)
    assert check_thresholds(evaluation, thresholds) == []
    assert evaluation.false_contradictions == ()


# Real articles on the Chilean miners' rescue, read for development (tests/dev/miners): the
# errors of real text guide general fixes there, run without rules as on a new story.
DEV_THRESHOLDS = {
    "all.precision": 0.95, "all.recall": 0.88, "quote.speaker": 0.85, "quantity.unit": 0.87,
    # Cross-source precision 0.955 -> 0.932 in the eleventh session, recall 0.763 -> 0.784: the
    # vocabulary of statements joins a fragment of one statement to another the gold keeps apart.
    "cross.precision": 0.93, "cross.recall": 0.78, "quote.named_speaker": 0.99, "contradiction.recall": 0.33,
}


# ... and on the 2017 Puebla earthquake (tests/dev/quake): breaking news whose death toll
# rose by the hour, where figures of different moments and places must not be linked.
QUAKE_THRESHOLDS = {"all.precision": 0.96, "all.recall": 0.95, "quantity.unit": 0.85, "cross.precision": 0.91,
                    "cross.recall": 0.78}


# ... on Hurricane Maria's death toll in Puerto Rico (tests/dev/maria): tolls said before their
# figures, two studies' estimates that must stay apart, and a misprinted toll.
MARIA_THRESHOLDS = {"all.precision": 0.93, "all.recall": 0.98, "quantity.unit": 0.87, "quote.speaker": 0.89,
                    "cross.precision": 0.9, "cross.recall": 0.95, "contradiction.recall": 0.75,
                    "quote.named_speaker": 0.99}

# ... and on the Notre-Dame fire (tests/dev/notredame): many quotes, several to a sentence.
NOTREDAME_THRESHOLDS = {"all.precision": 0.96, "all.recall": 0.94, "quantity.unit": 0.73, "quote.speaker": 0.9,
                        "cross.precision": 0.79, "cross.recall": 0.78, "quote.named_speaker": 0.95}


# ... and on Evo Morales's resignation (tests/dev/morales): Spanish quotes attributed every way.
# (cross-source precision 1.000 -> 0.959 with the vocabulary of statements: two parts of one speech
# the gold keeps apart.)
MORALES_THRESHOLDS = {"all.precision": 0.95, "all.recall": 0.96, "quote.speaker": 0.97, "cross.precision": 0.99,
                      "cross.recall": 0.86, "quote.named_speaker": 0.99}


# ... on the Morandi bridge collapse in Genoa (tests/dev/morandi): lengths in metres and feet,
# Spanish counted words, a toll revised down.
MORANDI_THRESHOLDS = {"all.precision": 0.97, "all.recall": 0.99, "quantity.unit": 0.79, "quote.speaker": 0.96,
                      "cross.precision": 0.91, "cross.recall": 0.84, "quote.named_speaker": 0.99,
                      "contradiction.recall": 0.24, "verdict.accuracy": 0.73}

# ... and on the Surfside condominium collapse (tests/dev/surfside): a toll and a count of the
# missing that moved from one briefing to the next, each briefing's new finds.
SURFSIDE_THRESHOLDS = {"all.precision": 0.97, "all.recall": 0.96, "quantity.unit": 0.85, "quote.speaker": 0.91,
                       "cross.precision": 0.99, "cross.recall": 0.92, "verdict.accuracy": 0.88,
                       "quote.named_speaker": 0.99}


# ... on the Key Bridge collapse in Baltimore (tests/dev/keybridge): small counts of workers
# (six missing, two rescued, two bodies) that must stay apart, ages of men of one age.
KEYBRIDGE_THRESHOLDS = {"all.precision": 0.99, "all.recall": 0.98, "quantity.unit": 0.66, "quote.speaker": 0.94,
                        "cross.precision": 0.91, "cross.recall": 0.86, "quote.named_speaker": 0.91,
                        "verdict.accuracy": 0.79}

# ... and on Hurricane Otis in Acapulco (tests/dev/otis): a toll revised day by day, winds in
# mph and km/h, speakers with long titles.
OTIS_THRESHOLDS = {"all.precision": 0.95, "all.recall": 0.94, "quantity.unit": 0.74, "quote.speaker": 0.99,
                   "cross.precision": 0.94, "cross.recall": 0.93, "quote.named_speaker": 0.99,
                   "verdict.accuracy": 0.81}


# ... and on the Derna floods and the Maui wildfires (tests/dev/derna, tests/dev/maui), built in the
# twelfth session: tolls of many moments and estimates, Spanish nouns no list knew, an office
# and its holder with no comma between.
DERNA_THRESHOLDS = {"all.precision": 0.97, "all.recall": 0.93, "quantity.unit": 0.9, "cross.precision": 0.97,
                    "cross.recall": 0.71, "quote.named_speaker": 0.89, "verdict.accuracy": 0.69}
MAUI_THRESHOLDS = {"all.precision": 0.98, "all.recall": 0.92, "quantity.unit": 0.85, "cross.precision": 0.93,
                   "cross.recall": 0.81, "quote.named_speaker": 0.99, "verdict.accuracy": 0.71,
                   "contradiction.recall": 0.33}


@pytest.mark.parametrize("story,thresholds", [("miners", DEV_THRESHOLDS), ("quake", QUAKE_THRESHOLDS),
                                              ("maria", MARIA_THRESHOLDS), ("notredame", NOTREDAME_THRESHOLDS),
                                              ("morales", MORALES_THRESHOLDS), ("morandi", MORANDI_THRESHOLDS),
                                              ("surfside", SURFSIDE_THRESHOLDS), ("keybridge", KEYBRIDGE_THRESHOLDS),
                                              ("otis", OTIS_THRESHOLDS), ("derna", DERNA_THRESHOLDS),
                                              ("maui", MAUI_THRESHOLDS)])
def test_real_development_sets_hold(story, thresholds):
    from reconcile import build_report
    folder = os.path.join(ROOT, "tests", "dev", story)
    report = build_report([os.path.join(folder, "corpus")], rules=None, jobs=1)
    evaluation = evaluate(load_gold(os.path.join(folder, "gold")), report)
    assert check_thresholds(evaluation, thresholds) == []
    assert evaluation.false_contradictions == ()


# Real articles on three stories unrelated to the seeds (tests/real/*/README.md), annotated by
# someone who had not read the code and never studied for development: only their figures
# are read. Run without rules, as a user on a new story would. Held just under today's
# figures, which are far from issue 9's targets: they may only go up.
REAL_THRESHOLDS = {
    "metro": {"all.precision": 0.91, "all.recall": 0.92, "quote.speaker": 0.73, "cross.recall": 0.83,
              "cross.precision": 0.82, "quantity.unit": 0.72, "quote.named_speaker": 0.94},
    "cave": {"all.precision": 0.95, "all.recall": 0.94, "quote.speaker": 0.67, "cross.recall": 0.65,
             "cross.precision": 0.92, "quantity.unit": 0.57, "quote.named_speaker": 0.74},
    # The third, built in the fifth session of issue 9 and measured once, at its end.
    "dana": {"all.precision": 0.95, "all.recall": 0.95, "quote.speaker": 0.86, "cross.recall": 0.54,
             "cross.precision": 0.9, "quantity.unit": 0.77, "quote.named_speaker": 0.88},
}


@pytest.mark.parametrize("story", sorted(REAL_THRESHOLDS))
def test_real_held_out_sets_hold(story):
    from reconcile import build_report
    folder = os.path.join(ROOT, "tests", "real", story)
    report = build_report([os.path.join(folder, "corpus")], rules=None, jobs=1)
    evaluation = evaluate(load_gold(os.path.join(folder, "gold")), report)
    assert check_thresholds(evaluation, REAL_THRESHOLDS[story]) == []
    assert len(evaluation.false_contradictions) == 0
