"""Settings: the one place that reads the environment."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite:///./data/byline.db"


class Settings(BaseSettings):
    """Byline's configuration, read from environment variables (and a `.env` file)."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str = Field(
        default=DEFAULT_DATABASE_URL,
        validation_alias="DATABASE_URL",
        description="SQLAlchemy URL: SQLite by default, postgresql+psycopg://… to scale out.",
    )
    api_key: SecretStr | None = Field(
        default=None,
        validation_alias="BYLINE_API_KEY",
        description="Bearer key for the write API; writes are disabled when unset.",
    )
    default_page_size: int = Field(default=50, ge=1, validation_alias="BYLINE_DEFAULT_PAGE_SIZE")
    max_page_size: int = Field(default=500, ge=1, validation_alias="BYLINE_MAX_PAGE_SIZE")
    facet_size: int = Field(default=20, ge=1, le=500, validation_alias="BYLINE_FACET_SIZE")
    max_body_bytes: int = Field(default=2 * 1024 * 1024, ge=1, validation_alias="BYLINE_MAX_BODY_BYTES")
    cache_max_age: int = Field(default=5, ge=0, validation_alias="BYLINE_CACHE_MAX_AGE")
    sqlite_busy_timeout_ms: int = Field(default=5000, ge=0, validation_alias="BYLINE_SQLITE_BUSY_TIMEOUT_MS")
    # Off by default: each pooled connection maps the file afresh, so a server's resident size
    # counts the mapped database once per connection (1 GB for an 86 MB file under load), which
    # alarms operators and memory limits for a CPU gain wrk could not see.
    sqlite_mmap_bytes: int = Field(
        default=0,
        ge=0,
        validation_alias="BYLINE_SQLITE_MMAP_BYTES",
        description="How much of the SQLite file each connection reads through a memory map (0: none).",
    )
    # PostgreSQL connection pool, per engine and per process (each uvicorn worker has its own):
    # a worker holds at most db_pool_size + db_max_overflow connections per engine.
    db_pool_size: int = Field(default=5, ge=1, validation_alias="BYLINE_DB_POOL_SIZE")
    db_max_overflow: int = Field(default=5, ge=0, validation_alias="BYLINE_DB_MAX_OVERFLOW")
    db_pool_timeout: float = Field(
        default=10.0,
        gt=0,
        validation_alias="BYLINE_DB_POOL_TIMEOUT",
        description="Seconds a request waits for a free pooled connection.",
    )
    db_pool_recycle: int = Field(
        default=1800,
        ge=-1,
        validation_alias="BYLINE_DB_POOL_RECYCLE",
        description="Seconds after which a pooled connection is replaced (-1: never).",
    )
    statement_timeout_ms: int = Field(
        default=30_000,
        ge=0,
        validation_alias="BYLINE_STATEMENT_TIMEOUT_MS",
        description="PostgreSQL statement_timeout for every connection (0: none). Migrations lift it.",
    )
    cors_origins: list[str] = Field(default=["*"], validation_alias="BYLINE_CORS_ORIGINS")
    data_version_ttl: float = Field(default=1.0, ge=0, validation_alias="BYLINE_DATA_VERSION_TTL")
    response_cache_bytes: int = Field(
        default=32 * 1024 * 1024,
        ge=0,
        validation_alias="BYLINE_RESPONSE_CACHE_BYTES",
        description="Memory for whole answers kept until the data changes (SQLite only; 0: none).",
    )
    log_json: bool = Field(default=False, validation_alias="BYLINE_LOG_JSON")
    log_level: str = Field(default="INFO", validation_alias="BYLINE_LOG_LEVEL")
    request_timeout: float = Field(
        default=60.0,
        ge=0,
        validation_alias="BYLINE_REQUEST_TIMEOUT",
        description="Seconds a read may take before its response starts; past it: 503 (0: no limit).",
    )
    request_read_timeout: float = Field(
        default=30.0,
        gt=0,
        validation_alias="BYLINE_REQUEST_READ_TIMEOUT",
        description="Seconds a request (line, headers and body) may take to arrive; past it: 408, closed.",
    )
    send_timeout: float = Field(
        default=60.0,
        gt=0,
        validation_alias="BYLINE_SEND_TIMEOUT",
        description="Seconds a client may go without reading its answer before it is disconnected.",
    )
    max_header_bytes: int = Field(
        default=64 * 1024,
        ge=1024,
        validation_alias="BYLINE_MAX_HEADER_BYTES",
        description="The largest request line plus headers accepted; larger: 431, closed.",
    )
    keep_alive_timeout: int = Field(
        default=5,
        ge=1,
        validation_alias="BYLINE_KEEP_ALIVE_TIMEOUT",
        description="Seconds an idle keep-alive connection stays open.",
    )
    shutdown_timeout: int = Field(
        default=30,
        ge=1,
        validation_alias="BYLINE_SHUTDOWN_TIMEOUT",
        description="Seconds in-flight requests get to finish after SIGTERM before they are cancelled.",
    )
    host: str = Field(default="127.0.0.1", validation_alias="BYLINE_HOST")
    port: int = Field(default=8000, validation_alias="BYLINE_PORT")

    @field_validator("database_url")
    @classmethod
    def _add_driver(cls, url: str) -> str:
        # A bare postgres URL gets the psycopg 3 driver the project ships with.
        for prefix in ("postgres://", "postgresql://"):
            if url.startswith(prefix):
                return "postgresql+psycopg://" + url[len(prefix) :]
        return url

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    def sqlite_path(self) -> Path | None:
        """The database file for a file-backed SQLite URL, else None."""
        if not self.is_sqlite:
            return None
        path = self.database_url.split("///", 1)[1] if "///" in self.database_url else ""
        if not path or path == ":memory:" or path.startswith("file:"):
            return None
        return Path(path.split("?", 1)[0])


@lru_cache
def get_settings() -> Settings:
    return Settings()
