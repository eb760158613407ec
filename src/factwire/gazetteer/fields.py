"""Typed reads of one JSON record that fail with a message naming file, record and field.

Every check of the data files goes through :class:`Fields`, so a broken record always yields
a :class:`~factwire.model.DataError` of the same shape:
``states.json: record 12 (id 'RUS'), field 'aliases': expected a list of strings; fix: ...``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Collection, Mapping
from typing import NoReturn

from factwire.model import DataError

_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
ISO3 = re.compile(r"^[A-Z]{3}$")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def date_bounds(text: str) -> tuple[dt.date, dt.date] | None:
    """Earliest and latest day an ISO date of any precision allows; ``None`` if malformed."""
    match = _ISO_DATE.match(text)
    if match is None:
        return None
    year = int(match.group(1))
    month_text, day_text = match.group(2), match.group(3)
    try:
        if month_text is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        month = int(month_text)
        if day_text is None:
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, last)
        day = dt.date(year, month, int(day_text))
    except ValueError:
        return None
    return day, day


class Fields:
    """Reads fields of one record; ``where`` names it in every error."""

    def __init__(self, file: str, index: int | None, raw: object, *,
                 section: str = "record") -> None:
        self.file = file
        self.where = f"{file}: {section}" + ("" if index is None else f" {index}")
        if not isinstance(raw, Mapping):
            raise DataError(f"{self.where}: expected a JSON object, got {type(raw).__name__}; "
                            "fix: write the record as {\"field\": value, ...}")
        self.raw: Mapping[str, object] = raw

    def named(self, record_id: str) -> None:
        """Add the record's id to ``where`` once it is known, so later errors show it."""
        self.where = f"{self.where} (id {record_id!r})"

    def fail(self, name: str, problem: str, fix: str) -> NoReturn:
        raise DataError(f"{self.where}, field {name!r}: {problem}; fix: {fix}")

    def text(self, name: str) -> str:
        """A required, non-empty string."""
        value = self.raw.get(name)
        if value is None:
            self.fail(name, "missing", f"add \"{name}\": \"...\" to the record")
        if not isinstance(value, str) or not value.strip():
            self.fail(name, f"expected a non-empty string, got {value!r}", "write it as a string")
        return value

    def opt_text(self, name: str) -> str | None:
        """An optional string: absent and ``null`` both read as ``None``."""
        if self.raw.get(name) is None:
            return None
        return self.text(name)

    def texts(self, name: str, *, required: bool = False) -> tuple[str, ...]:
        """A list of non-empty strings; absent reads as empty unless ``required``."""
        value = self.raw.get(name)
        if value is None:
            if required:
                self.fail(name, "missing", f"add \"{name}\": [\"...\"] to the record")
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(name, f"expected a list of non-empty strings, got {value!r}",
                      "write it as [\"a\", \"b\"]")
        if required and not value:
            self.fail(name, "is empty", f"list at least one entry in \"{name}\"")
        if len(set(value)) != len(value):
            dupes = sorted({v for v in value if value.count(v) > 1})
            self.fail(name, f"repeats {dupes}", "list each string once")
        return tuple(value)

    def flag(self, name: str) -> bool:
        value = self.raw.get(name, False)
        if not isinstance(value, bool):
            self.fail(name, f"expected true or false, got {value!r}", "write true or false")
        return value

    def choice(self, name: str, options: Collection[str]) -> str:
        value = self.text(name)
        if value not in options:
            self.fail(name, f"{value!r} is not one of {sorted(options)}", "use one of those")
        return value

    def pattern(self, name: str, regex: re.Pattern[str], hint: str) -> str:
        value = self.text(name)
        if not regex.match(value):
            self.fail(name, f"{value!r} is malformed", f"write it as {hint}")
        return value

    def code(self, name: str, known: Collection[str], *, optional: bool = False) -> str | None:
        """An ISO 3166-1 alpha-3 code that states.json defines."""
        if optional and self.raw.get(name) is None:
            return None
        value = self.pattern(name, ISO3, "three upper-case letters (ISO 3166-1 alpha-3)")
        if value not in known:
            self.fail(name, f"{value!r} is not a state in states.json",
                      "use a code states.json defines, or add the state there first")
        return value

    def date(self, name: str, *, optional: bool = False) -> tuple[str, dt.date, dt.date] | None:
        """An ISO date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) and the days it spans."""
        if optional and self.raw.get(name) is None:
            return None
        value = self.text(name)
        bounds = date_bounds(value)
        if bounds is None:
            self.fail(name, f"{value!r} is not a valid ISO date",
                      "write YYYY-MM-DD (or YYYY-MM / YYYY when the day is unknown)")
        return value, bounds[0], bounds[1]

    def unknown(self, allowed: Collection[str]) -> None:
        """Reject fields the schema does not define: a typo must not pass silently."""
        extra = sorted(set(self.raw) - set(allowed))
        if extra:
            self.fail(extra[0], "is not a field of this record type",
                      f"remove it or rename it to one of {sorted(allowed)}")
