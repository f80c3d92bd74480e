"""Response shapes. Field names are a contract: add fields freely, rename none."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from app.api.params import IsoDateTime


class _Schema(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class OrganisationRef(_Schema):
    id: int
    name: str


class PersonPublic(_Schema):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": 1,
                    "name": "Ada Okafor",
                    "titles": ["chief executive"],
                    "organisations": [{"id": 3, "name": "Acme Freight"}],
                    "aliases": ["Okafor"],
                }
            ]
        },  # an invented example
    )

    id: int
    name: str = Field(description="Full name as written, e.g. 'Ada Okafor'.")
    titles: list[str] = Field(description="Titles and roles the articles gave this person.")
    organisations: list[OrganisationRef] = Field(
        description="Organisations the articles tied this person to."
    )
    aliases: list[str] = Field(description="Other forms of the name seen in articles.")


class OrganisationPublic(_Schema):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": 1,
                    "name": "Ministry of Transport",
                    "acronym": None,
                    "aliases": [],
                    "country_code": "NO",
                }
            ]
        },  # an invented example
    )

    id: int
    name: str
    acronym: str | None
    aliases: list[str]
    country_code: str | None = Field(
        description="ISO 3166-1 alpha-2 code of the organisation's country, if stated."
    )


class PlacePublic(_Schema):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [{"id": 7, "name": "Bergen", "country_code": "NO", "kind": "city"}]
        },  # an invented example
    )

    id: int
    name: str
    country_code: str | None = Field(description="ISO 3166-1 alpha-2 code, or null.")
    kind: str = Field(description="country, city, region, continent or other.")


class Speaker(_Schema):
    id: int
    name: str
    type: Literal["person", "organisation"]


class QuotePublic(_Schema):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": 2,
                    "article_id": 1,
                    "text": "the new timetable will add two sailings a day from June.",
                    "kind": "direct",
                    "speaker": {"id": 2, "name": "Ada Okafor", "type": "person"},
                    "speaker_text": "She",
                    "cue": "added",
                    "start": 412,
                    "end": 469,
                }
            ]
        },  # an invented example
    )

    id: int
    article_id: int
    text: str = Field(description="The quoted words; equal to the article body from `start` to `end`.")
    kind: Literal["direct", "indirect"] = Field(
        description="direct: in quotation marks; indirect: reported speech."
    )
    speaker: Speaker | None = Field(description="Who said it, when Byline could tell.")
    speaker_text: str | None = Field(
        description="The speaker's mention as written, e.g. 'She' or 'the alliance'."
    )
    cue: str | None = Field(default=None, description="The reporting verb, e.g. 'said' or 'according to'.")
    start: int = Field(description="Character offset of the quote's first character in the article body.")
    end: int = Field(description="Character offset just past the quote's last character in the article body.")


class CommentPublic(_Schema):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": 1,
                    "article_id": 1,
                    "text": "Two more sailings a day is welcome, but the fares are still too high.",
                    "position": 0,
                }
            ]
        },  # an invented example
    )

    id: int
    article_id: int
    text: str
    position: int = Field(description="0 for the first comment under the article, then 1, 2, …")


class ArticlePublic(_Schema):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": 1,
                    "title": "Ferry operator adds two daily sailings as summer timetable starts",
                    "body": "BERGEN, May 2 (Reuters) - Acme Freight will add two sailings a day from June, …",
                    "published_at": "2025-05-02T00:00:00Z",
                    "source": "Reuters",
                    "url": None,
                    "content_hash": "c8d8817d667a92c4fd732640527bd6a25faec523c3cd2b446e9bf545d93ed7cb",
                    "topics": [
                        "summer timetable",
                        "daily sailings",
                        "ferry fares",
                    ],
                    "created_at": "2026-11-25T18:29:26.012207Z",
                }
            ]
        },  # an invented example
    )

    id: int
    title: str
    body: str
    published_at: datetime | None = Field(description="When the article was published (UTC), if known.")
    source: str | None = Field(description="Publisher or wire service, if known.")
    url: str | None
    content_hash: str = Field(description="SHA-256 of the normalised article text.")
    topics: list[str] = Field(description="Key subjects as short noun phrases, most important first.")
    created_at: datetime = Field(description="When Byline stored the article (UTC).")
    # Present only when asked for with `include=` (and always on a write's answer).
    quotes: list[QuotePublic] | None = Field(default=None, description="With `include=quotes`.")
    people: list[PersonPublic] | None = Field(default=None, description="With `include=people`.")
    organisations: list[OrganisationPublic] | None = Field(
        default=None, description="With `include=organisations`."
    )
    places: list[PlacePublic] | None = Field(default=None, description="With `include=places`.")
    comments: list[CommentPublic] | None = Field(default=None, description="With `include=comments`.")


class FacetValue(_Schema):
    value: str
    count: int = Field(description="How many records of the whole filtered set have this value.")


FACETS = Field(
    default=None,
    description="Present when `facet` was asked for: value counts over the whole filtered set, not the page.",
)
NEXT_CURSOR = Field(description="Pass as `cursor` to get the next page; null on the last page.")


class ArticlePage(_Schema):
    items: list[ArticlePublic]
    next_cursor: str | None = NEXT_CURSOR
    facets: dict[str, list[FacetValue]] | None = FACETS


class PersonPage(_Schema):
    items: list[PersonPublic]
    next_cursor: str | None = NEXT_CURSOR


class OrganisationPage(_Schema):
    items: list[OrganisationPublic]
    next_cursor: str | None = NEXT_CURSOR


class PlacePage(_Schema):
    items: list[PlacePublic]
    next_cursor: str | None = NEXT_CURSOR


class QuotePage(_Schema):
    items: list[QuotePublic]
    next_cursor: str | None = NEXT_CURSOR
    facets: dict[str, list[FacetValue]] | None = FACETS


class CommentPage(_Schema):
    items: list[CommentPublic]
    next_cursor: str | None = NEXT_CURSOR


class SearchHit(_Schema):
    type: Literal["article", "quote", "person", "organisation"]
    id: int
    label: str = Field(description="The article's title, the quote's text, or the name.")
    snippet: str = Field(description="A short extract with the matching words in <mark>…</mark>.")
    url: str = Field(description="Where the full record is, under /v1.")


class SearchResults(_Schema):
    items: list[SearchHit]


class Health(_Schema):
    status: Literal["ok"]


class Readiness(_Schema):
    status: Literal["ready"]
    database: Literal["ok"]
    migrations: Literal["at head"]


class InvalidParam(_Schema):
    name: str
    reason: str


class Problem(_Schema):
    """An RFC 9457 problem document."""

    type: str = Field(default="about:blank")
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    invalid_params: list[InvalidParam] | None = Field(
        default=None, description="For 422: each parameter that failed and why."
    )


class ArticleCreate(BaseModel):
    """An article to import: its text, and any metadata you know better than the text says."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "text": "Ministers met in Brussels on Friday.\n\n“We agreed,” said Foreign Minister Ana Lima.",
                    "title": "Ministers meet in Brussels",
                    "published_at": "2025-06-06T09:30:00Z",
                    "source": "Wire",
                    "url": "https://news.example/ministers-meet",
                }
            ]
        },
    )

    text: str = Field(
        min_length=1, description="The article: headline, body and any reader comments, as plain text."
    )
    title: str | None = Field(
        default=None, max_length=300, description="Overrides the title found in the text."
    )
    published_at: IsoDateTime | None = Field(
        default=None, description="ISO 8601; overrides any date in the text."
    )
    source: str | None = Field(default=None, max_length=200, description="Publisher or wire service.")
    url: str | None = Field(default=None, max_length=2000, description="Where the article was published.")


class ArticleBatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    articles: list[ArticleCreate] = Field(min_length=1, max_length=100, description="1–100 articles.")


class BatchItemResult(_Schema):
    index: int = Field(description="Position of the item in the request, from 0.")
    status: Literal["created", "replaced", "unchanged", "error"]
    id: int | None = Field(default=None, description="The stored article's id (null on error).")
    error: Problem | None = Field(default=None, description="Why the item was refused (only on error).")


class BatchReport(_Schema):
    items: list[BatchItemResult]
    created: int
    unchanged: int
    failed: int


class RecordCounts(_Schema):
    articles: int
    people: int
    organisations: int
    places: int
    quotes: int
    comments: int


class Stats(_Schema):
    counts: RecordCounts
    last_import_at: datetime | None = Field(description="When an article was last stored (UTC), or null.")
    data_version: int = Field(description="Grows with every write; part of every ETag.")
