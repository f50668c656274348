"""CSV/XLSX downloads of a page's table, written by bot.kernel.exports (formula-safe)."""
from __future__ import annotations

import tempfile
from pathlib import Path

from starlette.exceptions import HTTPException
from starlette.responses import Response

TYPES = {"csv": "text/csv; charset=utf-8",
         "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def table_response(rows: list[list], name: str, fmt: str, *, text_columns=()) -> Response:
    if fmt not in TYPES:
        raise HTTPException(404)
    from bot.kernel.exports import write_table

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{name}.{fmt}"
        write_table(path, rows, sheet=name[:31], text_columns=text_columns)
        data = path.read_bytes()
    return Response(data, media_type=TYPES[fmt],
                    headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'})


__all__ = ["table_response"]
