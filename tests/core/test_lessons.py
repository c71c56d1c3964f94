"""Guided lessons as data: the built-in files are complete in zh_CN, en and vi; hostile or broken files are
refused with a clear code; a trainer's copy replaces the built-in lesson; each step's check reads a real store."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop.core import lessons
from desktop.core.messages import error_message
from desktop.core.model.filing import FilingStatus
from desktop.core.services import drafts
from desktop.core.store.store import Store
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "motorcycle-parts-chongqing-haiphong.json"


def test_built_in_lessons_are_complete_in_three_languages() -> None:
    found = lessons.catalogue()
    assert found.problems == []
    assert {x.id for x in found.lessons} >= {"first-declaration", "first-booking"}
    for lesson in found.lessons:
        for step in lesson.steps:
            for text in (step.title, step.text):
                assert set(text) == set(lessons.LANGS) and all(v.strip() for v in text.values())
        assert lesson.scenario in ("happy", "rejection", "inspection", "declined")
    assert (lessons.BUILT_IN / "SOURCE.md").is_file()


@pytest.mark.parametrize(
    ("content", "code"),
    [
        ("{not json", "lessons.malformed"),
        ("[" * 100_000, "lessons.malformed"),
        (json.dumps({"format": "corridor-lesson/1", "id": "x", "title": {"en": "only English"},
                     "summary": {"zh_CN": "a", "en": "b", "vi": "c"}, "steps": []}), "lessons.malformed"),
        (" " * (lessons.MAX_FILE + 1), "lessons.too_large"),
    ],
)
def test_a_broken_lesson_file_is_listed_and_skipped(tmp_path: Path, content: str, code: str) -> None:
    (tmp_path / "broken.json").write_text(content, encoding="utf-8")
    found = lessons.catalogue(tmp_path)
    assert [p.code for p in found.problems] == [code]
    assert {x.id for x in found.lessons} >= {"first-declaration", "first-booking"}  # the rest still load
    message = error_message(found.problems[0].code, found.problems[0].params, "vi")
    assert "broken.json" in message and "{" not in message.replace("{not", "")


def test_a_trainers_copy_replaces_the_built_in_lesson(tmp_path: Path) -> None:
    shutil.copy(lessons.BUILT_IN / "first-declaration.json", tmp_path / "mine.json")
    data = json.loads((tmp_path / "mine.json").read_text(encoding="utf-8"))
    data["title"]["vi"] = "Bài của lớp chiều thứ Ba"
    data["steps"] = data["steps"][:2]
    (tmp_path / "mine.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    found = {x.id: x for x in lessons.catalogue(tmp_path).lessons}
    assert found["first-declaration"].title["vi"] == "Bài của lớp chiều thứ Ba"
    assert len(found["first-declaration"].steps) == 2 and found["first-declaration"].source.endswith("mine.json")


def test_each_step_is_checked_against_the_workspace(tmp_path: Path) -> None:
    lesson = {x.id: x for x in lessons.catalogue().lessons}["first-declaration"]
    steps = {s.id: s for s in lesson.steps}
    store = Store.open(tmp_path / "ws.sqlite3")
    try:
        first = lessons.check_step(steps["shipment"], store, "cq-jiangling")
        assert first == lessons.Outcome(False, "lessons.no_shipment")
        result = drafts.import_file(store, SAMPLE, author="seat-01")
        company = store.shipments.get(result.id).company_id
        for name in ("shipment", "consignee", "goods", "route", "derive"):
            assert lessons.check_step(steps[name], store, company).passed, name
        assert lessons.check_step(steps["shipment"], store, "another-company").reason == "lessons.no_shipment"
        assert lessons.check_step(steps["submit"], store, company).reason == "lessons.status_declaration"
        # a field emptied again fails its step, naming the field
        shipment = store.shipments.get(result.id)
        store.shipments.save(shipment.model_copy(update={"invoice_no": ""}), author="seat-01")
        assert lessons.check_step(steps["shipment"], store, company) == lessons.Outcome(
            False, "lessons.field_empty", {"field": "Invoice number"})
        # the platform's receipt makes the last steps pass
        declaration = store.declarations.list(company)[0]
        store.declarations.save(declaration.model_copy(update={"status": FilingStatus.ACCEPTED}), author="sync")
        assert lessons.check_step(steps["submit"], store, company).passed
        assert lessons.check_step(steps["receipt"], store, company).passed
    finally:
        store.close()
