"""The backend's exchange files: importing one (for a company this account files for), exporting a record, and
the bundled sample shipments of a company (training, screenshots)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple


class Imported(NamedTuple):
    kind: str
    id: str
    company_id: str



class FilesMixin:
    """Part of :class:`~desktop.ui.backend.Backend`: exchange files in and out."""

    store: Any
    username: str

    # --- samples (training, screenshots)
    def import_file(self, path: Path, allowed: set[str]) -> Imported:
        """Import one exchange file, refused when it belongs to a company this account does not file for."""
        from desktop.core.services import drafts

        doc = drafts.read_file(path)
        member = doc.shipment or doc.declaration or doc.booking
        company = (getattr(member, "company_id", "") or (doc.company.id if doc.company else "")) if member else ""
        if company not in allowed:
            raise drafts.DraftsError("drafts.foreign_company", file=path.name, company=company or "-")
        result = drafts.import_document(self.store, doc, author=self.username or "import", source=str(path))
        return Imported(result.kind, result.id, company)

    def export_file(self, kind: str, record_id: str, path: Path) -> Path:
        from desktop.core.services import drafts

        return drafts.export_file(self.store, kind, record_id, path, author=self.username or "export")

    def import_samples(self, company_id: str) -> int:
        """Import the bundled sample shipments of ``company_id`` (sandbox training data)."""
        from desktop.core.resources import resource_path
        from desktop.core.services import drafts

        n = 0
        for path in sorted(resource_path("samples").glob("*.json")):
            if path.name.startswith("invalid-"):
                continue
            try:
                doc = drafts.read_file(path)
            except Exception:
                continue
            if doc.shipment is None or doc.shipment.company_id != company_id:
                continue
            if self.store.shipments.find(doc.shipment.id) is not None:
                continue
            for company in (doc.company, doc.agent):
                known = self.store.companies.find(company.id) if company is not None else None
                if company is not None and known is not None and not known.customs_district:
                    drafts.save_company(self.store, company, self.username or "samples")
            drafts.import_document(self.store, doc, author=self.username or "samples", source=path.name)
            n += 1
        return n
