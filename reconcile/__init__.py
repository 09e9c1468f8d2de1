"""reconcile: pull checkable claims out of news articles, match them across
sources, and report what the sources agree on, contradict, or alone say.

The whole pipeline, one stage a line:

    documents, skipped = read_corpus(paths)           # corpus.py: files -> Documents
    sections = split_sections(document)               # sections.py: body / comments / chrome
    claims = claims_in_document(document, sections)   # extract/: quantities, dates, quotes
    claims = canonical_speakers(claims, documents)    # normalize.py: one name per speaker
    candidates = match_claims(claims, rules)          # match.py: rules first, then evident twins
    groups = judge_groups(candidates)                 # judge.py: verdicts and differences
    write_reports(report, out_dir)                    # report/: Markdown and JSON
"""

import time

import attrs

from .corpus import read_corpus
from .errors import CorpusError, OutputError, ReconcileError, RuleError
from .extract import claims_in_document, claims_in_text
from .judge import judge_groups
from .match import match_claims
from .model import Claim, Document, Group, Report, Rule, Section, Skipped
from .normalize import canonical_speakers
from .parallel import settled_heap
from .report import render_json, render_jsonl, render_markdown, write_reports
from .rules import load_rules
from .sections import split_sections

__version__ = "0.1.0"


def load_corpus(paths):
    """Documents and Skipped inputs from files and folders."""
    return read_corpus(paths)


def extract_claims(documents, *, language=None, jobs=1, cache=None, progress=False, timings=None):
    """(sections, claims, failures) of `documents`, in document order.

    `language` forces one language for every document; `jobs` > 1 extracts in
    that many processes with the same result as one (0: all cores); `cache`, a
    folder, keeps results so unchanged documents are not extracted again;
    `progress` shows a progress bar on a terminal for runs of a few seconds.
    A document whose extraction fails is reported in `failures`, never dropped.
    When `timings` is a dict, the processor seconds spent finding sections and
    claims (summed over the processes) are added to it.
    """
    from .cache import ClaimCache
    from .parallel import map_documents
    store = ClaimCache(cache) if cache else None
    results = {}
    if store:
        for position, document in enumerate(documents):
            found = store.get(document, language)
            if found is not None:
                results[position] = found
    todo = [position for position in range(len(documents)) if position not in results]
    fresh = map_documents(_extract_one, [documents[p] for p in todo], language, jobs=jobs, progress=progress)
    for position, result in zip(todo, fresh):
        if not isinstance(result, str):
            found_sections, found_claims, seconds = result
            result = (found_sections, found_claims)
            if timings is not None:
                for stage, spent in zip(("sections (cpu)", "claims (cpu)"), seconds):
                    timings[stage] = timings.get(stage, 0.0) + spent
            if store:
                store.put(documents[position], language, result)
        results[position] = result
    sections, claims, failures = [], [], []
    for position, document in enumerate(documents):
        result = results[position]
        if isinstance(result, str):
            failures.append(Skipped(document.path, f"extraction failed: {result}"))
            continue
        sections.extend(result[0])
        claims.extend(result[1])
    return sections, claims, failures


def _extract_one(document, language):
    """(sections, claims, (seconds on sections, seconds on claims)) of one document."""
    start = time.process_time()
    found = split_sections(document, language=language)
    middle = time.process_time()
    claims = claims_in_document(document, found)
    return found, claims, (middle - start, time.process_time() - middle)


def build_report(paths, *, rules, language=None, jobs=1, timings=None, cache=None, progress=False,
                 keep_text=True):
    """The Report for the corpus at `paths` reconciled with the rules at `rules`.

    When `timings` is a dict, the seconds each stage took are added to it; see
    extract_claims for `cache` and `progress`. With `keep_text` false the
    documents' text is let go once their claims are extracted (the Report's
    documents keep their metadata), so memory grows with the claims, not the text.
    """
    clock = _Clock(timings)
    rule_set = load_rules(rules) if rules is not None else ()
    documents, skipped = clock("read", read_corpus, paths)
    sections, claims, failures = clock("extract", extract_claims, documents, language=language, jobs=jobs,
                                       cache=cache, progress=progress, timings=timings)
    failed = {f.path for f in failures}
    documents = [d if keep_text else attrs.evolve(d, text="", source=None)
                 for d in documents if d.path not in failed]
    with settled_heap():
        claims = clock("normalize", canonical_speakers, claims, documents)
        candidates = clock("match", match_claims, claims, rule_set, jobs=jobs)
        groups = clock("judge", judge_groups, candidates)
    return Report(documents=tuple(documents), sections=tuple(sections), claims=tuple(claims),
                  groups=groups, skipped=tuple(sorted(skipped + failures, key=lambda s: s.path)),
                  rules=rule_set)


class _Clock:
    """Calls a stage and adds the seconds it took to a dict (when there is one)."""

    def __init__(self, timings):
        self.timings = timings

    def __call__(self, stage, function, *args, **kwargs):
        start = time.perf_counter()
        result = function(*args, **kwargs)
        if self.timings is not None:
            self.timings[stage] = self.timings.get(stage, 0.0) + time.perf_counter() - start
        return result


def run(paths=("corpus",), *, rules="rules", out="reports", language=None, jobs=1, timings=None,
        cache=None, progress=False):
    """Reconcile the corpus and write report.md and report.json into `out`; returns the Report."""
    report = build_report(paths, rules=rules, language=language, jobs=jobs, timings=timings,
                          cache=cache, progress=progress, keep_text=False)
    with settled_heap():
        _Clock(timings)("report", write_reports, report, out)
    return report


__all__ = [
    "run", "build_report", "load_corpus", "load_rules", "extract_claims", "claims_in_text",
    "render_markdown", "render_json", "render_jsonl", "write_reports",
    "Claim", "Document", "Group", "Report", "Rule", "Section", "Skipped",
    "ReconcileError", "RuleError", "CorpusError", "OutputError",
]
