"""The command line: parses arguments, calls the library, prints. No logic here.

Exit codes: 0 success, 1 an error the user can fix (printed as `error: ...`
lines on stderr, no traceback), 2 a usage error.
"""
import argparse
import os
import sys

from . import __version__, build_report, load_corpus, load_rules, write_reports
from .errors import ReconcileError
from .engines import ENGINES
from .parallel import settled_heap
from .report import FORMATS, render_jsonl
from .rules import default_rules_path, rule_files

COMMANDS = {}


def command(name, help_text, example):
    """Register a subcommand; its help ends with an Example block."""
    def register(function):
        COMMANDS[name] = (function, help_text, example)
        return function
    return register


def build_parser():
    parser = argparse.ArgumentParser(
        prog="reconcile", description="Reconcile the checkable claims of news articles across sources.")
    parser.add_argument("--version", action="version", version=f"reconcile {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    groups = {}  # 'rules' -> the subparsers of `reconcile rules`
    for name, (function, help_text, example) in COMMANDS.items():
        *group, leaf = name.split()
        parent = sub
        if group:
            if group[0] not in groups:
                about = GROUPS[group[0]]
                group_parser = sub.add_parser(group[0], help=about, description=about)
                groups[group[0]] = group_parser.add_subparsers(dest="subcommand", metavar="SUBCOMMAND")
                group_parser.set_defaults(handler=None, parser=group_parser)
            parent = groups[group[0]]
        p = parent.add_parser(leaf, help=help_text, description=help_text,
                              epilog=f"Example:\n  {example}", formatter_class=argparse.RawDescriptionHelpFormatter)
        function.arguments(p)
        p.set_defaults(handler=function)
    return parser


# Commands that group subcommands, with their help.
GROUPS = {"rules": "Write rules: check them, see what one matched and missed, draft new ones."}


def main(argv=None):
    """Run the command line with `argv` (default: sys.argv[1:]); returns the exit code."""
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra and hasattr(args, "paths") and not any(item.startswith("-") for item in extra):
        # "rules explain ID --rules r corpus/": argparse leaves paths given after an option.
        args.paths = list(args.paths or ()) + extra
    elif extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if not getattr(args, "handler", None):
        getattr(args, "parser", parser).print_help(sys.stderr)
        return 2
    try:
        return args.handler(args) or 0
    except ReconcileError as error:
        for line in str(error).splitlines():
            print(f"error: {line}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted; no report was written", file=sys.stderr)
        return 1


def _language(parser):
    parser.add_argument("--language", metavar="LANG", choices=("en", "es"),
                        help="read every document as this language (en or es) instead of detecting it")


def _rules_or_none(explicit):
    """The rules path a run uses: the one given, else ./rules, else None (see _say_no_rules)."""
    return explicit if explicit is not None else default_rules_path()


def _say_no_rules(report):
    """One line on stderr when a run went on without rules (said after the corpus was read,
    so a wrong corpus path is the first and only thing said)."""
    if report.rules_path is None:
        print(f"note: no rules/ folder in {os.getcwd()} and no --rules given: ran without rules "
              "(every group was found without a rule)", file=sys.stderr)


def _jobs(value):
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--jobs takes a whole number (got '{value}')") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"--jobs must be 0 (all cores) or more (got {jobs})")
    return jobs


@command("run", "Extract, match and judge every claim; write reports/report.md and report.json "
                "(and, with --format, report.html, claims.csv, claimreview.jsonld, claims.sqlite).",
         "reconcile run corpus/ --rules rules/ --out reports/ --format html --format csv\n"
         "  reconcile run /shared/articles/ --engine dask --scheduler tcp://10.0.0.5:8786 --cache /shared/cache\n"
         "  reconcile run ~/stories/metro-collapse/   # from a folder without rules/: runs without rules")
def run_command(args):
    formats = sorted(set(args.format))
    if "claimreview" in formats and not args.publisher:
        print("reconcile run: error: --format claimreview needs --publisher NAME (the organisation that "
              "reviews the claims)", file=sys.stderr)
        return 2
    if args.scheduler and args.engine != "dask":
        print("reconcile run: error: --scheduler needs --engine dask", file=sys.stderr)
        return 2
    if args.no_rules and args.rules:
        print("reconcile run: error: --no-rules and --rules together: give one of them", file=sys.stderr)
        return 2
    rules = None if args.no_rules else _rules_or_none(args.rules)
    report = build_report(args.paths or ["corpus"], rules=rules, language=args.language, jobs=args.jobs,
                          cache=None if args.no_cache else args.cache, progress=True, keep_text=False,
                          engine=args.engine, scheduler=args.scheduler)
    if not args.no_rules:
        _say_no_rules(report)
    with settled_heap():
        paths = write_reports(report, args.out, formats, publisher=args.publisher)
    verdicts = {}
    for group in report.groups:
        verdicts[group.verdict] = verdicts.get(group.verdict, 0) + 1
    counts = [(len(report.documents), "document"), (len(report.claims), "claim"),
              (verdicts.get("contradict", 0), "contradiction"), (verdicts.get("variant", 0), "variant"),
              (verdicts.get("agree", 0), "agreement"), (len(report.skipped), "skipped input")]
    print(", ".join(f"{n} {word}{'' if n == 1 else 's'}" for n, word in counts))
    print("wrote " + (" and ".join(paths) if len(paths) < 3 else ", ".join(paths[:-1]) + " and " + paths[-1]))


def _run_arguments(parser):
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: corpus/)")
    parser.add_argument("--rules", metavar="DIR",
                        help="rules folder or file (default: rules/ when there is one, else no rules)")
    parser.add_argument("--no-rules", action="store_true",
                        help="match without any rules, even where a rules/ folder is (a story the rules are not about)")
    parser.add_argument("--out", default="reports", metavar="DIR", help="output folder (default: reports/)")
    parser.add_argument("--jobs", type=_jobs, default=0, metavar="N",
                        help="extract in N processes, or with --engine dask and no --scheduler, start N "
                             "Dask workers (default 0: all cores)")
    parser.add_argument("--engine", choices=ENGINES, default="local",
                        help="where the work runs: local (processes on this machine, the default) or dask "
                             "(a Dask cluster; needs pip install 'reconcile[dask]')")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="with --engine dask: the address of a running Dask scheduler "
                             "(tcp://host:8786); without it a local cluster is started and stopped")
    parser.add_argument("--cache", default=".reconcile-cache", metavar="DIR",
                        help="keep extracted claims here so unchanged documents are not read again "
                             "(default: .reconcile-cache)")
    parser.add_argument("--no-cache", action="store_true", help="extract every document afresh")
    parser.add_argument("--format", action="append", default=[], metavar="FORMAT", choices=sorted(FORMATS),
                        help="also write this format (repeatable): html (report.html), csv (claims.csv), "
                             "claimreview (claimreview.jsonld), sqlite (claims.sqlite); md and json are "
                             "always written")
    parser.add_argument("--publisher", metavar="NAME",
                        help="the organisation reviewing the claims: the author of ClaimReview objects")
    _language(parser)


run_command.arguments = _run_arguments


@command("claims", "Print the claims found in files or folders, one JSON object a line.",
         "reconcile claims corpus/ --format jsonl --language es")
def claims_command(args):
    from . import canonical_speakers, extract_claims
    documents, skipped = load_corpus(args.paths)
    _, claims, failures = extract_claims(documents, language=args.language, jobs=args.jobs)
    claims = canonical_speakers(claims, documents)
    sys.stdout.write(render_jsonl(claims))
    for item in skipped + failures:
        print(f"skipped: {item.path}: {item.reason}", file=sys.stderr)


def _claims_arguments(parser):
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    parser.add_argument("--format", choices=("jsonl",), default="jsonl", help="output format (jsonl)")
    parser.add_argument("--jobs", type=_jobs, default=0, metavar="N",
                        help="extract in N processes (default 0: all cores)")
    _language(parser)


claims_command.arguments = _claims_arguments


@command("rules check", "Validate rule files; every problem is printed at once as file:line: rule 'id': message.",
         "reconcile rules check rules/")
def check_rules_command(args):
    rules = load_rules(args.path)
    if args.list:
        for rule in rules:
            print(f"{rule.file}:{rule.line}: {rule.id} ({rule.kind}): {rule.title}")
    files = len(rule_files(args.path))
    print(f"{len(rules)} rule{'' if len(rules) == 1 else 's'} in {files} file{'' if files == 1 else 's'}, "
          "no problems")


def _check_rules_arguments(parser):
    parser.add_argument("path", nargs="?", default="rules", metavar="DIR", help="rules folder or file (default: rules/)")
    parser.add_argument("--list", action="store_true", help="also list every rule with its file and line")


check_rules_command.arguments = _check_rules_arguments
# The command's first name, kept so scripts that call it go on working.
command("check-rules", "Validate rule files (the same as `reconcile rules check`).",
        "reconcile check-rules rules/")(check_rules_command)


def _rules_required(explicit):
    """The rules a rule-writing command reads: the ones given, else ./rules; an error without either."""
    path = _rules_or_none(explicit)
    if path is None:
        raise ReconcileError(f"rules: no rules/ folder in {os.getcwd()}; give one with --rules DIR")
    return path


def _corpus_arguments(parser):
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: corpus/)")
    parser.add_argument("--rules", metavar="DIR",
                        help="rules folder or file (default: rules/ when there is one)")
    parser.add_argument("--jobs", type=_jobs, default=0, metavar="N",
                        help="extract in N processes (default 0: all cores)")
    _language(parser)


@command("rules explain", "Show every claim one rule matched, with the score of each term and the clause "
         "searched, and the near misses (within 15 points of the threshold) with the term that failed.",
         "reconcile rules explain juarez-charged-share corpus/ --rules rules/ --format json")
def explain_command(args):
    from .explain import explain_rule, explanation_json, explanation_table
    report = build_report(args.paths or ["corpus"], rules=_rules_required(args.rules), language=args.language,
                          jobs=args.jobs)
    explanation = explain_rule(report, args.rule_id)
    sys.stdout.write(explanation_json(explanation) if args.format == "json" else explanation_table(explanation))


def _explain_arguments(parser):
    parser.add_argument("rule_id", metavar="RULE_ID", help="the id of the rule to explain")
    _corpus_arguments(parser)
    parser.add_argument("--format", choices=("table", "json"), default="table",
                        help="table (for a terminal, the default) or json (for tools)")


explain_command.arguments = _explain_arguments


@command("rules suggest", "Draft rules, ready to paste, for the groups found without a rule that span two or "
         "more sources; each draft, added to the rules, forms the same group on the same corpus.",
         "reconcile rules suggest corpus/ --rules rules/ > drafts.yaml")
def suggest_command(args):
    from .suggest import drafts_yaml, suggest_rules
    rules = _rules_or_none(args.rules)
    report = build_report(args.paths or ["corpus"], rules=rules, language=args.language, jobs=args.jobs)
    _say_no_rules(report)
    drafts = suggest_rules(report)
    sys.stdout.write(drafts_yaml(drafts))
    made = sum(1 for draft in drafts if draft.rule is not None)
    print(f"{made} draft{'' if made == 1 else 's'} for {len(drafts)} group{'' if len(drafts) == 1 else 's'} "
          "found without a rule across sources", file=sys.stderr)


def _suggest_arguments(parser):
    _corpus_arguments(parser)


suggest_command.arguments = _suggest_arguments


@command("diff", "What changed between two runs' report.json: claims and groups that appeared or disappeared, "
         "verdicts that changed, values a source changed. Exit 0: no change, 1: changes, 2: bad input.",
         "reconcile diff yesterday/report.json reports/report.json --format md")
def diff_command(args):
    from .diff import ReportFileError, diff_json, diff_markdown, diff_reports, load_report_file
    try:
        old, new = load_report_file(args.old), load_report_file(args.new)
    except ReportFileError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    diff = diff_reports(old, new, old_path=args.old, new_path=args.new)
    sys.stdout.write(diff_json(diff) if args.format == "json" else diff_markdown(diff))
    return 1 if diff.changed() else 0


def _diff_arguments(parser):
    parser.add_argument("old", metavar="OLD.json", help="the earlier run's report.json")
    parser.add_argument("new", metavar="NEW.json", help="the later run's report.json")
    parser.add_argument("--format", choices=("md", "json"), default="md", help="md (the default) or json")


diff_command.arguments = _diff_arguments


@command("evaluate", "Score extraction and matching against gold annotations; exit 1 below the given minimums.",
         "reconcile evaluate tests/gold corpus/ --min quote.recall=0.9 --min grouping.precision=0.95")
def evaluate_command(args):
    from .evaluate import check_thresholds, evaluate, load_gold, render_evaluation
    gold = load_gold(args.gold)
    report = build_report(args.paths or ["corpus"], rules=None if args.no_rules else _rules_or_none(args.rules),
                          language=args.language, jobs=args.jobs)
    if not args.no_rules:
        _say_no_rules(report)
    evaluation = evaluate(gold, report)
    print(render_evaluation(evaluation, misses=not args.quiet), end="")
    failures = check_thresholds(evaluation, dict(args.min))
    for failure in failures:
        print(f"below threshold: {failure}", file=sys.stderr)
    return 1 if failures else 0


def _threshold(value):
    key, _, number = value.partition("=")
    try:
        return key.strip(), float(number)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--min takes KEY=NUMBER, like quote.recall=0.9 (got '{value}')") from None


def _evaluate_arguments(parser):
    parser.add_argument("gold", metavar="GOLD_DIR", help="folder of gold annotations (see tests/gold/README.md)")
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: corpus/)")
    parser.add_argument("--rules", metavar="DIR",
                        help="rules folder or file (default: rules/ when there is one, else no rules)")
    parser.add_argument("--no-rules", action="store_true", help="match without any rules (measures fuzzy grouping)")
    parser.add_argument("--min", type=_threshold, action="append", default=[], metavar="KEY=NUMBER",
                        help="fail (exit 1) when a measure is below NUMBER; keys like quantity.recall, "
                             "quote.speaker, grouping.precision, verdict.accuracy")
    parser.add_argument("--quiet", action="store_true", help="print the scores only, not the lists of errors")
    parser.add_argument("--jobs", type=_jobs, default=0, metavar="N",
                        help="extract in N processes (default 0: all cores)")
    _language(parser)


evaluate_command.arguments = _evaluate_arguments
