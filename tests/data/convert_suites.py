#!/usr/bin/env python3
"""Convert the public number suites into tests/data/numbers_<language>.jsonl, every case.

Reads the git mirrors of the three MIT-licensed projects (``fetch`` them, or clone
them, and give the folders) at the commits named in README.md:

    python tests/data/convert_suites.py --recognizers DIR --text2num DIR --quantulum3 DIR

A case is never dropped: a case this project does not score carries
``"set_aside": CATEGORY``, one of the categories in SET_ASIDE (README.md says why
each exists), and the benchmark prints how many each holds. The rules that put a
case in a category are in `_set_aside_*` below; they look at the case's text and
upstream markers, never at case numbers.
"""
import argparse
import ast
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

RECOGNIZERS = {
    "en": ["Specs/Number/English/NumberModel.json", "Specs/Number/English/PercentModel.json",
           "Specs/Number/English/NumberRangeModel.json"],
    "es": ["Specs/Number/Spanish/NumberModel.json", "Specs/Number/Spanish/PercentModel.json",
           "Specs/Number/Spanish/NumberRangeModel.json"],
}
# text2num moved to Rust at 3.0 and dropped its Python tests; this commit holds their last version.
TEXT2NUM_COMMIT = "05eb0b09f1872cc5e302b0339d29dafdfa2105fc"
TEXT2NUM = {"en": "tests/test_text_to_num_en.py", "es": "tests/test_text_to_num_es.py"}
QUANTULUM3 = ["quantulum3/_lang/en_US/tests/quantities.json",
              "quantulum3/_lang/en_US/tests/quantities.ambiguity.json"]

SET_ASIDE = {
    "upstream-unsupported": "Recognizers-Text's own reference implementation (.NET) fails it (NotSupported: dotnet)",
    "exponent": "scientific or power notation (1e10, 1.1^23, 2.48×10−5), which news does not print",
    "math-notation": "comparison symbols as words (x>10, <= 30, 20~100): formulas, not prose",
    "ordinal": "ordinals and ranks (the tenth, 5th, undécima), which are not quantities",
    "digit-groups": "each digit group of a date, phone number or IP address read as a number, "
                    "or spoken digits kept as a digit string (cero seis -> 06)",
    "article-as-one": "a bare indefinite article read as the number one (un, una)",
    "text2num-relaxed": "text2num's relaxed mode joins Spanish tens and units written without 'y' "
                        "(treinta cinco -> 35), which a reader keeps apart",
    "text2num-error": "a text2num call that must raise: an API test, not a text with an answer",
    "unit-expected-none": "the spec expects no number where a quantity with a unit stands (180ml, 29km)",
    "cut-fraction": "the spec reads the number before a plural fraction word as a plain number "
                    "(100 millionths -> 100), where the same spec reads that form as a fraction "
                    "elsewhere (a hundred trillionths -> 1e-10, cien billonesimos -> 1e-10)",
}

# ---------------------------------------------------------------- helpers


def git_show(repo, commit, path):
    return subprocess.run(["git", "-C", str(repo), "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout.decode("utf-8-sig")


def last_commit(repo, path):
    return subprocess.run(["git", "-C", str(repo), "log", "-1", "--format=%H", "HEAD", "--", path],
                          check=True, capture_output=True, text=True).stdout.strip()


def locate(text, surface, hint=None):
    """(start, end) of `surface` in `text`, case-insensitive, the occurrence nearest `hint`."""
    starts = [m.start() for m in re.finditer(re.escape(surface), text, re.IGNORECASE)]
    if not starts:
        # Specs sometimes collapse runs of spaces; allow any whitespace run.
        loose = r"\s+".join(re.escape(part) for part in surface.split())
        found = [(m.start(), m.end()) for m in re.finditer(loose, text, re.IGNORECASE)]
        if not found:
            raise ValueError(f"{surface!r} not in {text!r}")
        return min(found, key=lambda se: abs(se[0] - (hint or 0)))
    start = min(starts, key=lambda s: abs(s - (hint or 0)))
    return start, start + len(surface)


def span(text, start, end, value, *, percent=False, low=None, high=None):
    data = {"text": text[start:end], "start": start, "end": end, "value": value, "percent": percent}
    if low is not None or high is not None or value is None:
        data.update(low=low, high=high)
    return data


def number(value, language):
    """A spec's value string as a float ("4,8" in the Spanish specs is 4.8)."""
    value = value.strip().rstrip("%")
    if language == "es":
        value = value.replace(",", ".")
    return float(value)


_EXPONENT = re.compile(r"\d\s*[eE][-+]?\d|\^|[×x]\s*10")
_MATH = re.compile(r"[<>=~]")
_ORDINAL = re.compile(r"\b(?:the|el|la)\s+\w+(?:th|st|nd|rd|ésim[oa]|écim[oa])\b|\d+(?:st|nd|rd|th|º|ª|o|a|er|ro|to)\b"
                      r"|\b(?:undécim|duodécim|sexagésim|vigésim|trigésim)\w*", re.IGNORECASE)
_DIGIT_GROUPS = re.compile(r"\d+/\d+/\d{2,4}|\+\d[-\d/ ]{7,}|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}")
_GLUED_UNIT = re.compile(r"\d\s?(?:ml|km|m|kg|cm)\b", re.IGNORECASE)
_ARTICLES = {"un", "una", "a", "an"}
# A plural fraction word right after a number: "millionths", "millonesimas".
_PLURAL_FRACTION = re.compile(r"\s*(?:[^\W\d_]+ths|[^\W\d_]+[eé]sim[oa]s)(?![\w])", re.IGNORECASE)


def cuts_fraction(text, expected):
    """True when an expected plain number stops right before a plural fraction word."""
    return any(e["value"] is not None and _PLURAL_FRACTION.match(text, e["end"]) for e in expected)

# ---------------------------------------------------------------- Recognizers-Text


def recognizers_cases(repo, language):
    for path in RECOGNIZERS[language]:
        commit = last_commit(repo, path)
        model = Path(path).stem
        for index, case in enumerate(json.loads(git_show(repo, "HEAD", path)), 1):
            text, results = case["Input"], case["Results"]
            expected, category = [], None
            for result in results:
                resolution = (result.get("Resolution") or {}).get("value")
                if resolution in (None, "null"):
                    continue  # "a small percent": the spec finds a percent word, not a number
                start, end = locate(text, result["Text"], result.get("Start"))
                if model == "NumberRangeModel":
                    low, high = _interval(resolution, language)
                    expected.append(span(text, start, end, None, low=low, high=high))
                else:
                    expected.append(span(text, start, end, number(resolution, language),
                                         percent=model == "PercentModel"))
            unsupported = "dotnet" in (case.get("NotSupported") or "").lower()
            surfaces = " ".join(e["text"] for e in expected)
            if unsupported:
                category = "upstream-unsupported"
            elif _EXPONENT.search(surfaces) or _EXPONENT.search(text) and not expected:
                category = "exponent"
            elif model == "NumberRangeModel" and _MATH.search(surfaces):
                category = "math-notation"
            elif _ORDINAL.search(surfaces) or (not expected and _ORDINAL.search(text)):
                category = "ordinal"
            elif _DIGIT_GROUPS.search(text):
                category = "digit-groups"
            elif any(e["text"].lower() in _ARTICLES for e in expected):
                category = "article-as-one"
            elif not expected and _GLUED_UNIT.search(text):
                category = "unit-expected-none"
            elif cuts_fraction(text, expected):
                category = "cut-fraction"
            yield dict(id=f"{language}-{model}-{index:03d}", source="recognizers-text", file=path,
                       commit=commit, language=language, text=text, expected=expected, set_aside=category)


def _interval(resolution, language):
    """'[20,30)' -> (20.0, 30.0); an empty side is None. The Spanish range specs, unlike the
    Spanish number specs, write a decimal point, so ',' only parts the bounds."""
    body = resolution.strip()[1:-1]
    low, _, high = body.partition(",")
    return (float(low) if low.strip() else None), (float(high) if high.strip() else None)


# ---------------------------------------------------------------- text2num


def text2num_cases(repo, language):
    path = TEXT2NUM[language]
    tree = ast.parse(git_show(repo, TEXT2NUM_COMMIT, path))
    position = 0
    for function in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):
        names = {}
        # Statement by statement, so `source = ...` binds the calls that follow it.
        for node in (n for statement in function.body for n in ast.walk(statement)):
            if isinstance(node, ast.Assign) and isinstance(node.value, (ast.Constant, ast.JoinedStr)):
                try:
                    names[node.targets[0].id] = ast.literal_eval(node.value)
                except (ValueError, AttributeError):
                    pass
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr not in ("assertEqual", "assertRaises"):
                continue
            position += 1
            base = dict(id=f"{language}-text2num-{position:03d}", source="text2num", file=path,
                        commit=TEXT2NUM_COMMIT, language=language)
            if node.func.attr == "assertRaises":
                phrase = _literal(node.args[2], names)
                yield dict(base, text=phrase, expected=[], set_aside="text2num-error")
                continue
            call, answer = node.args
            if not isinstance(call, ast.Call):
                continue
            function_name = call.func.id
            source = _literal(call.args[0], names)
            answer = _literal(answer, names)
            relaxed = any(k.arg == "relaxed" and _literal(k.value, names) for k in call.keywords)
            if function_name == "text2num":
                stripped = source.strip()
                start = source.index(stripped)
                yield dict(base, text=source, expected=[span(source, start, start + len(stripped), float(answer))],
                           set_aside=None)
                continue
            expected, groups = _alpha_spans(source, answer, language)
            category = None
            if relaxed and _SPANISH_RELAXED.search(source) and language == "es":
                category = "text2num-relaxed"
            elif groups:
                category = groups
            yield dict(base, text=source, expected=expected, set_aside=category)


def _literal(node, names):
    if isinstance(node, ast.Name):
        return names[node.id]
    return ast.literal_eval(node)


# Spanish tens and units with no "y" between them ("treinta cinco"): only relaxed mode joins them.
_SPANISH_RELAXED = re.compile(r"\b(?:veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)\s+"
                              r"(?:uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)\b", re.IGNORECASE)
_TOKEN = re.compile(r"[^\s,.;:!?=]+(?:[.,]\d+)*|[,.;:!?=]")


def _alpha_spans(source, answer, language):
    """Spans of `source` that alpha2digit turns into the numbers of `answer`, and a set-aside
    category when the answer is not a list of quantities (ordinals, digit strings)."""
    import difflib
    src = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(source)]
    dst = [m.group() for m in _TOKEN.finditer(answer)]
    matcher = difflib.SequenceMatcher(a=[t[0].lower() for t in src], b=[t.lower() for t in dst], autojunk=False)
    spans, category = [], None
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        numbers = dst[j1:j2]
        if any(re.fullmatch(r"\d+(?:st|nd|rd|th|º|ª|o|a|er|ro|ra|ros|ras|os|as|e|ème|ᵉ)", n) for n in numbers):
            category = "ordinal"
        if any(re.fullmatch(r"[+]?0\d+", n) for n in numbers):
            category = category or "digit-groups"
        words = src[i1:i2]
        for n in numbers:
            if not re.fullmatch(r"[-+]?\d+(?:[.,]\d+)?\w*", n):
                continue
            value = _answer_value(n)
            taken = None
            for k in range(1, len(words) + 1):
                phrase = " ".join(w[0] for w in words[:k])
                if value is not None and _alpha_value(phrase, language) == abs(value):
                    taken = k
                    break
            if taken is None:
                taken = len(words) if len(numbers) == 1 else 1
            if value is None or not words:
                continue
            start, end = words[0][1], words[taken - 1][2]
            spans.append(span(source, start, end, value))
            words = words[taken:]
    return spans, category


def _alpha_value(phrase, language):
    """The number text2num reads in `phrase` (sign words left out), or None."""
    from text_to_num import alpha2digit
    phrase = re.sub(r"^(?:plus|más|mas|menos|minus)\s+", "", phrase, flags=re.IGNORECASE)
    digits = alpha2digit(phrase, language).strip()
    try:
        return float(digits.replace(",", ".")) if re.fullmatch(r"\d+(?:[.,]\d+)?", digits) else None
    except ValueError:
        return None


def _answer_value(token):
    match = re.fullmatch(r"([-+]?\d+(?:[.,]\d+)?)", token)
    if not match:
        return None
    return float(match.group(1).replace(",", "."))


# ---------------------------------------------------------------- quantulum3

# quantulum3 counts dozens and grosses as units; a news reader counts the items.
_MULTIPLE_UNITS = {"dozen": 12, "baker's dozen": 13, "gross": 144}


def quantulum3_cases(repo):
    for path in QUANTULUM3:
        commit = last_commit(repo, path)
        stem = Path(path).name.replace(".json", "")
        for index, case in enumerate(json.loads(git_show(repo, "HEAD", path)), 1):
            text, expected, category = case["req"], [], None
            cursor = 0
            for result in case["res"]:
                start, end = locate(text, result["surface"], cursor)
                cursor = end
                value = float(result["value"]) * _MULTIPLE_UNITS.get(result["unit"], 1)
                uncertainty = result.get("uncertainty")
                if uncertainty:
                    expected.append(span(text, start, end, None, low=value - uncertainty, high=value + uncertainty))
                else:
                    expected.append(span(text, start, end, value, percent=result["unit"] == "percentage"))
            if _EXPONENT.search(" ".join(e["text"] for e in expected)):
                category = "exponent"
            yield dict(id=f"en-quantulum3-{stem}-{index:03d}", source="quantulum3", file=path, commit=commit,
                       language="en", text=text, expected=expected, set_aside=category)


def reclassify(folder):
    """Set aside the converted Recognizers-Text cases that `cuts_fraction` catches."""
    for language in ("en", "es"):
        path = folder / f"numbers_{language}.jsonl"
        cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for case in cases:
            if (case["source"] == "recognizers-text" and case["set_aside"] is None
                    and cuts_fraction(case["text"], case["expected"])):
                case["set_aside"] = "cut-fraction"
        path.write_text("".join(json.dumps(case, ensure_ascii=False) + "\n" for case in cases), encoding="utf-8")
    return 0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--recognizers", type=Path)
    parser.add_argument("--text2num", type=Path)
    parser.add_argument("--quantulum3", type=Path)
    parser.add_argument("--out", default=HERE, type=Path)
    parser.add_argument("--reclassify", action="store_true",
                        help="apply the set-aside rules that read only a case's text and expected spans "
                             "to the converted files in --out, without the upstream repositories")
    args = parser.parse_args(argv)
    if args.reclassify:
        return reclassify(args.out)
    if not (args.recognizers and args.text2num and args.quantulum3):
        parser.error("--recognizers, --text2num and --quantulum3 are required (or --reclassify)")
    for language in ("en", "es"):
        cases = list(recognizers_cases(args.recognizers, language)) + list(text2num_cases(args.text2num, language))
        if language == "en":
            cases += list(quantulum3_cases(args.quantulum3))
        for case in cases:
            for e in case["expected"]:
                assert case["text"][e["start"]:e["end"]] == e["text"], (case["id"], e)
            assert case["set_aside"] in (None, *SET_ASIDE), case
        with open(args.out / f"numbers_{language}.jsonl", "w", encoding="utf-8") as out:
            for case in cases:
                out.write(json.dumps(case, ensure_ascii=False) + "\n")
        counts = {}
        for case in cases:
            counts[case["set_aside"]] = counts.get(case["set_aside"], 0) + 1
        print(language, len(cases), counts, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
