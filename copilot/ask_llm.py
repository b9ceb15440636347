"""An optional language model that writes SQL for questions the parser cannot read.

Off by default; on when ``SIGNALCRAFT_LLM_URL`` names an OpenAI-compatible chat completions API
(a model served inside the network: vLLM, llama.cpp's server, Ollama's ``/v1``). It is given
the allowlisted relations with their columns and the question, and what it answers is only
ever a candidate: :class:`signalcraft.copilot.ask.Asker` passes it through exactly the gate
every statement passes (:func:`signalcraft.copilot.sql_guard.safe`), scoped to the asker's
workspace. Nothing from the store's rows is sent, only names of relations and columns.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from datetime import datetime

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_reading import Refused
from signalcraft.copilot.sql_guard import ALLOWED_RELATIONS

__all__ = ["LanguageModel", "schema_text"]

_FENCE = re.compile(r"```(?:sql)?\s*(.*?)```", re.S | re.I)


def schema_text(con) -> str:
    """One line per allowlisted relation: ``name(column type, ...)``."""
    rows = con.execute(
        "SELECT table_name, column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position").fetchall()
    tables: dict[str, list[str]] = {}
    for table, column, kind in rows:
        if table in ALLOWED_RELATIONS and column != "workspace_id":
            tables.setdefault(table, []).append(f"{column} {kind}")
    return "\n".join(f"{t}({', '.join(cols)})" for t, cols in sorted(tables.items()))


class LanguageModel:
    def __init__(self, url: str, *, model: str = "default", api_key: str | None = None, timeout_s: float = 20.0,
                 schema: str = "") -> None:
        base = url.rstrip("/")
        self.endpoint = base if base.endswith("/chat/completions") else base + "/chat/completions"
        self.model, self.timeout_s, self.schema = model, timeout_s, schema
        self._key = api_key

    def sql(self, question: str, now: datetime) -> str:
        """The model's SELECT for ``question`` (a candidate for the gate), or :class:`Refused`."""
        body = {"model": self.model, "temperature": 0, "messages": [
            {"role": "system", "content": self._instructions(now)},
            {"role": "user", "content": question}]}
        request = urllib.request.Request(self.endpoint, data=json.dumps(body).encode(), method="POST",
                                         headers={"Content-Type": "application/json"})
        if self._key:
            request.add_header("Authorization", f"Bearer {self._key}")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_s) as response:
                answer = json.loads(response.read(1_000_000))
            text = answer["choices"][0]["message"]["content"]
        except (urllib.error.URLError, TimeoutError, OSError, ValueError, KeyError, IndexError, TypeError) as e:
            raise Refused("not_understood", f"the question could not be read, and the language model at "
                                            f"{self.endpoint} gave no answer ({type(e).__name__})") from e
        fenced = _FENCE.search(text)
        sql = (fenced.group(1) if fenced else text).strip().rstrip(";").strip()
        if not sql or sql.upper() == "NONE":
            raise Refused("not_about_this_data", "the language model found no query for this question")
        return sql

    def _instructions(self, now: datetime) -> str:
        return ("You write one DuckDB SELECT statement answering the user's question about an alerting store. "
                "Use only these tables and views (bare names, no schema):\n" + self.schema +
                f"\nTimes are TIMESTAMPTZ in UTC; now is {now.isoformat()}. Answer with the SQL only, or NONE "
                "when the question is not about this data or asks to change it.")
