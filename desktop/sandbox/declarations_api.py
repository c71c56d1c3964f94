"""The /v1/declarations routes: create (idempotent), list, look up by id or client sequence number, amend,
withdraw, and attachments (a coroutine, so a slow upload never holds a worker thread).
"""

from __future__ import annotations

import hashlib
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from starlette.responses import JSONResponse

from desktop.sandbox import codes, filings
from desktop.sandbox.clock import iso
from desktop.sandbox.filings import DECLARATION
from desktop.sandbox.idempotency import idempotent
from desktop.sandbox.problems import Problem, field_error
from desktop.sandbox.routes_common import (
    CREATE_ERRORS,
    ERRORS,
    PROBLEM,
    SB,
    IdempotencyKey,
    User,
    check_allowed,
    filing_by_seq,
    json_response,
    list_filings,
    on_loop,
    sandbox_of,
    store_read,
    validated,
)
from desktop.sandbox.schemas import (
    DeclarationAmend,
    DeclarationCreate,
    FilingOut,
    FilingPageOut,
)

PDF_MAGIC = b"%PDF-"


def add_routes(r: APIRouter) -> None:
    """Add the declaration routes to ``r`` itself (the /v1 router): a route found in a flat list costs less to
    match on every request than one inside an included router."""

    # --- declarations ---------------------------------------------------------------------------------------

    @r.post(
        "/declarations",
        status_code=201,
        response_model=FilingOut,
        tags=["declarations"],
        responses=CREATE_ERRORS,
    )
    @on_loop
    def create_declaration(
        body: DeclarationCreate, request: Request, user: User, sb: SB, idempotency_key: IdempotencyKey = None
    ) -> JSONResponse:
        check_allowed(sb, user, body.company_id)

        def work() -> tuple[int, dict[str, Any]]:
            warnings = validated(sb, body.declaration)
            return 201, filings.create(
                sb,
                DECLARATION,
                user.username,
                body.company_id,
                body.client_seq_no,
                body.declaration,
                warnings,
            )

        return idempotent(sb, request, user, body.company_id, idempotency_key, body.model_dump(mode="json"), work)

    @r.get("/declarations", response_model=FilingPageOut, tags=["declarations"], responses=ERRORS)
    @on_loop
    def list_declarations(
        user: User,
        sb: SB,
        company_id: str | None = None,
        status: str | None = None,
        cursor: str | None = None,
        limit: int = 50,
    ) -> JSONResponse:
        return list_filings(sb, user, DECLARATION, company_id, status, cursor, limit)

    @r.get(
        "/declarations/by-client-seq/{client_seq_no}",
        response_model=FilingOut,
        tags=["declarations"],
        responses=ERRORS,
    )
    @on_loop
    def declaration_by_seq(client_seq_no: str, company_id: str, user: User, sb: SB) -> JSONResponse:
        return filing_by_seq(sb, user, DECLARATION, company_id, client_seq_no)

    @r.get("/declarations/{filing_id}", response_model=FilingOut, tags=["declarations"], responses=ERRORS)
    @on_loop
    def get_declaration(filing_id: str, user: User, sb: SB) -> JSONResponse:
        row = filings.get_row(sb, DECLARATION, filing_id, sb.company_ids(user.username))
        return json_response(filings.to_json(sb, row, detail=True))

    @r.post(
        "/declarations/{filing_id}/amend",
        response_model=FilingOut,
        tags=["declarations"],
        responses=CREATE_ERRORS,
    )
    @on_loop
    def amend_declaration(
        filing_id: str,
        body: DeclarationAmend,
        request: Request,
        user: User,
        sb: SB,
        idempotency_key: IdempotencyKey = None,
    ) -> JSONResponse:
        row = filings.get_row(sb, DECLARATION, filing_id, sb.company_ids(user.username))

        def work() -> tuple[int, dict[str, Any]]:
            warnings = validated(sb, body.declaration)
            return 200, filings.amend(sb, row, user.username, body.declaration, warnings)

        return idempotent(sb, request, user, row["company_id"], idempotency_key, body.model_dump(mode="json"), work)

    @r.post(
        "/declarations/{filing_id}/withdraw",
        response_model=FilingOut,
        tags=["declarations"],
        responses=CREATE_ERRORS,
    )
    @on_loop
    def withdraw_declaration(filing_id: str, user: User, sb: SB) -> JSONResponse:
        row = filings.get_row(sb, DECLARATION, filing_id, sb.company_ids(user.username))
        return json_response(filings.finish(sb, row, "withdrawn", ("received", "accepted", "rejected")))

    @r.post(
        "/declarations/{filing_id}/attachments",
        status_code=201,
        tags=["declarations"],
        responses={
            **ERRORS,
            413: {**PROBLEM, "description": "Larger than 5 MiB"},
            415: {**PROBLEM, "description": "Not application/pdf"},
        },
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}},
            }
        },
    )
    async def add_attachment(
        filing_id: str,
        request: Request,
        user: User,
        edoc_code: Annotated[str, Query(min_length=1, max_length=8)],
        file_name: Annotated[str, Query(max_length=255)] = "",
    ) -> JSONResponse:
        sb = sandbox_of(request)
        row = await store_read(sb, filings.get_row, sb, DECLARATION, filing_id, sb.company_ids(user.username))
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type != "application/pdf":
            raise Problem("unsupported-media-type", "Send the PDF itself as the body, Content-Type: application/pdf.")
        limit = sb.attachment_limit
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise Problem("payload-too-large", f"Attachments are limited to {limit} bytes.", limit=limit)
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise Problem("payload-too-large", f"Attachments are limited to {limit} bytes.", limit=limit)
            chunks.append(chunk)
        content = b"".join(chunks)
        errors = []
        if not content.startswith(PDF_MAGIC):
            errors.append(field_error("file", "attachment.not_pdf"))
        if not codes.is_known("edoc", edoc_code):
            errors.append(field_error("edoc_code", "attachment.unknown_edoc", value=edoc_code))
        if errors:
            raise Problem("validation-failed", "The attachment was refused.", errors=errors)
        if row["status"] in ("withdrawn", "released"):
            raise Problem(
                "invalid-state",
                f"A {row['status']} declaration takes no attachments.",
                current_status=row["status"],
            )
        digest = hashlib.sha256(content).hexdigest()
        existing = await store_read(
            sb,
            sb.query_one,
            "SELECT id, created_at FROM attachments WHERE filing_id = ? AND edoc_code = ? AND sha256 = ?",
            (row["id"], edoc_code, digest),
        )
        if existing is not None:  # the same file again: the same answer (uploads are naturally idempotent)
            return json_response(
                {
                    "id": existing["id"],
                    "filing_id": row["id"],
                    "edoc_code": edoc_code,
                    "file_name": file_name,
                    "sha256": digest,
                    "size": len(content),
                    "created_at": iso(existing["created_at"]),
                },
                200,
            )
        out = await run_in_threadpool(filings.add_attachment, sb, row, edoc_code, file_name, content, digest)
        return json_response(out, 201)
