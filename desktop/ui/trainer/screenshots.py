"""Screenshots of trainer mode in each language: ``python -m desktop.ui.trainer.screenshots DIR [--lang L]``
writes ``DIR/<lang>/3N-*.png`` — the trainer panel on a classroom sandbox (1280x800 and 1024x768), a lesson
step, and presenter mode. A classroom sandbox with six seats runs on a loopback port; the seats file over HTTP
as trainees would, one of them under the rejection scenario.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import uuid
from pathlib import Path
from typing import Any

import requests

from desktop.ui.screenshots import LANGUAGES, _pump, _settle

SEATS = 6
SEAT_PASSWORD = "seat-pass"


def _classroom() -> Any:
    from desktop.core.model import exchange
    from desktop.core.model.derive import derive_declarations
    from desktop.core.resources import resource_path
    from desktop.sandbox import classroom
    from desktop.sandbox.server import run_embedded

    handle = run_embedded()
    classroom.add_seats(handle.sandbox, SEATS, SEAT_PASSWORD)
    doc = exchange.read(resource_path("samples", "cq-jiangling-cross-border-rail-pingxiang-hanoi.json"))
    assert doc.shipment is not None and doc.company is not None
    declaration = derive_declarations(doc.shipment, doc.company)[0]
    handle.set_scenario("seat-04", "rejection")
    body = declaration.model_dump(mode="json")
    with requests.Session() as session:
        for number in (1, 2, 4, 5):
            seat = f"seat-{number:02d}"
            login = session.post(f"{handle.url}/v1/auth/token", timeout=10, json={
                "grant_type": "password", "username": seat, "password": SEAT_PASSWORD})
            login.raise_for_status()
            session.post(
                f"{handle.url}/v1/declarations", timeout=10,
                json={"company_id": seat, "client_seq_no": uuid.uuid4().hex[:20], "declaration": body},
                headers={"Idempotency-Key": str(uuid.uuid4()),
                         "Authorization": f"Bearer {login.json()['access_token']}"},
            ).raise_for_status()
    handle.advance(90)
    return handle


def capture(out_dir: Path, lang: str) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.ui.app import create_app

    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    room = _classroom()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            ctx = create_app(["--data-dir", tmp, "--lang", lang, "--platform", room.url], excepthook=False)
            try:
                written += _scenes(ctx, out_dir)
            finally:
                ctx.close()
    finally:
        room.stop()
    return written


def _save(widget: Any, path: Path, written: list[Path]) -> None:
    widget.grab().save(str(path))
    written.append(path)


def _scenes(ctx: Any, out_dir: Path) -> list[Path]:
    app, w = ctx.app, ctx.window
    written: list[Path] = []
    w.resize(1280, 800)
    w.show()
    _pump(app, lambda: w.login_dialog is not None)
    dialog = w.login_dialog
    dialog.username.setText("trainer")
    dialog.password.setText("trainer1234")
    dialog._on_ok()
    _pump(app, lambda: bool(w.companies) and w.login_dialog is None)
    hook = w.trainer_hook
    _pump(app, lambda: hook.panel is not None and hook.panel.trainee_model.rowCount() == 2 + SEATS)
    panel = hook.panel
    _pump(app, lambda: panel.filing_model.rowCount() == 4)
    panel.trainee_view.selectRow(2 + 3)  # seat-04, the rejected one
    _pump(app, lambda: panel.trainee_filter == "seat-04" and panel.filing_model.rowCount() == 1)
    panel.trainee_view.clearSelection()
    _pump(app, lambda: panel.filing_model.rowCount() == 4)
    panel.stop()  # the pictures wait for every background task: no long poll may stay out
    hook.dock.setMinimumWidth(640)
    _settle(ctx)
    _save(w, out_dir / "30-trainer-panel.png", written)
    w.resize(1024, 768)
    hook.dock.setMinimumWidth(560)
    _settle(ctx)
    _save(w, out_dir / "31-trainer-panel-1024.png", written)
    # a lesson step, checked and not yet done
    hook.dock.hide()
    hook.dock.setMinimumWidth(0)
    w.resize(1280, 800)
    hook.lesson_action.trigger()
    lessons = hook.lessons
    lessons.lesson_combo.setCurrentIndex(lessons.lesson_combo.findData("first-declaration"))
    hook.lesson_dock.setMinimumWidth(420)
    editor = w.new_shipment()
    _settle(ctx)
    answers: list[bool] = []
    lessons.checked.connect(answers.append)
    lessons.check()
    _pump(app, lambda: bool(answers))
    _settle(ctx)
    _save(w, out_dir / "32-lesson-step.png", written)
    w.resize(1024, 768)
    _settle(ctx)
    _save(w, out_dir / "33-lesson-step-1024.png", written)
    # presenter mode: larger type, the field being explained highlighted
    hook.lesson_dock.hide()
    w.resize(1280, 800)
    if editor is not None:
        field = editor.header.editor("reference")
        w.activateWindow()
        field.editor.setFocus()
        hook.presenter.set_active(True)
        hook.presenter._on_app_focus_changed(None, field.editor)
        _settle(ctx)
        _save(w, out_dir / "34-presenter-mode.png", written)
        w.resize(1024, 768)
        _settle(ctx)
        _save(w, out_dir / "35-presenter-mode-1024.png", written)
        hook.presenter.set_active(False)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("directory", type=Path)
    parser.add_argument("--lang", action="append", choices=LANGUAGES, help="one language (repeatable); default all")
    args = parser.parse_args(argv)
    for lang in args.lang or LANGUAGES:
        for path in capture(args.directory / lang, lang):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
