"""Bibliography style: who, title, outlet, ISO date, kind of source, link.

Readers of a book built from press and official sources need the date and the outlet of
each item more than page numbers; pybtex's stock styles ignore the ``date`` field.
"""

from __future__ import annotations

from pybtex.style.formatting.unsrt import Style as UnsrtStyle
from pybtex.style.template import field, join, optional, sentence

KIND_LABELS = {
    "official": "official source",
    "court": "court document",
    "treaty": "treaty text or depositary record",
    "wire": "news agency",
    "press": "newspaper or broadcaster",
    "secondary": "secondary source",
    "encyclopedic": "encyclopedic source",
    "data": "statistical source",
}


class Style(UnsrtStyle):
    default_sorting_style = "none"

    def _common(self, e):
        kind = KIND_LABELS.get(str(e.fields.get("kind", "")), "")
        return sentence[
            optional[self.format_names("author", as_sentence=False)],
            self.format_title(e, "title", as_sentence=False),
            optional[field("howpublished")],
            optional[field("publisher")],
            optional[field("journal")],
            optional[field("date")],
            join[kind],
            optional[self.format_url(e)],
        ]

    def format_title(self, e, which_field, as_sentence=True):
        # Titles keep the capitalisation of the original headline (Spanish or English).
        title = field(which_field)
        return sentence[title] if as_sentence else title

    def get_misc_template(self, e):
        return self._common(e)

    get_article_template = get_misc_template
    get_book_template = get_misc_template
    get_techreport_template = get_misc_template
    get_manual_template = get_misc_template
