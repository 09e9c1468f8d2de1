#!/usr/bin/env python3
"""Score number/percentage extractors on the public yardstick cases in tests/data/.

The cases (tests/data/numbers_en.jsonl and numbers_es.jsonl) are a subset of the
Microsoft Recognizers-Text spec files and of the text2num test suite; see
tests/data/README.md for where each one comes from.

Scoring is span-overlap matching, per case:

* a predicted quantity and an expected span are a candidate pair when their
  character ranges overlap;
* pairs are matched one-to-one, preferring pairs whose values are equal
  (math.isclose, rel_tol=1e-9), then the larger overlap;
* a matched pair with equal values is a true positive. Every other prediction is
  a false find, every other expected span a miss;
* precision = TP / predictions, recall = TP / expected spans, F1 their harmonic
  mean; value accuracy = TP / matched (overlapping) pairs, i.e. how often the value
  is right when the span was found.

The percent flag is not part of the match; its agreement among true positives is
reported in the JSON output (--json) as percent_agreement.

Extractors (--extractor):

* reconcile:  ``from reconcile import claims_in_text``; claims with
  ``kind == "quantity"`` give ``start``, ``end``, ``value``; ``unit == "percent"``
  marks a percentage. Both languages.
* quantulum3: ``quantulum3.parser.parse(text)``; English only. Install it in a
  scratch virtualenv, not as a project dependency (``pip install quantulum3``,
  optionally ``quantulum3[classifier]``).

This is a script, not a test: ``python benchmarks/number_suites.py --extractor all``.
"""
import argparse
import json
import math
import os
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
LANGUAGES = ("en", "es")
REL_TOL = 1e-9


class Unavailable(Exception):
    """An extractor cannot run here (not installed, API missing)."""


# --------------------------------------------------------------------------- data

def load_cases(language, data_dir=DATA):
    """The cases of one language, with every expected span checked against its text."""
    path = Path(data_dir) / f"numbers_{language}.jsonl"
    cases = []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            case = json.loads(line)
            for span in case["expected"]:
                if case["text"][span["start"]:span["end"]] != span["text"]:
                    raise ValueError(f"{path}:{number}: span {span} does not match the text")
            case.setdefault("id", f"{language}-{number:03d}")
            case.setdefault("set_aside", None)
            cases.append(case)
    return cases


def suite_of(case):
    """The suite a case belongs to: its source and file stem ("recognizers-text NumberModel")."""
    return f"{case['source']} {Path(case['file']).stem.replace('test_text_to_num_', '')}"


# --------------------------------------------------------------------- extractors

class Prediction:
    __slots__ = ("start", "end", "value", "percent", "text", "low", "high")

    def __init__(self, start, end, value, percent, text, low=None, high=None):
        self.start, self.end, self.value, self.percent, self.text = start, end, value, percent, text
        # The interval the quantity stands for; a plain number is [value, value].
        self.low = value if low is None and high is None else low
        self.high = value if low is None and high is None else high


class ReconcileExtractor:
    name = "reconcile"
    languages = LANGUAGES

    def __init__(self, args):
        if str(ROOT) not in sys.path:
            sys.path.insert(0, str(ROOT))
        try:
            from reconcile import claims_in_text
        except ImportError as exc:
            raise Unavailable(
                f"cannot import reconcile.claims_in_text ({exc}); the package API "
                "`claims_in_text(text, language=...)` is not there yet") from exc
        self._claims_in_text = claims_in_text
        self.note = None

    def predict(self, text, language):
        out = []
        for claim in self._claims_in_text(text, language=language):
            if getattr(claim, "kind", None) != "quantity":
                continue
            start, end = claim.start, claim.end
            value, low, high = claim.value, claim.low, claim.high
            if getattr(claim, "fraction", None):
                # The suites give a fraction's value (2/3 = 0.667), the claim a share in percent.
                value = fraction_value(claim.fraction)
                scale = value / claim.value if claim.value else 1.0
                low = None if claim.low is None else claim.low * scale
                high = None if claim.high is None else claim.high * scale
                if claim.qualifier is None or claim.qualifier == "about":
                    low = high = value
            elif claim.qualifier is None or claim.qualifier == "about":
                low = high = claim.value  # "about 500" is 500, not the interval [450, 550]
            out.append(Prediction(start, end, value, getattr(claim, "unit", None) == "percent",
                                  text[start:end], low=low, high=high))
        return out


def fraction_value(written):
    """ "2/3" -> 0.667, "2 1/2" -> 2.5."""
    whole, _, part = written.rpartition(" ")
    numerator, denominator = part.split("/")
    return float(whole or 0) + float(numerator) / float(denominator)


class Text2numExtractor:
    """text2num's alpha2digit as an extractor: the words it turns into digits, and the
    digits already in the text, each a number; spans are found by aligning its output
    with the input, token by token."""

    name = "text2num"
    languages = LANGUAGES
    _TOKEN = None

    def __init__(self, args):
        try:
            import re
            from importlib.metadata import version
            from text_to_num import alpha2digit
        except ImportError as exc:
            raise Unavailable(f"cannot import text_to_num ({exc})") from exc
        self._alpha2digit, self._re = alpha2digit, re
        self._token = re.compile(r"[^\s,;:!?()\"%]+(?:[.,]\d+)*|[,;:!?()\"%]")
        self._number = re.compile(r"[-+]?\d+(?:[.,]\d+)*")
        self.name = f"text2num {version('text2num')}"
        self.note = None

    def predict(self, text, language):
        import difflib
        source = [(m.group(), m.start(), m.end()) for m in self._token.finditer(text)]
        output = [m.group() for m in self._token.finditer(self._alpha2digit(text, language))]
        matcher = difflib.SequenceMatcher(a=[t[0] for t in source], b=output, autojunk=False)
        out = []
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            numbers = [(j, t) for j, t in enumerate(output[j1:j2], j1) if self._number.fullmatch(t)]
            if not numbers:
                continue
            if tag == "equal":
                pieces = [(source[i1 + j - j1][1], source[i1 + j - j1][2], t, j) for j, t in numbers]
            elif len(numbers) == i2 - i1:
                pieces = [(source[i1 + k][1], source[i1 + k][2], t, j) for k, (j, t) in enumerate(numbers)]
            elif len(numbers) == 1:
                pieces = [(source[i1][1], source[i2 - 1][2], numbers[0][1], numbers[0][0])]
            else:  # several numbers from a run of words: split the run evenly, in order
                step = (i2 - i1) / len(numbers)
                pieces = [(source[i1 + int(k * step)][1], source[min(i2, i1 + int((k + 1) * step)) - 1][2], t, j)
                          for k, (j, t) in enumerate(numbers)]
            for start, end, token, j in pieces:
                value = _digits_value(token, language)
                if value is None:
                    continue
                percent = j + 1 < len(output) and output[j + 1] in ("%", "percent", "por")
                out.append(Prediction(start, end, value, percent, text[start:end]))
        return out


def _digits_value(token, language):
    """A digit string as text2num writes it (a decimal point in English, a comma in Spanish)."""
    token = token.lstrip("+")
    decimal = "," if language == "es" else "."
    group = "." if language == "es" else ","
    try:
        return float(token.replace(group, "").replace(decimal, "."))
    except ValueError:
        return None


class Quantulum3Extractor:
    name = "quantulum3"
    languages = ("en",)

    def __init__(self, args):
        with warnings.catch_warnings():
            # quantulum3 warns at import when the optional classifier packages are absent.
            warnings.simplefilter("ignore")
            try:
                from quantulum3 import classifier as q3_classifier
                from quantulum3 import parser
            except ImportError as exc:
                raise Unavailable(
                    f"cannot import quantulum3 ({exc}); install it in a scratch virtualenv "
                    "(pip install 'quantulum3[classifier]'), not as a project dependency") from exc
        self._parser = parser
        self._clf = q3_classifier
        self.classifier_path = None
        self.note = self._setup_classifier(args.quantulum_classifier, args.quantulum_cache)

    def _probe(self):
        """Raise unless the classifier loads, matches this scikit-learn, and parses."""
        import joblib
        from importlib.metadata import version
        from quantulum3 import language as q3_language
        path = self.classifier_path or q3_language.topdir("en_US").joinpath("clf.joblib")
        with open(path, "rb") as fh:
            obj = joblib.load(fh)
        built, have = obj.get("scikit-learn_version"), version("scikit-learn")
        if built != have:
            raise RuntimeError(f"built with scikit-learn {built}, this is {have}")
        # "k" is ambiguous (kelvin, thousand, ...), so this goes through the classifier.
        self._parser.parse("It was 10k.", classifier_path=self.classifier_path)

    def _setup_classifier(self, mode, cache_dir):
        if not self._clf.USE_CLF:
            return "classifier packages not installed: rule-based unit disambiguation"
        if mode == "off":
            self._clf.USE_CLF = False
            return "classifier switched off (--quantulum-classifier off)"
        if mode == "auto":
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    self._probe()
                return "shipped classifier"
            except Exception as exc:  # e.g. a pickle from another scikit-learn version
                reason = f"shipped classifier unusable ({type(exc).__name__}: {exc})"
        else:
            reason = "retrain requested"
        try:
            from importlib.metadata import version
            sk = version("scikit-learn")
            path = Path(cache_dir).expanduser() / f"quantulum3-{version('quantulum3')}-sklearn-{sk}.joblib"
            if mode == "retrain" or not path.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    self._clf.train_classifier(store=True, output_path=str(path))
            self.classifier_path = str(path)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                self._probe()
            return f"{reason}; retrained from quantulum3's bundled training data into {path}"
        except Exception as exc:
            self.classifier_path = None
            self._clf.USE_CLF = False
            return f"{reason}; retraining failed ({type(exc).__name__}: {exc}); classifier off"

    def predict(self, text, language):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            quantities = self._parser.parse(text, classifier_path=self.classifier_path)
        out = []
        for q in quantities:
            start, end = q.span
            uncertainty = getattr(q, "uncertainty", None)
            low = high = None
            if uncertainty:
                low, high = q.value - uncertainty, q.value + uncertainty
            out.append(Prediction(start, end, q.value, q.unit.name == "percentage", text[start:end],
                                  low=low, high=high))
        return out


EXTRACTORS = {"reconcile": ReconcileExtractor, "quantulum3": Quantulum3Extractor, "text2num": Text2numExtractor}


# ------------------------------------------------------------------------ scoring

def same_value(a, b):
    try:
        return a is not None and math.isclose(float(a), float(b), rel_tol=REL_TOL)
    except (TypeError, ValueError):
        return False


def same_bound(predicted, expected, *, lower):
    """An interval's bound: equal numbers, or both open; an open lower bound also
    accepts 0, the floor a count has anyway ("up to 700" is [0, 700])."""
    if expected is None:
        return predicted is None or (lower and predicted == 0)
    return same_value(predicted, expected)


def right_value(p, e):
    """A prediction says what an expected span says: its value, or for a range its bounds."""
    if e["value"] is None:
        return same_bound(p.low, e["low"], lower=True) and same_bound(p.high, e["high"], lower=False)
    return same_value(p.value, e["value"])


def match_case(expected, predicted):
    """One-to-one matching of predictions to expected spans; returns (pairs, tp_pairs)."""
    candidates = []
    for i, p in enumerate(predicted):
        for j, e in enumerate(expected):
            overlap = min(p.end, e["end"]) - max(p.start, e["start"])
            if overlap > 0:
                candidates.append((not right_value(p, e), -overlap, i, j))
    candidates.sort()
    used_p, used_e, pairs = set(), set(), []
    for wrong, _, i, j in candidates:
        if i in used_p or j in used_e:
            continue
        used_p.add(i)
        used_e.add(j)
        pairs.append((i, j, not wrong))
    return pairs


def score(extractor, cases, language):
    totals = dict(cases=len(cases), expected=0, predicted=0, tp=0, overlapping=0,
                  percent_agree=0, errors=0)
    misses = []
    for case in cases:
        expected = case["expected"]
        try:
            predicted = extractor.predict(case["text"], language)
        except Exception as exc:  # an extractor crash on one case is a case with no output
            totals["errors"] += 1
            predicted = []
            misses.append(f"[{case['id']}] ERROR {type(exc).__name__}: {exc}")
        pairs = match_case(expected, predicted)
        totals["expected"] += len(expected)
        totals["predicted"] += len(predicted)
        totals["overlapping"] += len(pairs)
        good_p, good_e = set(), set()
        by_e = {}
        for i, j, ok in pairs:
            by_e[j] = (i, ok)
            if ok:
                good_p.add(i)
                good_e.add(j)
                totals["tp"] += 1
                totals["percent_agree"] += predicted[i].percent == expected[j]["percent"]
        for j, e in enumerate(expected):
            if j in good_e:
                continue
            got = ""
            if j in by_e:
                p = predicted[by_e[j][0]]
                got = f"  (found {p.text!r} = {_fmt(p.value)})"
            pct = " %" if e["percent"] else ""
            if e["value"] is None:
                got = got.replace(")", f" [{_fmt(p.low)}, {_fmt(p.high)}])") if j in by_e else got
                pct = f" [{_fmt(e['low'])}, {_fmt(e['high'])}]"
            misses.append(f"[{case['id']}] MISS  {e['text']!r} = {_fmt(e['value'])}{pct}{got}"
                          f"  in {_clip(case['text'])!r}")
        for i, p in enumerate(predicted):
            if i in good_p or any(i == pi for pi, _ in by_e.values()):
                continue
            misses.append(f"[{case['id']}] FALSE {p.text!r} = {_fmt(p.value)}  in {_clip(case['text'])!r}")
    tp, n_pred, n_exp = totals["tp"], totals["predicted"], totals["expected"]
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_exp if n_exp else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    totals.update(
        precision=precision, recall=recall, f1=f1,
        value_accuracy=tp / totals["overlapping"] if totals["overlapping"] else 0.0,
        percent_agreement=totals["percent_agree"] / tp if tp else 0.0,
    )
    del totals["percent_agree"]
    return totals, misses


def _fmt(value):
    if value is None:
        return "None"
    value = float(value)
    return str(int(value)) if value.is_integer() and abs(value) < 1e16 else repr(value)


def _clip(text, width=90):
    return text if len(text) <= width else text[:width - 3] + "..."


# --------------------------------------------------------------------------- main

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--extractor", choices=("reconcile", "quantulum3", "all"), default="all")
    ap.add_argument("--language", choices=LANGUAGES + ("all",), default="all")
    ap.add_argument("--data", default=str(DATA), help="folder with numbers_<lang>.jsonl (default: tests/data)")
    ap.add_argument("--misses", type=int, default=0, metavar="N",
                    help="print the first N misses / false finds per extractor and language")
    ap.add_argument("--by-source", action="store_true",
                    help="(kept for old scripts: every suite is now scored separately anyway)")
    ap.add_argument("--json", metavar="PATH", help="write the scores as JSON")
    ap.add_argument("--quantulum-classifier", choices=("auto", "retrain", "off"), default="auto",
                    help="quantulum3 unit classifier: use the shipped one, retraining it from "
                         "quantulum3's bundled data if it does not load (auto); always retrain; or off")
    ap.add_argument("--quantulum-cache", default=os.environ.get("XDG_CACHE_HOME", "~/.cache") + "/reconcile-benchmarks",
                    help="where a retrained quantulum3 classifier is kept (outside the repo)")
    args = ap.parse_args(argv)

    names = list(EXTRACTORS) if args.extractor == "all" else [args.extractor]
    languages = list(LANGUAGES) if args.language == "all" else [args.language]
    every = {lang: load_cases(lang, args.data) for lang in languages}
    cases = {lang: [c for c in every[lang] if not c["set_aside"]] for lang in languages}
    for lang in languages:
        aside = {}
        for case in every[lang]:
            if case["set_aside"]:
                aside[case["set_aside"]] = aside.get(case["set_aside"], 0) + 1
        listed = ", ".join(f"{category} {count}" for category, count in sorted(aside.items()))
        print(f"{lang}: {len(every[lang])} cases, {len(cases[lang])} scored, "
              f"{len(every[lang]) - len(cases[lang])} set aside ({listed or 'none'}; see tests/data/README.md)")

    rows, results, unavailable = [], [], []
    for name in names:
        try:
            extractor = EXTRACTORS[name](args)
        except Unavailable as exc:
            print(f"{name}: unavailable: {exc}", file=sys.stderr)
            unavailable.append(name)
            continue
        if extractor.note:
            print(f"{name}: {extractor.note}", file=sys.stderr)
        for lang in languages:
            if lang not in extractor.languages:
                rows.append((name, lang, len(cases[lang]), None))
                continue
            groups = [("all", cases[lang])]
            suites = sorted({suite_of(c) for c in cases[lang]})
            groups += [(f, [c for c in cases[lang] if suite_of(c) == f]) for f in suites]
            for label, subset in groups:
                totals, misses = score(extractor, subset, lang)
                rows.append((name, lang if label == "all" else f"{lang} {label}", len(subset), totals))
                results.append(dict(extractor=name, language=lang, subset=label, note=extractor.note, **totals))
                if label == "all" and args.misses:
                    print(f"\n--- {name} / {lang}: first {min(args.misses, len(misses))} of "
                          f"{len(misses)} misses and false finds")
                    for line in misses[:args.misses]:
                        print("  " + line)

    if not rows:
        print("no extractor could run; see the messages above", file=sys.stderr)
        return 2
    print()
    header = f"{'extractor':<15} {'language / suite':<36} {'cases':>5} {'exp':>5} {'pred':>5} {'TP':>5} " \
             f"{'precision':>9} {'recall':>7} {'F1':>6} {'value_acc':>9}"
    print(header)
    print("-" * len(header))
    for name, lang, n, t in rows:
        label = lang if " " not in lang else "  " + lang.split(" ", 1)[1]
        if t is None:
            print(f"{name:<15} {label:<36} {n:>5}   n/a (extractor does not support this language)")
            continue
        print(f"{name:<15} {label:<36} {n:>5} {t['expected']:>5} {t['predicted']:>5} {t['tp']:>5} "
              f"{t['precision']:>9.3f} {t['recall']:>7.3f} {t['f1']:>6.3f} {t['value_accuracy']:>9.3f}")
        if t["errors"]:
            print(f"{'':<15} {'':<36} ({t['errors']} cases raised an error)")

    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump({"results": results, "unavailable": unavailable}, fh, indent=2)
    if unavailable and len(unavailable) == len(names):
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
