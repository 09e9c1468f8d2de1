"""The one exception family of reconcile: errors a user can fix."""


class ReconcileError(Exception):
    """An error the user can fix; the CLI prints it as one line and exits 1."""


class RuleError(ReconcileError):
    """One or more rule files are invalid; the message lists every problem found."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


class CorpusError(ReconcileError):
    """A corpus path or its manifest cannot be used."""


class OutputError(ReconcileError):
    """The report cannot be written where the user asked."""


def yaml_error_line(error):
    """The 1-based line a PyYAML error points at (1 when it points nowhere)."""
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    return mark.line + 1 if mark is not None else 1


def yaml_problem(file, error):
    """One line saying where and why a file is not valid YAML."""
    reason = getattr(error, "problem", None) or str(error).splitlines()[0]
    return f"{file}:{yaml_error_line(error)}: not valid YAML: {reason}"
