"""The command line: parses arguments, calls the library, prints. No logic here.

Exit codes: 0 success, 1 an error the user can fix (printed as `error: ...`
lines on stderr, no traceback), 2 a usage error.
"""
import argparse
import sys

from . import __version__, build_report, load_corpus, load_rules, write_reports
from .errors import ReconcileError
from .parallel import settled_heap
from .report import FORMATS, render_jsonl

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
    for name, (function, help_text, example) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text,
                           epilog=f"Example:\n  {example}", formatter_class=argparse.RawDescriptionHelpFormatter)
        function.arguments(p)
        p.set_defaults(handler=function)
    return parser


def main(argv=None):
    """Run the command line with `argv` (default: sys.argv[1:]); returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
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
         "reconcile run corpus/ --rules rules/ --out reports/ --format html --format csv")
def run_command(args):
    formats = sorted(set(args.format))
    if "claimreview" in formats and not args.publisher:
        print("reconcile run: error: --format claimreview needs --publisher NAME (the organisation that "
              "reviews the claims)", file=sys.stderr)
        return 2
    report = build_report(args.paths or ["corpus"], rules=args.rules, language=args.language, jobs=args.jobs,
                          cache=None if args.no_cache else args.cache, progress=True, keep_text=False)
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
    parser.add_argument("--rules", default="rules", metavar="DIR", help="rules folder or file (default: rules/)")
    parser.add_argument("--out", default="reports", metavar="DIR", help="output folder (default: reports/)")
    parser.add_argument("--jobs", type=_jobs, default=0, metavar="N",
                        help="extract in N processes (default 0: all cores)")
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


@command("check-rules", "Validate rule files and list the rules; every problem is reported at once.",
         "reconcile check-rules rules/")
def check_rules_command(args):
    rules = load_rules(args.path)
    for rule in rules:
        print(f"{rule.file}:{rule.line}: {rule.id} ({rule.kind}): {rule.title}")
    print(f"{len(rules)} rules, no problems")


def _check_rules_arguments(parser):
    parser.add_argument("path", nargs="?", default="rules", metavar="DIR", help="rules folder or file (default: rules/)")


check_rules_command.arguments = _check_rules_arguments


@command("evaluate", "Score extraction and matching against gold annotations; exit 1 below the given minimums.",
         "reconcile evaluate tests/gold corpus/ --min quote.recall=0.9 --min grouping.precision=0.95")
def evaluate_command(args):
    from .evaluate import check_thresholds, evaluate, load_gold, render_evaluation
    gold = load_gold(args.gold)
    report = build_report(args.paths or ["corpus"], rules=None if args.no_rules else args.rules,
                          language=args.language, jobs=args.jobs)
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
    parser.add_argument("--rules", default="rules", metavar="DIR", help="rules folder or file (default: rules/)")
    parser.add_argument("--no-rules", action="store_true", help="match without any rules (measures fuzzy grouping)")
    parser.add_argument("--min", type=_threshold, action="append", default=[], metavar="KEY=NUMBER",
                        help="fail (exit 1) when a measure is below NUMBER; keys like quantity.recall, "
                             "quote.speaker, grouping.precision, verdict.accuracy")
    parser.add_argument("--quiet", action="store_true", help="print the scores only, not the lists of errors")
    parser.add_argument("--jobs", type=_jobs, default=0, metavar="N",
                        help="extract in N processes (default 0: all cores)")
    _language(parser)


evaluate_command.arguments = _evaluate_arguments
