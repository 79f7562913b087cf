"""The command line: `python run_bot.py [--console] [--now ISO] [SUBCOMMAND ...]`.

    python run_bot.py                      Telegram (TELEGRAM_BOT_TOKEN set) or offline chat
    python run_bot.py --console            offline chat in the terminal, even with a token
    python run_bot.py [--user-id ID] [--language CODE]
                                           the offline chat as this delegate
    python run_bot.py program [--json]     print the validated program
    python run_bot.py ask [--json] [--now ISO] [--user-id ID] [--language CODE] [QUESTION ...]
                                           answer questions exactly as the bot would
    python run_bot.py attendees SESSION_ID [--json|--csv]
    python run_bot.py meetings [--json|--csv]   accepted meetings: session, slot, table
                                           who signed up, read from the bot's database
    python run_bot.py broadcast --to all|session:<id>|city:<name>|subscribers [--yes]
                                [--text-zh CHINESE] TEXT
    python run_bot.py reload [--yes]        have the running bot load the edited program
    python run_bot.py import-schedule FILE.json --city NAME
                                           a pretalx/frab export as a program file

The subcommands work on the bot's database without Telegram; only the two run modes
load the Telegram stack (handlers/run.py).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import tempfile
from collections import Counter
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import TextIO

from bot.announcements import MAX_TEXT, languages_of, untranslated
from bot.app import Setup, offline_services
from bot.clock import parse_moment
from bot.config import ConfigError, Settings
from bot.delegate import ANONYMOUS, OFFLINE_DELEGATE_ID, Delegate, Lang
from bot.exports import (
    answer_json,
    answer_text,
    attendees_csv,
    attendees_json,
    attendees_text,
    meetings_csv,
    meetings_json,
    meetings_text,
    program_json,
    program_text,
)
from bot.log_privacy import PrivacyFilter
from bot.organizer import Audience
from bot.program import Program, ProgramError, Session, parse_program
from bot.services import Services
from bot.storage import Announcement, Storage, StorageError
from bot.textnorm import is_number
from tools.schedule_import import ImportOptions, ScheduleImportError, import_schedule

EXIT_BAD_CONFIG = 2


class CommandLineError(Exception):
    """A command-line request that cannot be carried out; the message says why."""


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="run_bot.py",
        description="The delegates' assistant of the Hunan–Yangtze River Delta Promotion Week",
    )
    parser.add_argument("--console", action="store_true", help="offline chat even with a token")
    parser.add_argument("--now", help="set the clock, e.g. 2018-07-25T09:00:00+08:00")
    add_delegate_options(parser, inherited=False)
    commands = parser.add_subparsers(dest="command")
    program = commands.add_parser("program", help="print the validated program")
    program.add_argument("--json", action="store_true")
    ask = commands.add_parser("ask", help="answer questions as the bot would")
    ask.add_argument("--json", action="store_true", help="one JSON object per question")
    ask.add_argument("--now", dest="ask_now", help="the clock for these answers")
    add_delegate_options(ask, inherited=True)
    ask.add_argument("question", nargs="*", help="questions; none: one per line from stdin")
    attendees = commands.add_parser("attendees", help="who signed up for a session")
    attendees.add_argument("session_id")
    output = attendees.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true")
    output.add_argument("--csv", action="store_true")
    meetings = commands.add_parser("meetings", help="accepted meetings, for the table plan")
    meetings_output = meetings.add_mutually_exclusive_group()
    meetings_output.add_argument("--json", action="store_true")
    meetings_output.add_argument("--csv", action="store_true")
    broadcast = commands.add_parser("broadcast", help="queue an announcement for the bot")
    broadcast.add_argument(
        "--to",
        required=True,
        help="all | session:<id> | session:<id>+waitlist | city:<name> | subscribers",
    )
    broadcast.add_argument("--yes", action="store_true", help="do not ask to confirm")
    broadcast.add_argument(
        "--text-zh", help="the Chinese version, for delegates reading Chinese (TEXT: the others)"
    )
    broadcast.add_argument("text", nargs="+")
    reload = commands.add_parser("reload", help="check the program file; the bot loads it")
    reload.add_argument("--yes", action="store_true", help="do not ask to confirm")
    importer = commands.add_parser(
        "import-schedule", help="convert a pretalx/frab schedule.json to a program file"
    )
    importer.add_argument("file", type=Path)
    importer.add_argument("--city", required=True, help="the city of every session")
    importer.add_argument("--city-zh")
    importer.add_argument("--address", default="")
    importer.add_argument("--latitude", type=float, default=0.0)
    importer.add_argument("--longitude", type=float, default=0.0)
    importer.add_argument("--capacity", type=int, default=100)
    return parser.parse_args(argv)


def user_id(text: str) -> int:
    """`--user-id`: a Telegram user id, as in ORGANIZER_IDS."""
    if not is_number(text) or int(text) < 1:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a Telegram user id (a positive number such as 123456789)"
        )
    return int(text)


def add_delegate_options(parser: argparse.ArgumentParser, *, inherited: bool) -> None:
    """Who is talking: for the offline chat (the main parser) and for `ask`. In `ask`,
    an option not given must not overwrite the main parser's value, hence SUPPRESS."""
    default = argparse.SUPPRESS if inherited else None
    parser.add_argument(
        "--user-id",
        type=user_id,
        default=default,
        metavar="ID",
        help="talk as this Telegram user id, e.g. one in ORGANIZER_IDS",
    )
    parser.add_argument(
        "--language",
        default=default,
        metavar="CODE",
        help="the delegate's Telegram language, e.g. zh-hans (offline chat: over BOT_LANGUAGE)",
    )


def chat_delegate(args: argparse.Namespace, environ: Mapping[str, str]) -> Delegate:
    """The offline chat's one delegate, from the options or else the defaults."""
    language = args.language or environ.get("BOT_LANGUAGE", "").strip() or None
    return Delegate(args.user_id or OFFLINE_DELEGATE_ID, language)


def load_settings(environ: Mapping[str, str], args: argparse.Namespace) -> Settings:
    settings = Settings.from_env(environ)
    now_text = getattr(args, "ask_now", None) or args.now
    if now_text:
        try:
            now = parse_moment(now_text)
        except ValueError as error:
            raise ConfigError(f"--now {now_text!r} is not an ISO 8601 time") from error
        settings = Settings(**{**settings.__dict__, "now": now})
    return settings


PERSONAL_DATA_LOGGERS = ("telegram", "aiosqlite")


def configure_logging(settings: Settings, *, quiet: bool) -> None:
    level = logging.getLevelNamesMapping()[settings.log_level]
    if quiet and level == logging.INFO:
        level = logging.WARNING
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger().setLevel(level)  # also when the root already had handlers
    # httpx logs every request URL at INFO, and a Bot API URL contains the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    # At DEBUG PTB logs every call's parameters and every update received, and aiosqlite
    # every statement's values: delegates' names and messages. Only an explicit
    # LOG_PERSONAL_DATA=1 lets them through.
    if not settings.log_personal_data:
        for name in PERSONAL_DATA_LOGGERS:
            logging.getLogger(name).setLevel(max(level, logging.INFO))
    # On the handlers, not a logger: a logger's filter misses its children's records.
    privacy = PrivacyFilter([settings.telegram_token, settings.webhook_secret])
    for handler in logging.getLogger().handlers:
        for old in [f for f in handler.filters if isinstance(f, PrivacyFilter)]:
            handler.removeFilter(old)
        handler.addFilter(privacy)
    # A crash's traceback goes through the log too (PTB's InvalidToken names the token).
    sys.excepthook = log_uncaught


def log_uncaught(
    kind: type[BaseException], error: BaseException, traceback: TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, traceback)
        return
    logging.getLogger("bot").critical("stopped by an error", exc_info=(kind, error, traceback))


@asynccontextmanager
async def services_to_ask(setup: Setup, as_delegate: bool) -> AsyncIterator[Services]:
    """A named delegate asks on the bot's own database, as in chat; nobody in particular
    on a throwaway one (a command such as /subscribe must not touch the bot's)."""
    if as_delegate:
        async with offline_services(setup) as services:
            yield services
        return
    with tempfile.TemporaryDirectory() as folder:
        scratch = replace(setup.settings, database_path=Path(folder) / "ask.sqlite3")
        async with offline_services(replace(setup, settings=scratch)) as services:
            yield services


async def answer_questions(
    setup: Setup,
    questions: Iterable[str],
    as_json: bool,
    out: TextIO,
    *,
    user_id: int | None = None,
    language: str | None = None,
) -> None:
    """The same path as a chat message (FrontDesk.respond), asked by delegate `user_id`
    (in the language they last wrote in, unless `language` says) or by nobody."""
    async with services_to_ask(setup, user_id is not None) as services:
        delegate = Delegate(ANONYMOUS.id, language)
        if user_id is not None:
            seen = await services.storage.users.get(user_id)
            delegate = Delegate(user_id, language or (seen.language if seen else None))
        for question in questions:
            if not question.strip():
                continue
            response = await services.front.respond(delegate, question)
            answer, reply = response.answer, response.reply
            out.write(
                answer_json(question, answer, reply) if as_json else answer_text(question, reply)
            )
            out.flush()


async def print_attendees(settings: Settings, session: Session, form: str, out: TextIO) -> None:
    """Reads the bot's own database; safe while the bot runs (WAL: readers never block)."""
    storage = await Storage.open(settings.database_path)
    try:
        attendees = await storage.signups.attendees(session.id)
    finally:
        await storage.close()
    write = {"json": attendees_json, "csv": lambda _, a: attendees_csv(a)}.get(form, attendees_text)
    out.write(write(session, attendees))


async def print_meetings(setup: Setup, form: str, out: TextIO) -> None:
    """Reads the bot's own database, like `attendees`; the program gives the slots' times."""
    async with offline_services(setup) as services:
        meetings = await services.networking.meetings_table()
    write = {"json": meetings_json, "csv": meetings_csv}.get(form, meetings_text)
    out.write(write(meetings))


def audience_code(text: str, program: Program) -> Audience:
    """`--to` as the organizers type it -> the audience code the bot's buttons use."""
    kind, _, arg = text.partition(":")
    if text == "all":
        return Audience("all")
    if text == "subscribers":
        return Audience("sub")
    if kind == "session":
        session_id, _, extra = arg.partition("+")
        if program.session(session_id) is None:
            raise CommandLineError(f"no session {session_id!r} in {program.source}")
        return Audience(("w." if extra == "waitlist" else "s.") + session_id)
    if kind == "city":
        city = next((c for c in program.cities if c.name.lower() == arg.lower()), None)
        if city is None:
            raise CommandLineError(
                f"no city {arg!r}; cities: " + ", ".join(c.name for c in program.cities)
            )
        return Audience(f"c.{city.name}")
    raise CommandLineError(
        f"--to {text!r}: use all, session:<id>, session:<id>+waitlist, city:<name> or subscribers"
    )


def confirm(question: str, assume_yes: bool) -> bool:
    if assume_yes:
        return True
    print(f"{question} [y/N] ", end="", flush=True)
    return sys.stdin.readline().strip().lower() in ("y", "yes")


def announcement_text(announcement: Announcement, readers: Counter[Lang]) -> str:
    """The preview: each version, or the one text and whom it does not speak to."""
    if announcement.text_zh:
        return f"--- English\n{announcement.text}\n--- Chinese\n{announcement.text_zh}\n---"
    shown = f"---\n{announcement.text}\n---"
    if (missing := untranslated(announcement, readers)) is not None:
        language = {"en": "English", "zh": "Chinese"}[missing]
        shown += (
            f"\nThe {readers[missing]} reading {language} get this text too; give English "
            "as TEXT and Chinese as --text-zh to write both."
        )
    return shown


async def broadcast_command(setup: Setup, args: argparse.Namespace) -> int:
    """Writes the broadcast to the bot's database, for the running bot to deliver (or the
    bot when it starts: the output says which)."""
    audience = audience_code(args.to, setup.program)
    text = " ".join(args.text).strip()
    if not text:
        raise CommandLineError("the announcement is empty")
    announcement = Announcement(text[:MAX_TEXT], (args.text_zh or "").strip()[:MAX_TEXT] or None)
    async with offline_services(setup) as services:
        readers = languages_of(
            await audience.recipients(services.storage, services.current.program)
        )
        print(
            f"To {args.to}: {readers.total()} recipients "
            f"({readers['en']} reading English, {readers['zh']} reading Chinese)."
        )
        print(announcement_text(announcement, readers))
        if not confirm("Send?", args.yes):
            print("Not sent.")
            return 1
        draft = await services.storage.broadcasts.create_draft(0, announcement, setup.clock.now())
        _, count = await services.organizer.queue(draft, audience)
        if await services.bot_running():
            print(f"Queued announcement #{draft} for {count} recipients; the running bot sends it.")
        else:
            print(
                f"Queued announcement #{draft} for {count} recipients. No bot is running on "
                "this database: the announcement goes out when the bot starts."
            )
        return 0


async def reload_command(setup: Setup, args: argparse.Namespace) -> int:
    """Validates the file, shows what would change, and asks the running bot to load it."""
    async with offline_services(setup) as services:
        running = await services.storage.programs.running()
        if running is None:
            print("The bot has not recorded the program it runs; the changes are not shown.")
        else:  # compare with what the bot runs, not with the edited file itself
            try:
                running_program = parse_program(running[1], Path(running[0]))
                services.current.install(running_program, setup.travel)
            except ProgramError as error:
                print(
                    f"The program the bot runs cannot be read back ({error}); "
                    "the changes are not shown."
                )
        preview = await services.organizer.reloader.preview()
        if preview.error is not None:
            raise CommandLineError(str(preview.error))
        for change in preview.changes:
            if change.kind == "tables":  # the meetings at places gone, not the signed-up
                moved = preview.reseated.get(change.session_id, 0)
                print(f"{change.kind:<9} {change.session_id}  (meetings to seat again: {moved})")
            else:
                count = preview.affected.get(change.session_id, 0)
                print(f"{change.kind:<9} {change.session_id}  ({count} signed up)")
        if not confirm(f"Ask the running bot to load {setup.settings.program_file}?", args.yes):
            return 1
        await services.storage.requests.put("reload", preview.token, setup.clock.now())
        print("Requested; the running bot reloads within a few seconds.")
        return 0


def import_command(args: argparse.Namespace) -> int:
    options = ImportOptions(
        city=args.city,
        city_zh=args.city_zh,
        address=args.address,
        latitude=args.latitude,
        longitude=args.longitude,
        capacity=args.capacity,
    )
    notes = import_schedule(args.file, sys.stdout, options)
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.command == "import-schedule":  # needs no program of ours
        try:
            return import_command(args)
        except ScheduleImportError as error:
            print(f"error: {error}", file=sys.stderr)
            return EXIT_BAD_CONFIG
    environ = os.environ if environ is None else environ
    try:
        setup = Setup.load(load_settings(environ, args))
    except (ConfigError, ProgramError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_BAD_CONFIG
    try:
        return run_command(args, setup, environ)
    except (StorageError, CommandLineError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_BAD_CONFIG


def run_command(args: argparse.Namespace, setup: Setup, environ: Mapping[str, str]) -> int:
    settings, program = setup.settings, setup.program
    if args.command == "program":
        sys.stdout.write(program_json(program) if args.json else program_text(program))
        return 0
    if args.command == "ask":
        questions = args.question or (line.rstrip("\n") for line in sys.stdin)
        asking = answer_questions(
            setup, questions, args.json, sys.stdout, user_id=args.user_id, language=args.language
        )
        asyncio.run(asking)
        return 0
    if args.command == "attendees":
        session = program.session(args.session_id)
        if session is None:
            raise CommandLineError(f"no session {args.session_id!r} in {program.source}")
        form = "json" if args.json else "csv" if args.csv else "text"
        asyncio.run(print_attendees(settings, session, form, sys.stdout))
        return 0
    if args.command == "meetings":
        form = "json" if args.json else "csv" if args.csv else "text"
        asyncio.run(print_meetings(setup, form, sys.stdout))
        return 0
    if args.command == "broadcast":
        return asyncio.run(broadcast_command(setup, args))
    if args.command == "reload":
        return asyncio.run(reload_command(setup, args))
    offline = args.console or settings.offline
    configure_logging(settings, quiet=offline)
    # Imported here so that the subcommands start without loading the Telegram stack.
    from handlers.run import run_console, run_telegram

    if offline:
        run_console(setup, chat_delegate(args, environ))
    else:
        run_telegram(setup)
    return 0
