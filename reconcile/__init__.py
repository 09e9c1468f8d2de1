"""reconcile: pull checkable claims out of news articles, match them across
sources, and report what the sources agree on, contradict, or alone say.

The whole pipeline, one stage a line:

    entries, skipped = list_corpus(paths)             # corpus.py: the files and their metadata
    extract_files(entries)                            # extraction.py: in worker processes, per file:
        document = read_document(path, metadata)      #   corpus.py: file -> Document
        sections = split_sections(document)           #   sections.py: body / comments / chrome
        claims = claims_in_document(document, sections)  # extract/: quantities, dates, quotes
        trace = trace_sections(document, sections)    #   lineage.py: credit lines, shingle sketch
    claims = canonical_speakers(claims, documents)    # normalize.py: one name per speaker
    claims = infer_years(claims, documents)           # normalize.py: year-less dates get the publication's year
    candidates = match_claims(claims, rules, traces)  # match.py: rules first, then evident twins
    groups = judge_groups(candidates)                 # judge.py: verdicts and differences
    groups, lineage = trace_lineage(documents, ...)   # lineage.py: what each document republishes
                                                      #   (from the traces); independent origins per group
    checks = check_totals(claims, groups, rules)      # consistency.py: totals against their parts
    write_reports(report, out_dir, formats)           # report/: Markdown, JSON, HTML, CSV, ...
"""

import contextlib
import time

from .consistency import check_totals
from .corpus import list_corpus, read_corpus
from .errors import CorpusError, OutputError, ReconcileError, RuleError
from .extract import claims_in_text
from .extraction import extract_claims, extract_files
from .judge import judge_groups
from .lineage import trace_lineage
from .match import match_claims
from .model import Claim, Document, Group, Report, Rule, Section, Skipped
from .normalize import canonical_speakers, infer_years
from .engines import open_engine
from .parallel import settled_heap
from .report import render_json, render_jsonl, render_markdown, write_reports
from .rules import load_rules
from .version import __version__


def load_corpus(paths):
    """Documents and Skipped inputs from files and folders."""
    return read_corpus(paths)


def build_report(paths, *, rules, language=None, jobs=1, timings=None, cache=None, progress=False,
                 keep_text=True, engine="local", scheduler=None):
    """The Report for the corpus at `paths` reconciled with the rules at `rules` (None: no rules).

    When `timings` is a dict, the seconds each stage took are added to it; see
    extract_claims for `cache` and `progress`. With `keep_text` false the
    documents' text is let go once their claims are extracted (the Report's
    documents keep their metadata), so memory grows with the claims, not the text.
    `engine` is where the work runs: 'local' (`jobs` processes on this machine) or 'dask'
    (the Dask scheduler at address `scheduler`, or a LocalCluster of `jobs` workers); the
    Report is the same.
    """
    clock = _Clock(timings)
    entries, skipped = clock("read", list_corpus, paths)  # a wrong corpus path is the first thing to say
    rule_set = load_rules(rules) if rules is not None else ()
    with contextlib.ExitStack() as stack:
        workers = clock("start engine", stack.enter_context,
                        open_engine(engine, jobs=jobs, scheduler=scheduler, cache=cache))
        return _stages(entries, skipped, rules, rule_set, clock, language=language, jobs=workers, timings=timings,
                       cache=cache, progress=progress, keep_text=keep_text)


def _stages(entries, skipped, rules, rule_set, clock, *, language, jobs, timings, cache, progress, keep_text):
    """build_report's stages after the files are listed and the rules read; `jobs` is a
    number of processes or an engine (engines.open_engine)."""
    traces = {}  # each document's lineage Trace, made while its worker held the text
    documents, sections, claims, failures = clock(
        "extract", extract_files, entries, language=language, jobs=jobs, cache=cache, progress=progress,
        timings=timings, keep_text=keep_text, traces=traces)
    with settled_heap():
        claims = clock("normalize", canonical_speakers, claims, documents)
        claims = clock("normalize", infer_years, claims, documents)
        candidates = clock("match", match_claims, claims, rule_set, jobs=jobs, documents=documents, traces=traces)
        groups = clock("judge", judge_groups, candidates, jobs=jobs)
        groups, lineage = clock("lineage", trace_lineage, documents, sections, claims, groups, jobs=jobs,
                                traces=traces)
        checks = clock("consistency", check_totals, claims, groups, rule_set)
    return Report(documents=tuple(documents), sections=tuple(sections), claims=tuple(claims),
                  groups=groups, skipped=tuple(sorted(skipped + failures, key=lambda s: s.path)),
                  rules=rule_set, rules_path=rules,
                  lineage=tuple(lineage[d.id] for d in documents if d.id in lineage), checks=checks)


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
        cache=None, progress=False, formats=(), publisher=None, engine="local", scheduler=None):
    """Reconcile the corpus and write report.md, report.json and the files of `formats`
    (see report.FORMATS) into `out`; returns the Report. See build_report for `engine`."""
    report = build_report(paths, rules=rules, language=language, jobs=jobs, timings=timings,
                          cache=cache, progress=progress, keep_text=False, engine=engine, scheduler=scheduler)
    with settled_heap():
        _Clock(timings)("report", write_reports, report, out, formats, publisher=publisher)
    return report


__all__ = [
    "run", "build_report", "load_corpus", "load_rules", "extract_claims", "extract_files", "claims_in_text",
    "render_markdown", "render_json", "render_jsonl", "write_reports",
    "Claim", "Document", "Group", "Report", "Rule", "Section", "Skipped",
    "ReconcileError", "RuleError", "CorpusError", "OutputError",
]
