"""Numbers, amounts and dates as each language writes them outside Qt (PDFs, rule messages, the CLI)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from desktop.core import formats
from desktop.core.rules import Issue, Severity, message
from desktop.core.rules.engine import fmt, fmt_day


@pytest.mark.parametrize(("lang", "grouped", "amount", "price", "money"), [
    ("zh_CN", "1,234,567.250", "22,200.00", "0.125", "USD 22,200.00"),
    ("en", "1,234,567.250", "22,200.00", "0.125", "USD 22,200.00"),
    ("vi", "1.234.567,250", "22.200,00", "0,125", "22.200,00 USD"),
])
def test_numbers_keep_every_digit_in_the_language_marks(
    lang: str, grouped: str, amount: str, price: str, money: str
) -> None:
    assert formats.number(Decimal("1234567.250"), lang) == grouped
    assert formats.amount(Decimal("22200"), lang) == amount
    assert formats.price(Decimal("0.125"), lang) == price
    assert formats.money(Decimal("22200"), "USD", lang) == money
    assert formats.number_text("-" + str(Decimal("1234567.250")), lang) == "-" + grouped


def test_what_is_not_a_number_comes_back_unchanged() -> None:
    for text in ("abc", "12a", "1e5x", "", "١٢٣"):
        assert formats.number_text(text, "vi") == text
    assert formats.number(Decimal("9E+999999"), "vi") == "9E+999999"  # not a million zeros
    assert formats.number(Decimal("NaN"), "en") == "NaN"
    assert formats.figure(Decimal("9.600"), "vi") == "9,6"
    assert formats.figure(Decimal("3600.000"), "vi") == "3.600"


def test_dates_and_times_as_papers_write_them() -> None:
    assert formats.day(date(2026, 12, 2), "zh_CN") == "2026-12-02"
    assert formats.day(date(2026, 12, 2), "vi") == "02/12/2026"
    assert formats.day("2026-12-02", "en") == "12/2/2026"
    assert formats.day("not a date", "vi") == "not a date"
    moment = datetime(2026, 12, 2, 15, 4, 5, tzinfo=UTC)
    assert formats.moment(moment, "vi", local=False) == "02/12/2026 15:04"
    assert formats.moment(moment, "zh_CN", local=False, seconds=True) == "2026-12-02 15:04:05"
    assert formats.moment("2026-12-02T15:04:05Z", "en", local=False) == "12/2/2026 3:04 PM"


def test_rule_messages_write_figures_and_dates_in_their_language() -> None:
    mismatch = Issue("decl.total_mismatch", "declared_total", Severity.ERROR,
                     {"declared": fmt(Decimal("12345.60")), "sum": fmt(Decimal("12000.00"))})
    assert "12.345,60" in message(mismatch, "vi") and "12.000,00" in message(mismatch, "vi")
    assert "12,345.60" in message(mismatch, "zh_CN")
    future = Issue("decl.declaration_date_future", "d_date", Severity.ERROR, {"date": fmt_day(date(2026, 12, 3))})
    assert "03/12/2026" in message(future, "vi")
    assert "2026-12-03" in message(future, "zh_CN")
    assert "12/3/2026" in message(future, "en")


def test_the_declaration_total_mismatch_reaches_the_message_as_a_number() -> None:
    from desktop.core.model.declaration import DeclarationItem, ExportDeclaration
    from desktop.core.rules import check_declaration

    decl = ExportDeclaration(declared_total=Decimal("12345.60"), currency="USD",
                             items=[DeclarationItem(g_no=1, total=Decimal("12000"), currency="USD")])
    found = [i for i in check_declaration(decl) if i.rule_id == "decl.total_mismatch"]
    assert found, [i.rule_id for i in check_declaration(decl)]
    assert "12.345,60" in message(found[0], "vi") and "12.000,00" in message(found[0], "vi")


def test_cli_output_groups_counts_and_writes_timestamps_in_its_language() -> None:
    from desktop.commands.common import Console

    vi = Console(lang="vi")
    assert vi.when("2026-12-02T15:04:05+00:00", utc=True) == "02/12/2026 15:04 UTC"
    assert vi.when("") == "-"
    assert Console(lang="zh_CN").when("2026-12-02T15:04:05+00:00", seconds=True, utc=True) == (
        "2026-12-02 15:04:05 UTC")
    assert "1.500" in vi.tr("{count} filing(s) waiting to be sent (every user's).", plural=1500, count=1500)



@pytest.mark.parametrize(("text", "shown"), [
    ("1E+25", "10.000.000.000.000.000.000.000.000,00"),
    ("9" * 29, "99.999.999.999.999.999.999.999.999.999,00"),
    ("-" + "9" * 28 + ".99", "-9.999.999.999.999.999.999.999.999.999,99"),
])
def test_figures_longer_than_the_default_decimal_precision_are_formatted_not_refused(text: str, shown: str) -> None:
    # decimal's default context keeps 28 digits: quantizing a longer figure raised InvalidOperation in a rule message
    assert formats.number(Decimal(text), "vi", 2) == shown


def test_the_marks_file_holds_what_babels_cldr_says() -> None:
    import json

    from babel import Locale

    from desktop.core.resources import resource_path

    data = json.loads(resource_path("formats", "marks.json").read_text(encoding="utf-8"))["languages"]
    assert set(data) == set(formats.LOCALES)
    for lang, locale in formats.LOCALES.items():
        cldr = Locale.parse(locale)
        symbols, periods = cldr.number_symbols["latn"], cldr.day_periods["format"]["abbreviated"]
        assert data[lang]["locale"] == locale
        assert (data[lang]["group"], data[lang]["decimal"], data[lang]["minus"]) == (
            symbols["group"], symbols["decimal"], symbols["minusSign"])
        assert (data[lang]["am"], data[lang]["pm"]) == (periods["am"], periods["pm"])


@pytest.mark.parametrize("lang", sorted(formats.LOCALES))
def test_numbers_dates_and_times_read_as_babel_writes_them(lang: str) -> None:
    import random
    from datetime import timedelta
    from decimal import localcontext

    from babel import Locale
    from babel.dates import format_date, format_time
    from babel.numbers import format_decimal

    cldr = Locale.parse(formats.LOCALES[lang])
    rnd = random.Random(lang)
    for _ in range(3000):
        value = Decimal((rnd.randint(0, 1), tuple(rnd.randint(0, 9) for _ in range(rnd.randint(1, 25))),
                         rnd.randint(-8, 3)))
        for places in (None, 0, 2, 3):
            exponent = value.as_tuple().exponent
            assert isinstance(exponent, int)
            shown = value.quantize(Decimal(1)) if places is None and exponent > 0 else value
            wanted = max(0, -exponent) if places is None else places
            with localcontext() as context:
                context.prec = 2 * formats.MAX_DIGITS + 2
                expected = format_decimal(shown, "#,##0" + ("." + "0" * wanted if wanted else ""), locale=cldr,
                                          decimal_quantization=True)
            assert formats.number(value, lang, places) == expected, (value, places)
    for _ in range(2000):
        day = date(1, 1, 1) + timedelta(days=rnd.randint(0, 3_652_058))
        assert formats.day(day, lang) == format_date(day, formats.DATE_PATTERNS[lang], locale=cldr)
        moment = datetime(2026, 12, 2, rnd.randint(0, 23), rnd.randint(0, 59), rnd.randint(0, 59))
        for seconds in (False, True):
            pattern = formats.TIME_PATTERNS[lang].replace("mm", "mm:ss") if seconds else formats.TIME_PATTERNS[lang]
            expected = format_date(moment.date(), formats.DATE_PATTERNS[lang], locale=cldr) + " " + format_time(
                moment, pattern, locale=cldr)
            assert formats.moment(moment, lang, seconds=seconds, local=False) == expected


def test_formatting_loads_no_cldr_locale() -> None:
    """The app writes its numbers and dates with the marks file alone: no CLDR locale (megabytes each) in memory."""
    import subprocess
    import sys

    code = (
        "import sys; from decimal import Decimal; from datetime import datetime; from desktop.core import formats\n"
        "for lang in ('zh_CN', 'en', 'vi'):\n"
        "    formats.number(Decimal('-1234.5'), lang, 2); formats.moment(datetime(2026, 12, 2, 15, 4), lang)\n"
        "print('babel' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "False"
