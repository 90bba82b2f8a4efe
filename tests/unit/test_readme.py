"""README's test command is exactly what CI runs."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    ci_cmd = [ln for ln in ci.splitlines() if ln.strip() and not ln.startswith("#")][-1].strip()
    assert "pytest" in ci_cmd
    assert f"bash .ci/setup && {ci_cmd}" in readme
