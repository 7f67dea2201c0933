"""``readouts serve``: the HTTP API and web UI on uvicorn."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from ..settings import Settings
from .storage import DbOption, db_path


def serve_command(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option(help="Address to listen on; another than 127.0.0.1 needs a token.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            envvar="READOUTS_TOKEN",
            help="Token that writing requests must send (Authorization: Bearer …); made up "
            "and printed when the address is not loopback and none is given.",
        ),
    ] = None,
    read_only: Annotated[
        bool, typer.Option("--read-only", help="Open the store read-only (no storing).")
    ] = False,
    max_body: Annotated[
        int, typer.Option(min=0, help="Largest request body in bytes (0: twice --max-bytes).")
    ] = 0,
    model: Annotated[
        str | None, typer.Option(help="spaCy model for coding: md or sm (default md).")
    ] = None,
) -> None:
    """Serve the HTTP API (/api, docs at /docs) and the web pages: code, events, actors,
    network, map."""
    import uvicorn

    from ..web import ServeConfig, create_app

    config = ServeConfig(
        db=db_path(db),
        host=host,
        port=port,
        token=token,
        read_only=read_only,
        max_body=max_body,
        settings=Settings.from_env(model=model),
    ).with_token()
    app = create_app(config)
    where = f"http://{host if ':' not in host else f'[{host}]'}:{port}/"
    sys.stderr.write(f"readouts: serving {config.db} at {where} (API docs at {where}docs)\n")
    if config.token and config.token != token:
        sys.stderr.write(
            f"readouts: writing needs the token {config.token} "
            "(send 'Authorization: Bearer <token>')\n"
        )
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)


__all__ = ["serve_command"]
