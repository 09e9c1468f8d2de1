import os

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")
RULES = os.path.join(ROOT, "rules")
CONTRADICTIONS = os.path.join(ROOT, "tests", "data", "contradictions")
CONTRADICTION_RULES = os.path.join(ROOT, "tests", "data", "contradictions-rules")


def seed(name):
    """The decoded text of one built-in article, by the start of its file name."""
    for file in sorted(os.listdir(CORPUS)):
        if file.startswith(name):
            with open(os.path.join(CORPUS, file), encoding="utf-8") as handle:
                return handle.read()
    raise KeyError(name)


@pytest.fixture(scope="session")
def seed_report():
    from reconcile import build_report
    return build_report([CORPUS], rules=RULES, jobs=1)


@pytest.fixture(scope="session")
def contradiction_report():
    from reconcile import build_report
    return build_report([CONTRADICTIONS], rules=CONTRADICTION_RULES, jobs=1)


from hypothesis import settings as _settings  # noqa: E402

# The suite runs each property on 100 inputs; a fuzzing session runs them on many more:
#   HYPOTHESIS_PROFILE=fuzz python -m pytest tests/test_properties.py
_settings.register_profile("suite", max_examples=100, deadline=None)
_settings.register_profile("fuzz", max_examples=20000, deadline=None)
_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))
