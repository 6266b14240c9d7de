"""The notebooks on a user's own folder: no seed report, no war/ subfolder, a CSV of reports."""
from __future__ import annotations

import shutil
from pathlib import Path

from helpers.render import render_notebooks

WAR = Path(__file__).parent / "fixtures" / "war"  # invented war updates, test fixtures (not bundled data)


def test_every_notebook_runs_on_a_folder_without_the_bundled_reports(tmp_path):
    reports = tmp_path / "my reports"
    reports.mkdir()
    for name in ["2022-09-10_kupiansk-izium.txt", "2022-09-11_kharkiv-blackout.txt"]:
        shutil.copy(WAR / name, reports / name)
    (reports / "wire.csv").write_text(
        "date,title,text\n2022-09-12,Strikes on Kharkiv,\"Russian missiles struck Kharkiv on Sunday evening, "
        "officials said.\"\n", encoding="utf-8")
    summary = render_notebooks(reports=reports, out=tmp_path / "tables", html=tmp_path / "html",
                               build=tmp_path / "build")
    assert summary.failures == {}
    assert sorted(page.name for page in summary.pages) == [
        "00-overview.html", "01-read-reports.html", "02-find-entities-and-places.html",
        "03-resolve-time-and-events.html", "04-merge-the-timeline.html", "05-draw-charts-and-map.html",
        "06-process-many-reports.html", "briefing.html"]
    assert "Kupiansk" in (tmp_path / "html" / "02-find-entities-and-places.html").read_text(encoding="utf-8")
    assert (tmp_path / "tables" / "timeline.csv").exists()
    # the pages speak of these reports, not of the bundled ones
    overview = (tmp_path / "html" / "00-overview.html").read_text(encoding="utf-8")
    assert "<strong>3 reports</strong> read from <code>my reports</code>" in overview
    assert "published 10-12 September 2022" in overview and "Voice of America" not in overview
    briefing = (tmp_path / "html" / "briefing.html").read_text(encoding="utf-8")
    assert "Briefing: 3 reports, published 10-12 September 2022" in briefing
    assert summary.index == tmp_path / "html" / "index.html" and 'href="briefing.html"' in summary.index.read_text()
