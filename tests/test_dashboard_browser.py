"""The dashboard in a real browser: the system Chromium driven by Playwright against
`eventwire serve` started on a free loopback port. Screenshots go to
build/test-artifacts/ (or $EVENTWIRE_TEST_ARTIFACTS)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed")
pytest.importorskip("uvicorn", reason="the web extra is not installed")
pytest.importorskip("plotly", reason="the web extra is not installed")
sync_api = pytest.importorskip("playwright.sync_api",
                               reason="the test extra (playwright) is not installed")

from explore_store import build  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
# The system browser, never a downloaded one; no background network of its own.
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
ARTIFACTS = Path(os.environ.get("EVENTWIRE_TEST_ARTIFACTS",
                                Path(__file__).resolve().parent.parent / "build" /
                                "test-artifacts"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = build(tmp_path_factory.mktemp("browser") / "events.duckdb")
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "eventwire.cli", "serve", "--db", str(db), "--host",
         "127.0.0.1", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(f"{url}/health", timeout=1).read()
                break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(f"server exited: {proc.stdout.read().decode()}")
                time.sleep(0.1)
        else:
            pytest.fail("server did not answer /health in 15 s")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("no /usr/bin/chromium: apt-get install -y chromium (.ci/run does)")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    outside: list[str] = []
    # Nothing may be fetched from anywhere but the server: the dashboard is offline.
    page.on("request", lambda r: outside.append(r.url)
            if not r.url.startswith((server, "data:")) else None)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    context.close()
    assert outside == [], f"requests left the server: {outside}"
    assert errors == [], f"JavaScript errors: {errors}"


def test_dashboard_shows_a_dyad(page, server):
    page.goto(server + "/")
    page.wait_for_selector("body[data-loaded=true]")
    assert "9 events in 5 documents" in page.inner_text("#health")
    page.fill("#source", "USA")
    page.fill("#target", "COL")
    page.check("#both")
    page.click("#apply")
    page.wait_for_selector("body[data-loaded=true]")  # charts and table drawn
    sync_api.expect(page.locator("#events tbody tr")).to_have_count(5)
    assert page.locator("#timeline .main-svg").count() > 0  # plotly drew the chart
    assert page.locator("#timeline .bars .point").count() > 0
    assert page.locator("#map .scatterlayer .point").count() == 2  # Washington, Bogota
    marks = page.locator("#events tbody td.evidence mark").all_inner_texts()
    assert "signed" in marks and "accused" in marks
    page.screenshot(path=str(ARTIFACTS / "dashboard-dyad.png"), full_page=True)


def test_document_page_marks_the_evidence(page, server):
    page.goto(server + "/")
    page.wait_for_selector("body[data-loaded=true]")
    row = page.locator("#events tbody tr", has_text="Sign formal agreement")
    row.locator("a.doc-link").click()
    page.wait_for_selector("mark.selected")
    assert page.inner_text("mark.selected") == "signed"
    assert "Petro visited Trump" in page.inner_text("#text")
    page.screenshot(path=str(ARTIFACTS / "document-span.png"), full_page=True)


def test_api_errors_are_shown_in_the_page(page, server):
    page.goto(server + "/")
    page.wait_for_selector("body[data-loaded=true]")
    page.fill("#since", "2026-02-01")
    page.fill("#until", "2026-01-01")
    page.click("#apply")
    page.wait_for_selector("#error:not([hidden])")
    text = page.inner_text("#error")
    assert "E401" in text and "since" in text and "422" in text
    page.screenshot(path=str(ARTIFACTS / "dashboard-error.png"), full_page=True)


def test_openapi_docs_render_offline(page, server):
    page.goto(server + "/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=20_000)  # operations listed
    assert page.locator(".opblock-summary-path", has_text="/timeline").count() == 1
    page.screenshot(path=str(ARTIFACTS / "openapi-docs.png"))
