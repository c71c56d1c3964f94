"""``corridor-desk sandbox``: run the classroom sandbox, and the trainer's controls over it.

``corridor-desk sandbox [--host H] [--port P] [--data FILE|URL] [--seats N]`` runs the server (its data in a
file, or on a PostgreSQL server at a ``postgresql://`` URL);
with a subcommand it talks to a running sandbox (``--platform URL``, default the embedded one) as the logged-in
trainer: ``trainees``, ``scenario NAME [--trainee USER]``, ``clock [--advance 2h]``, ``reset --yes``,
``seats N``. Seat passwords come from ``CORRIDOR_SEAT_PASSWORD`` (default ``train1234``), never the command line.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

from desktop.commands.common import EXIT_INVALID, EXIT_OK, EXIT_UNAVAILABLE, Console
from desktop.commands.platform import _common, _run
from desktop.core.platform.classroom import SCENARIOS
from desktop.core.store.errors import StoreError

SEAT_PASSWORD_ENV = "CORRIDOR_SEAT_PASSWORD"
DEFAULT_SEAT_PASSWORD = "train1234"


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("sandbox", help="run the local sandbox platform, or control a classroom on it")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument(
        "--data",
        metavar="FILE|URL",
        help="keep the sandbox's data in FILE or on a PostgreSQL server at a postgresql:// URL (password from"
        " PGPASSWORD or ~/.pgpass); default: in memory",
    )
    p.add_argument(
        "--seats",
        type=int,
        default=0,
        metavar="N",
        help=f"trainee seats seat-01 .. seat-NN (password: ${SEAT_PASSWORD_ENV} or {DEFAULT_SEAT_PASSWORD})",
    )
    p.set_defaults(func=cmd_serve)
    sub = p.add_subparsers(dest="sandbox_command", metavar="CONTROL")

    c = sub.add_parser("trainees", help="list the class: each trainee's scenario and filings (trainer)")
    _common(c)
    c.set_defaults(func=cmd_trainees)

    c = sub.add_parser("scenario", help="set the scenario of the whole class or of one trainee (trainer)")
    c.add_argument("scenario", choices=SCENARIOS)
    c.add_argument("--trainee", metavar="USER", help="only this trainee (default: the whole class)")
    _common(c)
    c.set_defaults(func=cmd_scenario)

    c = sub.add_parser("clock", help="show the sandbox clock, or move it forward (trainer)")
    c.add_argument("--advance", metavar="TIME", help="move forward by 90 (seconds), 30m, 2h or 1d")
    _common(c)
    c.set_defaults(func=cmd_clock)

    c = sub.add_parser("reset", help="reset the class to fresh demo data; seats and logins are kept (trainer)")
    c.add_argument("--yes", action="store_true", help="really remove every filing of the class")
    _common(c)
    c.set_defaults(func=cmd_reset)

    c = sub.add_parser("seats", help="make sure trainee seats seat-01 .. seat-NN exist (trainer)")
    c.add_argument("count", type=int)
    _common(c)
    c.set_defaults(func=cmd_seats)


def _seat_password() -> str:
    return os.environ.get(SEAT_PASSWORD_ENV) or DEFAULT_SEAT_PASSWORD


def cmd_serve(args: argparse.Namespace, console: Console) -> int:
    from desktop.sandbox.server import serve

    if not 0 <= args.seats <= 200:
        console.error("classroom.bad_seats", count=args.seats)
        return EXIT_INVALID
    try:
        serve(host=args.host, port=args.port, db_path=args.data, seats=args.seats, seat_password=_seat_password())
    except KeyboardInterrupt:
        return EXIT_OK
    except OSError as exc:
        console.error("classroom.cannot_listen", url=f"http://{args.host}:{args.port}", detail=exc.strerror or str(exc))
        return EXIT_UNAVAILABLE
    except StoreError as exc:  # the database server of --data refused or cannot be reached
        console.core_error(exc)
        return EXIT_UNAVAILABLE
    return EXIT_OK


def cmd_trainees(args: argparse.Namespace, console: Console) -> int:
    from desktop.core.services import classroom

    def body(p: Any) -> int:
        found = classroom.trainees(p)
        if args.json:
            console.json([t.model_dump(mode="json") for t in found])
            return EXIT_OK
        console.say("{n} trainee(s):", plural=len(found), n=len(found))
        for t in found:
            last = console.when(t.last_activity)
            console.print(
                f"  {t.username:<16} {t.scenario:<13} "
                + console.tr(
                    "declarations {d}, bookings {b}, rejected {r}, last {last}",
                    d=t.count("declaration"),
                    b=t.count("booking"),
                    r=t.count(status="rejected"),
                    last=last,
                )
            )
        return EXIT_OK

    return _run(args, console, body)


def cmd_scenario(args: argparse.Namespace, console: Console) -> int:
    from desktop.core.services import classroom

    def body(p: Any) -> int:
        classroom.set_scenario(p, args.scenario, args.trainee)
        if args.trainee:
            console.say("Scenario {scenario} for {user}.", scenario=args.scenario, user=args.trainee)
        else:
            console.say("Scenario {scenario} for the whole class.", scenario=args.scenario)
        return EXIT_OK

    return _run(args, console, body)


def cmd_clock(args: argparse.Namespace, console: Console) -> int:
    from desktop.core.services import classroom

    def body(p: Any) -> int:
        if args.advance:
            moved = classroom.advance(p, classroom.parse_duration(args.advance))
            console.say(
                "Sandbox clock: {clock} ({n} processing step(s) applied).",
                plural=moved.applied,
                clock=console.when(moved.clock, seconds=True, utc=True),
                n=moved.applied,
            )
        else:
            now = classroom.clock(p)
            console.say("Sandbox clock: {clock}.", clock=console.when(now.clock, seconds=True, utc=True))
        return EXIT_OK

    return _run(args, console, body)


def cmd_reset(args: argparse.Namespace, console: Console) -> int:
    from desktop.core.services import classroom

    if not args.yes:
        console.say("This removes every filing of the class. Run again with --yes to do it.")
        return EXIT_INVALID

    def body(p: Any) -> int:
        done = classroom.reset(p)
        removed, kept = done.get("filings_removed", 0), done.get("trainees", 0)
        console.say(
            "Class reset: {removed}, {kept}.",
            removed=console.tr("{n} filing(s) removed", plural=removed, n=removed),
            kept=console.tr("{n} trainee(s) kept", plural=kept, n=kept),
        )
        return EXIT_OK

    return _run(args, console, body)


def cmd_seats(args: argparse.Namespace, console: Console) -> int:
    from desktop.core.services import classroom

    if not 1 <= args.count <= 200:
        console.error("classroom.bad_seats", count=args.count)
        return EXIT_INVALID

    def body(p: Any) -> int:
        seats = classroom.add_seats(p, args.count, _seat_password())
        console.say("{n} seat(s): {first} .. {last}.", plural=len(seats), n=len(seats), first=seats[0], last=seats[-1])
        return EXIT_OK

    return _run(args, console, body)
