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
